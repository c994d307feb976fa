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
import type { Node } from 'unist';
import { fail } from '../diagnostics.ts';
import { mergeAdjacentText, Replacements } from '../transform/nodes.ts';

/**
 * How deep Markdown may nest (block quotes in block quotes, emphasis in emphasis …). Real
 * documents stay under ten; the limit keeps hostile input from making parsing quadratic
 * (micromark resolves nested emphasis in time quadratic in its depth: 4 000 levels took 8 s) or
 * the tree's walkers recurse past the stack.
 */
export const MAX_NESTING = 100;

const parser = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).use(remarkDirective);

/**
 * @param lineOffset lines that came before `markdown` in its file (the front matter), so every
 *   node's position — and so every message — gives the line in the author's file.
 */
export function parseMarkdown(markdown: string, lineOffset = 0, file = ''): Root {
  checkEmphasisDepth(markdown, lineOffset, file);
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  checkTreeDepth(tree, lineOffset, file);
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
  const replacements = new Replacements();
  visit(tree, 'textDirective', (node, _index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!parent || start === undefined || end === undefined) return;
    const written = source.slice(start, end);
    if (written !== `:${node.name}`) return;
    replacements.replace(parent, node, [{ type: 'text', value: written, position: node.position } as Text]);
    touched.add(parent);
    return SKIP;
  });
  replacements.apply();
  touched.forEach(mergeAdjacentText);
}

const nestingHint = `write it with fewer levels; Hexapla accepts up to ${MAX_NESTING} (escape a literal * or _ with a backslash)`;

/**
 * Before parsing: the emphasis markers still open at any point of a paragraph, counted the way
 * CommonMark tells openers (a * or _ run before a word) from closers (after one). Linear.
 */
function checkEmphasisDepth(markdown: string, lineOffset: number, file: string): void {
  let open = 0;
  let line = 1;
  let blank = true;
  for (let i = 0; i < markdown.length; i++) {
    const char = markdown[i]!;
    if (char === '\n') {
      line += 1;
      if (blank) open = 0; // a blank line ends the paragraph, and every unclosed marker with it
      blank = true;
      continue;
    }
    if (char !== ' ' && char !== '\t') blank = false;
    if ((char !== '*' && char !== '_') || markdown[i - 1] === '\\') continue;
    const before = markdown[i - 1] ?? ' ';
    let end = i;
    while (markdown[end + 1] === char) end++;
    const after = markdown[end + 1] ?? ' ';
    const opens = /\s/.test(before) && !/\s/.test(after);
    const closes = !/\s/.test(before) && /\s|[.,;:!?)]/.test(after);
    if (opens) open += 1;
    else if (closes) open = Math.max(0, open - 1);
    i = end;
    if (open > MAX_NESTING) throw fail('markdown/nesting', `emphasis nested more than ${MAX_NESTING} levels deep`, { file, line: line + lineOffset }, nestingHint);
  }
}

/** After parsing: no node deeper than the limit (block quotes, lists, links …). Iterative. */
function checkTreeDepth(tree: Root, lineOffset: number, file: string): void {
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING * 2) {
      throw fail('markdown/nesting', `Markdown nested more than ${MAX_NESTING} levels deep`, { file, line: (node.position?.start.line ?? 0) + lineOffset }, nestingHint);
    }
    for (const child of (node as Parent).children ?? []) stack.push([child, depth + 1]);
  }
}
