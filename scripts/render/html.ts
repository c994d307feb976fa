/**
 * Render stage, body: the transformed mdast becomes an HTML fragment (mdast → hast → string).
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

const toHtml = unified().use(remarkRehype).use(rehypeStringify);

export function renderBody(tree: Root): string {
  return toHtml.stringify(toHtml.runSync(tree) as never);
}
