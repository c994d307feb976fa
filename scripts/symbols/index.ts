/**
 * Recognises UN document symbols and resolution/decision citations in a string. Pure: no I/O, no
 * Markdown — the remark plugin (scripts/transform/link-symbols.ts) feeds it text and makes links.
 *
 * Conventions decided here (the corpus in test/symbols/ pins them down):
 * - `symbol` is the canonical UN symbol: `A/RES/68/32`, `S/RES/2231 (2015)` and
 *   `A/RES/1514 (XV)` with one space before the parenthesis, `A/RES/S-10/2`, `A/RES/ES-11/1`,
 *   `A/HRC/RES/46/1`, `E/RES/2020/12`, `A/DEC/75/512` (GA decisions have no document of their
 *   own; the UN Digital Library files them under `A/DEC/<session>/<n>`, which the resolver knows).
 * - A resolution adopted in parts keeps its letter in `symbol` (`A/RES/31/16 A`, so editions can be
 *   compared exactly); `toResolverForm` drops it, because the parts are published together in the
 *   one document `A/RES/31/16`.
 * - The `*` of a reissue (`A/76/123*`) is neither in `text` nor in `symbol`: it is a mark on the
 *   copy, not part of the symbol, so it stays as plain text after the link.
 * - A double symbol (`A/47/975-S/26063`) gives two citations; the hyphen stays plain text.
 * - Inside URLs and `backtick code` nothing is recognised.
 */
import type { LanguageCode } from '../languages/index.ts';
import { findRunningCitations } from './citations.ts';
import { findFullSymbols, type Span } from './grammar.ts';

export interface Citation {
  /** UTF-16 offset of the first character of `text` in the input. */
  start: number;
  /** UTF-16 offset just past `text`. */
  end: number;
  /** The characters that become the link text: `68/32`, `2231 (2015)`, `A/76/123`. */
  text: string;
  /** Canonical UN symbol, e.g. `A/RES/68/32`, `S/RES/2231 (2015)`. */
  symbol: string;
}

export function findCitations(text: string, lang: LanguageCode): Citation[] {
  const excluded = findExcludedSpans(text);
  const full = withoutOverlaps(findFullSymbols(text), excluded);
  // A number inside a full symbol is never also a running citation (the grammar already refuses
  // digits right after `/`; this keeps the guarantee explicit).
  const running = withoutOverlaps(withoutOverlaps(findRunningCitations(text, lang), excluded), full);
  return [...full, ...running]
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, symbol }) => ({ start, end, text: text.slice(start, end), symbol }));
}

/**
 * The symbol as the resolver wants it in a URL path: no space before the parenthesis
 * (`S/RES/2231(2015)`), no part letter (`A/RES/31/16`), each path segment percent-encoded.
 */
export function toResolverForm(symbol: string): string {
  const compact = normalizeSymbol(symbol)
    .replace(/ ([A-Z])(?= \(|$)/, '') // part letter: "31/16 A", "1991 A (XVIII)"
    .replace(/ \(/g, '(');
  return compact.split('/').map(encodeURIComponent).join('/');
}

/** Canonical spelling of an author-given symbol: trimmed, single spaces, one space before `(`. */
export function normalizeSymbol(symbol: string): string {
  return symbol
    .trim()
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .replace(/ ?\(/g, ' (');
}

// ---------------------------------------------------------------------------------------------

/** URLs and backtick code: their numbers are not citations. Linear: each scan resumes past its end. */
function findExcludedSpans(text: string): Span[] {
  return [...findUrlSpans(text), ...findCodeSpans(text)].sort((a, b) => a.start - b.start);
}

function findUrlSpans(text: string): Span[] {
  const spans: Span[] = [];
  const starts = /\b(?:https?:\/\/|www\.)/gi;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    let end = m.index;
    while (end < text.length && !/[\s<>"]/.test(text[end])) end++;
    spans.push({ start: m.index, end });
    starts.lastIndex = end;
  }
  return spans;
}

function findCodeSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = text.indexOf('`');
  while (open >= 0) {
    const close = text.indexOf('`', open + 1);
    if (close < 0) break;
    spans.push({ start: open, end: close + 1 });
    open = text.indexOf('`', close + 1);
  }
  return spans;
}

/**
 * Drops the items that overlap a blocker. Both lists are sorted by start, so one sweep suffices
 * (a nested `some` would be quadratic on a page full of symbols).
 */
function withoutOverlaps<T extends Span>(items: T[], blockers: Span[]): T[] {
  const kept: T[] = [];
  let first = 0;
  for (const item of items) {
    while (first < blockers.length && blockers[first].end <= item.start) first++;
    let overlapping = false;
    for (let k = first; k < blockers.length && blockers[k].start < item.end; k++) {
      if (blockers[k].end > item.start) {
        overlapping = true;
        break;
      }
    }
    if (!overlapping) kept.push(item);
  }
  return kept;
}
