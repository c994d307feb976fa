/**
 * Render stage, body: the transformed mdast becomes an HTML fragment (mdast → hast → string),
 * with Hexapla's handlers (render/handlers/). Raw HTML never passes: accept.ts refused it.
 */
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { createHandlers, type HandlerStrings } from './handlers/index.ts';

export function renderBody(tree: Root, strings: HandlerStrings): string {
  const hast = toHast(tree, { handlers: createHandlers(strings), allowDangerousHtml: false });
  return toHtml(hast);
}
