/**
 * Parse stage, files: a Markdown edition split into its front matter (YAML text, validated
 * elsewhere) and its body, with the number of lines before the body so that positions in the
 * body's tree can give the file's own lines.
 */
import matter from 'gray-matter';
import YAML from 'yaml';

export interface SplitMarkdown {
  hasFrontMatter: boolean;
  /** The YAML between the --- lines. */
  frontMatter: string;
  body: string;
  bodyLineOffset: number;
}

export function splitFrontMatter(text: string): SplitMarkdown {
  // The yaml package reads dates as strings, as the schemas expect; gray-matter's default would not.
  const parsed = matter(text, { engines: { yaml: (yaml: string) => YAML.parse(yaml) as object } });
  const bodyStart = text.endsWith(parsed.content) ? text.length - parsed.content.length : 0;
  return {
    hasFrontMatter: text.startsWith('---'),
    frontMatter: (parsed.matter ?? '').replace(/^\r?\n/, ''), // gray-matter leaves it out for empty input
    body: parsed.content,
    bodyLineOffset: text.slice(0, bodyStart).split('\n').length - 1,
  };
}
