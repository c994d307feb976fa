/**
 * Small helpers shared by the tree transforms: making HTML-only nodes inside mdast, and
 * reporting an author's mistake at a node's position.
 */
import type { Node } from 'unist';
import type { Parent, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { HexaplaError } from '../errors.ts';

/**
 * An inline label (a paragraph number, a sub-item letter) that mdast-util-to-hast turns into
 * `<span class=…>text</span>`. Its own node type keeps text transforms from merging or linking it.
 */
export function spanNode(className: string, text: string): PhrasingContent {
  return {
    type: 'hexaplaLabel',
    value: text,
    data: { hName: 'span', hProperties: { className: [className] }, hChildren: [{ type: 'text', value: text }] },
  } as unknown as PhrasingContent;
}

/** Merge runs of adjacent text nodes (left behind by replaced directives) into one. */
export function mergeAdjacentText(parent: Parent): void {
  const merged: Node[] = [];
  for (const child of parent.children) {
    const previous = merged[merged.length - 1] as Text | undefined;
    if (child.type === 'text' && previous?.type === 'text' && !previous.data && !child.data) {
      previous.value += child.value;
      if (previous.position && child.position) previous.position.end = child.position.end;
    } else {
      merged.push(child);
    }
  }
  parent.children = merged as Parent['children'];
}

export function authorError(file: VFile, node: Node | undefined, message: string, hint: string): HexaplaError {
  return new HexaplaError(message, {
    location: { file: String(file.path ?? ''), line: node?.position?.start.line, column: node?.position?.start.column },
    hint,
  });
}
