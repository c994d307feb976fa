/**
 * Cross-reference transform: `:ref[label]` becomes "para. 12" (in the edition's own form, from
 * layout.json `crossReference`), linked to #para-12. Runs after numbering, which collects labels.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { authorError } from './nodes.ts';

export interface CrossReferenceOptions {
  /** Formats a paragraph number as this language cites it, e.g. n → "párr. n". */
  cite: (number: number) => string;
}

export function remarkCrossReferences(options: CrossReferenceOptions) {
  return (tree: Root, file: VFile) => {
    const labels = file.data.numbering?.labels ?? new Map();
    visit(tree, 'textDirective', (node, index, parent) => {
      if (node.name !== 'ref' || !parent || index === undefined) return;
      const label = toString(node).trim();
      const target = labels.get(label);
      if (!target) {
        const known = [...labels.keys()].slice(0, 10).join(', ') || 'none';
        throw authorError(file, node, `reference to unknown paragraph label "${label}"`, `label a paragraph by ending it with {#${label}} (labels in this file: ${known})`);
      }
      parent.children.splice(index, 1, {
        type: 'link',
        url: `#para-${target.number}`,
        children: [{ type: 'text', value: options.cite(target.number) }],
        data: { hProperties: { className: ['cross-reference'], dataParagraph: target.number } },
        position: node.position,
      });
      return [SKIP, index + 1];
    });
  };
}
