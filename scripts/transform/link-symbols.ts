/**
 * remark plugin: turns document symbols and resolution citations into links to the UN resolver.
 *
 * Where: text inside paragraphs, headings and table cells (so also list items, block quotes and
 * container directives, whose text lives in paragraphs), including text nested in emphasis,
 * strong and delete. Never inside links, link references, inline code, code, HTML (block HTML,
 * and text between inline HTML tags), images, or any text directive.
 *
 * Context: the recogniser sees a paragraph's whole flattened text, so "*General Assembly*
 * resolution 74/32" is read as one phrase; a link is made only when the citation lies inside a
 * single text node. Nodes the linker must not read (links, code, directives…) are replaced in the
 * flattened text by U+FFFC, which breaks any phrase across them.
 *
 * Author directives (remark-directive text directives):
 * - `:symbol[link text]{s="S/RES/2231 (2015)"}` — forces a link to the given symbol. The label is
 *   the link text (the symbol itself when the label is empty). `s` is required.
 * - `:nolink[text]` — its content stays plain text, never linked; the directive disappears.
 * Other directives (`:term`, `:ref` …) are left untouched for their own plugins.
 *
 * URLs come only from `urlFor(symbol)`: this plugin knows nothing about resolvers.
 */
import type { Heading, Link, Paragraph, Parent, PhrasingContent, Root, TableCell, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { HexaplaError } from '../errors.ts';
import type { LanguageCode } from '../languages.ts';
import { findCitations, normalizeSymbol, type Citation } from '../symbols/index.ts';

export interface LinkSymbolsOptions {
  lang: LanguageCode;
  urlFor: (symbol: string) => string;
}

/** Stands in for a node the recogniser must not read, so no phrase spans across it. */
const OPAQUE = '\uFFFC';

/** Inline containers whose text counts as the surrounding phrase. */
const TRANSPARENT = new Set(['emphasis', 'strong', 'delete']);

type PhrasingContainer = Paragraph | Heading | TableCell;

export function remarkLinkSymbols(options: LinkSymbolsOptions) {
  return function transform(tree: Root, file?: VFile): void {
    const path = String(file?.path ?? '');
    const containers: PhrasingContainer[] = [];
    visit(tree, (node) => {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        containers.push(node);
      }
    });
    for (const container of containers) linkCitations(container, options);
    applyDirectives(tree, options, path);
  };
}

/** A link as every edition renders it: class `symbol`, `data-symbol` with the canonical symbol. */
export function symbolLink(text: string, symbol: string, urlFor: (symbol: string) => string): Link {
  return {
    type: 'link',
    url: urlFor(symbol),
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['symbol'], dataSymbol: symbol } },
  } as Link;
}

/** True for links this plugin made (as opposed to links the author wrote). */
export function isSymbolLink(node: { type: string; data?: unknown }): node is Link {
  const props = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties;
  return node.type === 'link' && Array.isArray(props?.className) && props.className.includes('symbol');
}

// ---------------------------------------------------------------------------------------------
// Automatic links

/** Where each text node's value sits in the container's flattened text. */
interface TextPiece {
  node: Text;
  parent: Parent;
  start: number;
}

function linkCitations(container: PhrasingContainer, options: LinkSymbolsOptions): void {
  mergeAdjacentText(container);
  const pieces: TextPiece[] = [];
  const flat = flatten(container, pieces, { value: '' }).value;
  const citations = findCitations(flat, options.lang);
  if (citations.length === 0) return;

  // Each citation goes to the one text node that holds it entirely; others are dropped.
  const byPiece = new Map<TextPiece, Citation[]>();
  let p = 0;
  for (const citation of citations) {
    while (p < pieces.length && pieces[p].start + pieces[p].node.value.length <= citation.start) p++;
    const piece = pieces[p];
    if (!piece || citation.start < piece.start || citation.end > piece.start + piece.node.value.length) continue;
    byPiece.set(piece, [...(byPiece.get(piece) ?? []), citation]);
  }
  for (const [piece, found] of byPiece) splitText(piece, found, options.urlFor);
}

