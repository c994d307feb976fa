/**
 * Glossary transform: `:term[key]` becomes the edition language's term for `key`, taken from
 * locales/<lang>/glossary.json. An unknown key is reported at its line.
 */
import type { Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { report } from '../diagnostics.ts';
import { mergeAdjacentText, Replacements } from './nodes.ts';

export interface GlossaryOptions {
  term: (key: string) => string | undefined;
  lang: string;
  /** Known keys, to suggest the nearest one. */
  keys?: () => string[];
}

export function remarkGlossary(options: GlossaryOptions) {
  return (tree: Root, file: VFile) => {
    const touched = new Set<Parent>();
    const replacements = new Replacements();
    visit(tree, 'textDirective', (node, _index, parent) => {
      if (node.name !== 'term' || !parent) return;
      const key = toString(node).trim();
      let value = options.term(key);
      if (value === undefined) {
        const near = options.keys?.().filter((k) => k.includes(key) || key.includes(k)).slice(0, 3) ?? [];
        report(file, node, 'glossary/unknown-term', `unknown glossary term "${key}"`, `add "${key}" to locales/${options.lang}/glossary.json, or fix the key${near.length ? ` (similar keys: ${near.join(', ')})` : ''}`);
        value = key;
      }
      replacements.replace(parent, node, [{ type: 'text', value, position: node.position } as Text]);
      touched.add(parent);
      return SKIP;
    });
    replacements.apply();
    touched.forEach(mergeAdjacentText);
  };
}
