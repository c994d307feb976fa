/**
 * Cross-reference transform: `:ref[label]` becomes "para. 12", "annex I, para. 3" or "table 2" in
 * the edition's own form (locales: `crossReference`), linked to the target. Labels come from the
 * structure transform, which runs first.
 */
import type { Parent, Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { toString } from 'mdast-util-to-string';
import { report } from '../diagnostics.ts';
import type { LabelTarget } from '../structure/model.ts';
import { Replacements } from './nodes.ts';

export interface CrossReferenceOptions {
  /** The words for a target, as this language cites it; `fromAnnex` is the annex holding the reference (0: main text). */
  cite: (target: LabelTarget, fromAnnex: number) => string;
}

export function remarkCrossReferences(options: CrossReferenceOptions) {
  return (tree: Root, file: VFile) => {
    const labels = file.data.structure?.labels ?? new Map<string, LabelTarget>();
    const replacements = new Replacements();
    visitParents(tree, 'textDirective', (node, ancestors) => {
      if (node.name !== 'ref') return;
      const parent = ancestors[ancestors.length - 1] as Parent;
      const label = toString(node).trim();
      const target = labels.get(label);
      if (!target) {
        const known = [...labels.keys()].slice(0, 10).join(', ') || 'none';
        report(file, node, 'ref/unknown-label', `reference to unknown label "${label}"`, `label a paragraph by ending it with {#${label}}, or a table with :::table[…]{#${label}} (labels in this file: ${known})`);
        replacements.replace(parent, node, [{ type: 'text', value: label } as Node]);
        return;
      }
      const annexId = ancestors.map((a) => (a.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id).find((id) => id && /^annex-\d+$/.test(id));
      const fromAnnex = annexId ? Number(annexId.slice('annex-'.length)) : 0;
      replacements.replace(parent, node, [
        {
          type: 'link',
          url: `#${target.id}`,
          children: [{ type: 'text', value: options.cite(target, fromAnnex) }],
          data: { hProperties: { className: ['cross-reference'], dataTarget: target.id } },
          position: node.position,
        } as Node,
      ]);
    });
    replacements.apply();
  };
}
