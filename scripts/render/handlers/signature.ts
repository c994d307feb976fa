/**
 * `:::signature` → the right-aligned block that closes a letter: "(Signed) Name" on the first
 * line, the signatory's title on the lines below.
 */
import type { Element, ElementContent } from 'hast';
import type { BlockContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { State } from 'mdast-util-to-hast';

export function signatureBlock(state: State, node: ContainerDirective, signed: string): Element {
  const content = state.all({ type: 'blockquote', children: node.children as BlockContent[] }) as ElementContent[];
  const first = content.find((c): c is Element => c.type === 'element');
  if (first) first.children.unshift({ type: 'element', tagName: 'span', properties: { className: ['signed'] }, children: [{ type: 'text', value: signed }] }, { type: 'text', value: ' ' });
  const result: Element = { type: 'element', tagName: 'div', properties: {}, children: content };
  state.patch(node, result);
  return state.applyData(node, result) as Element;
}
