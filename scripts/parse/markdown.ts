/**
 * Parse stage: Markdown source → mdast. remark-directive gives authors the short inline
 * syntax (`:term[key]`, `:ref[label]`, `:symbol[text]{s=…}`, `:nolink[text]`) as real tree nodes.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkDirective);

/**
 * @param lineOffset lines that came before `markdown` in its file (the front matter), so every
 *   node's position — and so every message — gives the line in the author's file.
 */
export function parseMarkdown(markdown: string, lineOffset = 0): Root {
  const tree = parser.parse(markdown) as Root;
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