function flatten(parent: Parent, pieces: TextPiece[], acc: { value: string }): { value: string } {
  // Text between inline HTML tags (`<a href=…>resolution 74/32</a>`) belongs to the HTML: a link
  // there could end up nested in the author's own <a>.
  let openTags = 0;
  for (const child of parent.children) {
    if (child.type === 'html') {
      openTags = Math.max(0, openTags + htmlTagDepthChange(child.value));
      acc.value += OPAQUE;
    } else if (openTags > 0) {
      acc.value += OPAQUE;
    } else if (child.type === 'text') {
      pieces.push({ node: child, parent, start: acc.value.length });
      acc.value += child.value;
    } else if (TRANSPARENT.has(child.type)) {
      flatten(child as Parent, pieces, acc);
    } else if (child.type === 'break') {
      acc.value += '\n';
    } else {
      acc.value += OPAQUE;
    }
  }
  return acc;
}

const VOID_ELEMENTS = /^<(?:area|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

/** +1 for an opening tag, -1 for a closing tag, 0 for anything else (void, self-closing, comment). */
function htmlTagDepthChange(html: string): number {
  if (/^<\/[A-Za-z]/.test(html)) return -1;
  if (/^<[A-Za-z]/.test(html) && !html.endsWith('/>') && !VOID_ELEMENTS.test(html)) return 1;
  return 0;
}

/** Replaces a text node by text and link nodes. */
function splitText(piece: TextPiece, citations: Citation[], urlFor: (symbol: string) => string): void {
  const { node, parent, start: offset } = piece;
  const replacement: PhrasingContent[] = [];
  let cursor = 0;
  for (const citation of citations) {
    const from = citation.start - offset;
    const to = citation.end - offset;
    if (from > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, from) });
    replacement.push(symbolLink(citation.text, citation.symbol, urlFor));
    cursor = to;
  }
  if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
  const index = parent.children.indexOf(node);
  parent.children.splice(index, 1, ...(replacement as Parent['children']));
}

/** remark may split a run of text (e.g. around escapes); a citation must not straddle the seam. */
function mergeAdjacentText(parent: Parent): void {
  const merged: Parent['children'] = [];
  for (const child of parent.children) {
    const previous = merged[merged.length - 1];
    if (child.type === 'text' && previous?.type === 'text') {
      merged[merged.length - 1] = { ...previous, value: previous.value + child.value, position: spanOf(previous, child) };
    } else {
      merged.push(child);
      if (TRANSPARENT.has(child.type)) mergeAdjacentText(child as Parent);
    }
  }
  parent.children = merged;
}

function spanOf(a: Text, b: Text): Text['position'] {
  return a.position && b.position ? { start: a.position.start, end: b.position.end } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Author directives

function applyDirectives(tree: Root, options: LinkSymbolsOptions, path: string): void {
  const replacements: { parent: Parent; node: TextDirective; by: PhrasingContent[] }[] = [];
  visit(tree, 'textDirective', (node, _index, parent) => {
    if (!parent) return;
    if (node.name === 'symbol') {
      replacements.push({ parent, node, by: [forcedLink(node, options, path)] });
    } else if (node.name === 'nolink') {
      replacements.push({ parent, node, by: node.children });
    }
  });
  // Splice after visiting, so the walk never sees a tree that changes under it; innermost first,
  // so a `:symbol` inside a `:nolink` is already a link when the `:nolink` is unwrapped.
  for (const { parent, node, by } of replacements.reverse()) {
    parent.children.splice(parent.children.indexOf(node), 1, ...(by as Parent['children']));
  }
}

function forcedLink(node: TextDirective, options: LinkSymbolsOptions, path: string): Link {
  const given = node.attributes?.s?.trim();
  if (!given) {
    throw new HexaplaError('`:symbol` directive without a symbol', {
      location: { file: path, line: node.position?.start.line },
      hint: 'write the symbol in the `s` attribute, e.g. :symbol[resolution 2231 (2015)]{s="S/RES/2231 (2015)"}',
    });
  }
  const symbol = normalizeSymbol(given);
  return symbolLink(toString(node) || symbol, symbol, options.urlFor);
}
