/**
 * Glossary transform: `:term[key]` becomes the edition language's term for `key`, taken from
 * locales/<lang>/glossary.json. An unknown key stops the build at its line.
 */
import type { Root, Parent } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { authorError, mergeAdjacentText } from './nodes.ts';

export interface GlossaryOptions {
  term: (key: string) => string | undefined;
  lang: string;
}

export function remarkGlossary(options: GlossaryOptions) {
  return (tree: Root, file: VFile) => {
    const touched = new Set<Parent>();
    visit(tree, 'textDirective', (node, index, parent) => {
      if (node.name !== 'term' || !parent || index === undefined) return;
      const key = toString(node).trim();
      const value = options.term(key);
      if (value === undefined) {
        throw authorError(file, node, `unknown glossary term "${key}"`, `add "${key}" to locales/${options.lang}/glossary.json, or fix the key`);
      }
      parent.children.splice(index, 1, { type: 'text', value, position: node.position });
      touched.add(parent);
      return [SKIP, index];
    });
    touched.forEach(mergeAdjacentText);
  };
}
