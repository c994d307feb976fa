/**
 * Parse stage, files: a Markdown edition split into its front matter (YAML text, validated
 * elsewhere) and its body, with the number of lines before the body so that positions in the
 * body's tree give the file's own lines. gray-matter only finds the fences here: the YAML is read
 * by the validate stage, which reports its errors with lines instead of throwing.
 */
import matter from 'gray-matter';
import { fail } from '../diagnostics.ts';

export interface SplitMarkdown {
  hasFrontMatter: boolean;
  /** The YAML between the --- lines. */
  frontMatter: string;
  body: string;
  bodyLineOffset: number;
}

const OPENING_FENCE = /^---[ \t]*\n/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(text: string, file = ''): SplitMarkdown {
  if (!OPENING_FENCE.test(text)) return { hasFrontMatter: false, frontMatter: '', body: text, bodyLineOffset: 0 };
  if (!CLOSING_FENCE.test(text.replace(OPENING_FENCE, ''))) {
    throw fail('front-matter/unclosed', 'the front matter is not closed', { file, line: 1 }, 'end the front matter with a line holding only --- before the text begins');
  }
  // A fresh options object each time: gray-matter caches results by input when given none.
  const parsed = matter(text, { engines: { yaml: () => ({}) } });
  const bodyStart = text.endsWith(parsed.content) ? text.length - parsed.content.length : 0;
  return {
    hasFrontMatter: true,
    frontMatter: parsed.matter.replace(/^\n/, ''),
    body: parsed.content,
    bodyLineOffset: text.slice(0, bodyStart).split('\n').length - 1,
  };
}
