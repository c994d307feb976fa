/**
 * Parse stage: Markdown source → mdast. GFM gives footnotes, pipe tables and bare-URL links;
 * remark-directive gives authors Hexapla's short syntax (`:term[key]`, `:ref[label]`,
 * `::annex[…]`, `:::table[…]` …) as real tree nodes. What of all that Hexapla accepts is decided
 * next, by transform/accept.ts.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import { visit, SKIP } from 'unist-util-visit';
import type { Parent, Root, Text } from 'mdast';
import { mergeAdjacentText } from '../transform/nodes.ts';

const parser = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).use(remarkDirective);

/**
 * @param lineOffset lines that came before `markdown` in its file (the front matter), so every
 *   node's position — and so every message — gives the line in the author's file.
 */
export function parseMarkdown(markdown: string, lineOffset = 0): Root {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  restoreColonWords(tree, markdown);
  if (lineOffset !== 0) {
    visit(tree, (node) => {
      if (node.position) {
        node.position.start.line += lineOffset;
        node.position.end.line += lineOffset;
      }
    });
  }
  return tree;
}

/**
 * remark-directive reads any `:word` as a text directive: "Note:Important" would lose
 * "Important", "mailto:a@b.org" its "a". A directive of Hexapla always has a label or attributes
 * (`:term[key]`), so a bare `:word` is put back as the text it was.
 */
function restoreColonWords(tree: Root, source: string): void {
  const touched = new Set<Parent>();
  visit(tree, 'textDirective', (node, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!parent || index === undefined || start === undefined || end === undefined) return;
    const written = source.slice(start, end);
    if (written !== `:${node.name}`) return;
    parent.children.splice(index, 1, { type: 'text', value: written, position: node.position } as Text);
    touched.add(parent);
    return [SKIP, index + 1];
  });
  touched.forEach(mergeAdjacentText);
}
