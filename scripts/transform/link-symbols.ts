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
import { report } from '../diagnostics.ts';
import { mergeAdjacentText, Replacements } from './nodes.ts';
import type { LanguageCode } from '../languages/index.ts';
import { findCitations, normalizeSymbol, type Citation } from '../symbols/index.ts';

export interface LinkSymbolsOptions {
  lang: LanguageCode;
  urlFor: (symbol: string) => string;
}

/** Stands in for a node the recogniser must not read, so no phrase spans across it. */
const OPAQUE = '\uFFFC';

/** What `:symbol{s=…}` accepts: an organ-like first part and at least one slash, no spaces but before "(". */
function isSymbolLike(value: string): boolean {
  return /^[A-Z][A-Za-z0-9.-]*(?:\/[A-Za-z0-9.*-]+)+(?:\s+[A-Z])?(?:\s*\((?:\d{4}|[IVXLC]+)\))?(?:\s+[A-Z])?$/.test(value.trim());
}

/** Inline containers whose text counts as the surrounding phrase. */
const TRANSPARENT = new Set(['emphasis', 'strong', 'delete']);

type PhrasingContainer = Paragraph | Heading | TableCell;

export function remarkLinkSymbols(options: LinkSymbolsOptions) {
  return function transform(tree: Root, file: VFile): void {
    const containers: PhrasingContainer[] = [];
    visit(tree, (node) => {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        containers.push(node);
      }
    });
    for (const container of containers) linkCitations(container, options);
    applyDirectives(tree, options, file);
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
//
// Linear in the text and in the number of citations, and without recursion that grows with the
// input: a paragraph of 100 000 citations is one pass of flattening, one scan, one rebuild of each
// parent's children.

/** Where each text node's value sits in the container's flattened text. */
interface TextPiece {
  node: Text;
  parent: Parent;
  start: number;
}

function linkCitations(container: PhrasingContainer, options: LinkSymbolsOptions): void {
  mergeAdjacentTextDeep(container);
  const pieces: TextPiece[] = [];
  const flat = flatten(container, pieces);
  const citations = findCitations(flat, options.lang);
  if (citations.length === 0) return;

  // Each citation goes to the one text node that holds it entirely; others are dropped.
  const byPiece = new Map<TextPiece, Citation[]>();
  let p = 0;
  for (const citation of citations) {
    while (p < pieces.length && pieces[p]!.start + pieces[p]!.node.value.length <= citation.start) p++;
    const piece = pieces[p];
    if (!piece || citation.start < piece.start || citation.end > piece.start + piece.node.value.length) continue;
    const list = byPiece.get(piece);
    if (list) list.push(citation);
    else byPiece.set(piece, [citation]);
  }
  // Rebuild each parent's children once, however many of its text nodes were split.
  const byParent = new Map<Parent, Map<Text, PhrasingContent[]>>();
  for (const [piece, found] of byPiece) {
    let splits = byParent.get(piece.parent);
    if (!splits) byParent.set(piece.parent, (splits = new Map()));
    splits.set(piece.node, splitText(piece, found, options.urlFor));
  }
  for (const [parent, splits] of byParent) {
    const children: Parent['children'] = [];
    for (const child of parent.children) {
      const replacement = splits.get(child as Text);
      if (replacement) for (const node of replacement) children.push(node as never);
      else children.push(child);
    }
    parent.children = children;
  }
}

/** The container's text as the recogniser reads it; fills `pieces`. Iterative (explicit stack). */
function flatten(container: Parent, pieces: TextPiece[]): string {
  const parts: string[] = [];
  let length = 0;
  // Text between inline HTML tags (`<a href=…>resolution 74/32</a>`) belongs to the HTML: a link
  // there could end up nested in the author's own <a>. (The build refuses raw HTML; `hexapla
  // symbols` reads any Markdown.)
  let openTags = 0;
  const stack: { parent: Parent; index: number }[] = [{ parent: container, index: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.index >= top.parent.children.length) {
      stack.pop();
      continue;
    }
    const child = top.parent.children[top.index++]!;
    if (child.type === 'html') {
      openTags = Math.max(0, openTags + htmlTagDepthChange(child.value));
      parts.push(OPAQUE);
      length += 1;
    } else if (openTags > 0) {
      parts.push(OPAQUE);
      length += 1;
    } else if (child.type === 'text') {
      pieces.push({ node: child, parent: top.parent, start: length });
      parts.push(child.value);
      length += child.value.length;
    } else if (TRANSPARENT.has(child.type)) {
      stack.push({ parent: child as Parent, index: 0 });
    } else {
      const value = child.type === 'break' ? '\n' : OPAQUE;
      parts.push(value);
      length += value.length;
    }
  }
  return parts.join('');
}

const VOID_ELEMENTS = /^<(?:area|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

/** +1 for an opening tag, -1 for a closing tag, 0 for anything else (void, self-closing, comment). */
function htmlTagDepthChange(html: string): number {
  if (/^<\/[A-Za-z]/.test(html)) return -1;
  if (/^<[A-Za-z]/.test(html) && !html.endsWith('/>') && !VOID_ELEMENTS.test(html)) return 1;
  return 0;
}

/** Text nodes and link nodes for one text node's citations. */
function splitText(piece: TextPiece, citations: Citation[], urlFor: (symbol: string) => string): PhrasingContent[] {
  const { node, start: offset } = piece;
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
  return replacement;
}

/** remark may split a run of text (e.g. around escapes); a citation must not straddle the seam. */
function mergeAdjacentTextDeep(container: Parent): void {
  const stack: Parent[] = [container];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    mergeAdjacentText(parent);
    for (const child of parent.children) if (TRANSPARENT.has(child.type)) stack.push(child as Parent);
  }
}

// ---------------------------------------------------------------------------------------------
// Author directives

function applyDirectives(tree: Root, options: LinkSymbolsOptions, file: VFile): void {
  const replacements = new Replacements();
  visit(tree, 'textDirective', (node, _index, parent) => {
    if (!parent || (node.name !== 'symbol' && node.name !== 'nolink')) return;
    // A `:nolink` gives up its children as they are when applied: a `:symbol` inside it is
    // already a link by then (parents are rebuilt innermost first).
    replacements.replace(parent, node, node.name === 'symbol' ? [forcedLink(node, options, file)] : () => node.children);
  });
  replacements.apply();
}

function forcedLink(node: TextDirective, options: LinkSymbolsOptions, file: VFile): Link | Text {
  const given = node.attributes?.s?.trim();
  if (!given || !isSymbolLike(given)) {
    report(
      file,
      node,
      'symbol/attribute',
      given ? `":symbol" names "${given}", which is not a document symbol` : '":symbol" directive without a symbol',
      'write the symbol in the `s` attribute, e.g. :symbol[resolution 2231 (2015)]{s="S/RES/2231 (2015)"}',
    );
    return { type: 'text', value: toString(node) };
  }
  const symbol = normalizeSymbol(given);
  return symbolLink(toString(node) || symbol, symbol, options.urlFor);
}
