/**
 * Language-neutral grammar of UN document symbols and of the number forms that resolutions and
 * decisions are cited by. Everything here is a hand-written scanner that looks at each character a
 * bounded number of times, so recognition is linear in the input (no backtracking regexes).
 *
 * Two recognisers:
 * - `findFullSymbols`: complete symbols such as `A/RES/74/32`, `NPT/CONF.2020/WP.20`,
 *   `S/RES/2231 (2015)`, `A/47/975-S/26063` (two symbols).
 * - `findNumberTokens`: the number part of a running-text citation (`74/32`, `2231 (2015)`,
 *   `1514 (XV)`, `S-10/2`, `31/16 A`); whether a token is a citation at all is decided from its
 *   language context in `citations.ts`.
 */

/** A span of the input plus what was recognised there. Offsets are UTF-16 indices. */
export interface Span {
  start: number;
  end: number;
}

export interface FullSymbol extends Span {
  /** Canonical symbol: as written, with `(2015)`/`(XV)` preceded by exactly one space. */
  symbol: string;
}

// ---------------------------------------------------------------------------------------------
// Character classes (charCode tests: cheaper and clearer than regexes in a hot loop)

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
function isAsciiUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'A' && ch <= 'Z';
}
function isAsciiLower(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}
function isAsciiAlnum(ch: string | undefined): boolean {
  return isAsciiDigit(ch) || isAsciiUpper(ch) || isAsciiLower(ch);
}
/** Characters a symbol is written with (the `*` of a reissue included, trimmed later). */
function isSymbolRunChar(ch: string | undefined): boolean {
  return isAsciiAlnum(ch) || ch === '/' || ch === '.' || ch === '-' || ch === '*';
}
/** Spaces allowed between a number and its `(2015)` / part letter: normal, no-break, narrow. */
export function isInlineSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00A0' || ch === '\u202F';
}

/** `indexOf` limited to `[from, to)`, so look-aheads never scan the rest of a long input. */
function indexWithin(text: string, ch: string, from: number, to: number): number {
  const limit = Math.min(to, text.length);
  for (let i = from; i < limit; i++) if (text[i] === ch) return i;
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Session and year markers in parentheses: `(2015)`, `(XV)`, `(S-VI)`, `(ES-V)`, Arabic `(د-15)`

const ROMAN_SESSION = /^(?:(?:S|ES)-)?(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: [number, string][] = [
  [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(n: number): string {
  let out = n >= 50 ? 'L' : '';
  let rest = n >= 50 ? n - 50 : n;
  for (const [value, letters] of ROMAN_VALUES) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

export type ParenMarker = { kind: 'year'; year: number } | { kind: 'roman'; roman: string };

/** Reads `(…)` at `i` (ASCII or full-width parentheses). Returns the marker and the end offset. */
export function readParenMarker(text: string, i: number): { marker: ParenMarker; end: number } | null {
  const open = text[i];
  if (open !== '(' && open !== '（') return null;
  const close = open === '(' ? ')' : '）';
  // Markers are short; looking no further than 10 characters keeps this constant-time.
  const closeAt = indexWithin(text, close, i + 1, i + 11);
  if (closeAt < 0) return null;
  const inner = text.slice(i + 1, closeAt).trim();
  const end = closeAt + 1;
  if (/^(?:19[4-9]\d|20\d\d)$/.test(inner)) return { marker: { kind: 'year', year: Number(inner) }, end };
  if (inner.length > 0 && ROMAN_SESSION.test(inner)) return { marker: { kind: 'roman', roman: inner }, end };
  // Arabic editions write the session of pre-1976 resolutions as "(د-15)" for (XV).
  const arabic = /^د\s?-\s?([1-9]\d?)$/.exec(inner);
  if (arabic) return { marker: { kind: 'roman', roman: toRoman(Number(arabic[1])) }, end };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Full symbols

/** Principal organs whose pre-1976 symbols have a single component after the organ (S/26063). */
const SINGLE_NUMBER_SERIES = new Set(['A', 'S', 'E', 'T']);

/**
 * Finds every complete document symbol. A symbol is a maximal run of `[A-Za-z0-9./*-]` that
 * splits into valid components; runs are disjoint, so each character is examined O(1) times.
 */
export function findFullSymbols(text: string): FullSymbol[] {
  const found: FullSymbol[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isSymbolRunChar(text[i])) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < text.length && isSymbolRunChar(text[i])) i++;
    found.push(...symbolsInRun(text, runStart, i));
  }
  return found;
}

/** A run may hold one symbol, a double symbol joined by `-`, or nothing of interest. */
function symbolsInRun(text: string, runStart: number, runEnd: number): FullSymbol[] {
  // Sentence punctuation and the reissue star are not part of the symbol.
  let end = runEnd;
  while (end > runStart && (text[end - 1] === '.' || text[end - 1] === '-' || text[end - 1] === '/' || text[end - 1] === '*')) end--;
  const reissued = end < runEnd && text.slice(end, runEnd).includes('*');
  if (end - runStart < 3 || indexWithin(text, '/', runStart, end) < 0) return [];

  const symbols: FullSymbol[] = [];
  for (const segment of splitDoubleSymbol(text, runStart, end)) {
    const raw = text.slice(segment.start, segment.end);
    if (!isValidSymbol(raw)) continue;
    symbols.push({ start: segment.start, end: segment.end, symbol: raw });
  }
  // `S/RES/2231 (2015)`, `A/RES/1514(XV)`: the marker follows the run, so only the last segment
  // of a run that ended cleanly can take it.
  const last = symbols[symbols.length - 1];
  if (last && last.end === runEnd && !reissued) extendWithMarker(text, last);
  return symbols;
}

/** Splits `A/47/975-S/26063` at the hyphen that starts a new `ORGAN/`; `S-10`, `ES-11` stay whole. */
function splitDoubleSymbol(text: string, start: number, end: number): Span[] {
  const segments: Span[] = [];
  let segmentStart = start;
  for (let i = start; i < end; i++) {
    if (text[i] !== '-') continue;
    let j = i + 1;
    while (j < end && j - i <= 10 && isAsciiUpper(text[j])) j++;
    if (j > i + 1 && text[j] === '/') {
      segments.push({ start: segmentStart, end: i });
      segmentStart = i + 1;
    }
  }
  segments.push({ start: segmentStart, end });
  return segments;
}

/**
 * Validates `ORGAN/COMPONENT/...`: the first component is capital letters (`A`, `NPT`, `CCW`);
 * each later one starts with a capital or digit and is letters/digits joined by `.` or `-`
 * (`C.1`, `CONF.2020`, `L.3`, `S-10`, `Add.1`, `Rev.1`). At least one digit somewhere, which
 * keeps out `AC/DC`, `TCP/IP`, `I/O`. Two components only for `S/26063`-style old symbols.
 */
export function isValidSymbol(raw: string): boolean {
  const components = raw.split('/');
  // Real symbols have at most about eight components (A/C.1/76/L.3/Rev.1/Add.2/Corr.1).
  if (components.length < 2 || components.length > 10) return false;
  const [organ, ...rest] = components;
  if (organ.length === 0 || organ.length > 10 || ![...organ].every(isAsciiUpper)) return false;
  if (!rest.every(isValidComponent)) return false;
  if (!/\d/.test(raw)) return false;
  if (components.length === 2) return SINGLE_NUMBER_SERIES.has(organ) && /^[1-9]\d*$/.test(rest[0]);
  return true;
}

function isValidComponent(component: string): boolean {
  if (component.length === 0 || component.length > 20) return false;
  if (!isAsciiUpper(component[0]) && !isAsciiDigit(component[0])) return false;
  let previousWasJoiner = false;
  for (const ch of component) {
    const joiner = ch === '.' || ch === '-';
    if (!joiner && !isAsciiAlnum(ch)) return false;
    if (joiner && previousWasJoiner) return false;
    previousWasJoiner = joiner;
  }
  return !previousWasJoiner;
}

/** Adds ` (2015)` / ` (XV)` / ` A (III)` to a resolution symbol whose last component is a number. */
function extendWithMarker(text: string, symbol: FullSymbol): void {
  const components = symbol.symbol.split('/');
  if (!components.includes('RES') || !/^\d+$/.test(components[components.length - 1])) return;
  let i = symbol.end;
  // Pre-1976 parts sit before the marker: `A/RES/217 A (III)`.
  let part = '';
  if (isInlineSpace(text[i]) && isAsciiUpper(text[i + 1]) && isInlineSpace(text[i + 2])) {
    part = ` ${text[i + 1]}`;
    i += 2;
  }
  if (isInlineSpace(text[i])) i++;
  const read = readParenMarker(text, i);
  if (!read) return;
  const { marker } = read;
  if (part && marker.kind !== 'roman') return;
  const suffix = marker.kind === 'year' ? String(marker.year) : marker.roman;
  symbol.symbol = `${symbol.symbol}${part} (${suffix})`;
  symbol.end = read.end;
}

// ---------------------------------------------------------------------------------------------
// Number tokens of running-text citations

export type NumberForm =
  /** `74/32`: GA session/number since 1976, HRC session/number, ECOSOC year/number. */
  | { kind: 'slash'; first: number; second: number }
  /** `S-10/2`, `ES-11/1`: special and emergency special sessions. */
  | { kind: 'special'; prefix: 'S' | 'ES'; session: number; second: number }
  /** `2231 (2015)`: Security Council number and year. */
  | { kind: 'year'; number: number; year: number }
  /** `1514 (XV)`: GA (or ECOSOC) before 1976, session in Roman numerals. */
  | { kind: 'roman'; number: number; roman: string };

export interface NumberToken extends Span {
  form: NumberForm;
  /** Part letter of a resolution adopted in parts (`31/16 A`, Arabic `31/16 ألف`), as A–Z. */
  part?: string;
}

/** Letters that may not touch the start of a number (they would make it part of a word or code). */
function blocksNumberStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (isAsciiAlnum(ch) || '/.-_\\:@#%&=?+*'.includes(ch)) return true;
  // Latin and Cyrillic words are separated from numbers by spaces; Han and Arabic text may
  // attach directly ("第68/32", "و70/34"), so only the former block.
  return /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(ch);
}

/** Characters that may not directly follow a token (`74/32/1`, `4/5/2021`, `74/32a`, `1/2.5`). */
function blocksNumberEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  if (isAsciiAlnum(ch) || ch === '/' || ch === '_' || ch === '\\' || ch === '@') return true;
  // A full stop or hyphen is fine at the end of a sentence or clause, not inside a number.
  if ((ch === '.' || ch === ',' || ch === '-' || ch === ':') && isAsciiDigit(text[i + 1])) return true;
  return false;
}

const ARABIC_SPECIAL_PREFIXES: [string, 'S' | 'ES'][] = [
  ['دإط-', 'ES'], // دورة استثنائية طارئة: emergency special session
  ['دإ ط-', 'ES'],
  ['دإ-', 'S'], // دورة استثنائية: special session
];

/** Part letters: Latin capitals, their Cyrillic look-alikes, and the Arabic letter names. */
const CYRILLIC_PART_LETTERS: Record<string, string> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X',
};
const ARABIC_PART_LETTERS: [string, string][] = [
  ['ألف', 'A'], ['باء', 'B'], ['جيم', 'C'], ['دال', 'D'], ['هاء', 'E'],
];

/**
 * Finds citation-shaped numbers. Each position is visited a constant number of times: after a
 * digit run is examined (accepted or not), scanning resumes past it.
 */
export function findNumberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const startsSpecial = ch === 'S' || ch === 'E' || ch === 'د';
    if (!isAsciiDigit(ch) && !startsSpecial) {
      i++;
      continue;
    }
    if (blocksNumberStart(text[i - 1])) {
      i = skipDigitsAndSlashes(text, i + 1);
      continue;
    }
    const token = startsSpecial ? readSpecialToken(text, i) : readNumberToken(text, i);
    if (token) {
      tokens.push(token);
      i = token.end;
    } else {
      i = skipDigitsAndSlashes(text, i + 1);
    }
  }
  return tokens;
}

function skipDigitsAndSlashes(text: string, i: number): number {
  while (i < text.length && (isAsciiDigit(text[i]) || text[i] === '/')) i++;
  return i;
}

/** Reads an unsigned integer without leading zero, at most `maxDigits` long. */
function readInt(text: string, i: number, maxDigits: number): { value: number; end: number } | null {
  let j = i;
  while (j < text.length && isAsciiDigit(text[j])) j++;
  if (j === i || j - i > maxDigits || text[i] === '0') return null;
  return { value: Number(text.slice(i, j)), end: j };
}

/** `S-10/2`, `ES-11/1`, Arabic `دإ-10/2`, `دإط-11/1`. */
function readSpecialToken(text: string, i: number): NumberToken | null {
  let prefix: 'S' | 'ES' | null = null;
  let j = i;
  if (text.startsWith('S-', i)) [prefix, j] = ['S', i + 2];
  else if (text.startsWith('ES-', i)) [prefix, j] = ['ES', i + 3];
  else {
    for (const [written, meaning] of ARABIC_SPECIAL_PREFIXES) {
      if (text.startsWith(written, i)) {
        [prefix, j] = [meaning, i + written.length];
        break;
      }
    }
  }
  if (!prefix) return null;
  const session = readInt(text, j, 2);
  if (!session || text[session.end] !== '/') return null;
  const second = readInt(text, session.end + 1, 3);
  if (!second || blocksNumberEnd(text, second.end)) return null;
  const token: NumberToken = {
    start: i,
    end: second.end,
    form: { kind: 'special', prefix, session: session.value, second: second.value },
  };
  return withPartLetter(text, token);
}

/** `74/32`, `31/16 A`, `2231 (2015)`, `1514 (XV)`, `1991 A (XVIII)`. */
function readNumberToken(text: string, i: number): NumberToken | null {
  const first = readInt(text, i, 4);
  if (!first) return null;
  if (text[first.end] === '/') {
    const second = readInt(text, first.end + 1, 4);
    if (!second || blocksNumberEnd(text, second.end)) return null;
    const token: NumberToken = {
      start: i,
      end: second.end,
      form: { kind: 'slash', first: first.value, second: second.value },
    };
    return withPartLetter(text, token);
  }
  // Parenthesised forms: optional part letter, optional space, then the marker.
  let j = first.end;
  const part = readPartLetter(text, j);
  if (part) j = part.end;
  if (isInlineSpace(text[j])) j++;
  const read = readParenMarker(text, j);
  if (!read || blocksNumberEnd(text, read.end)) return null;
  const form: NumberForm =
    read.marker.kind === 'year'
      ? { kind: 'year', number: first.value, year: read.marker.year }
      : { kind: 'roman', number: first.value, roman: read.marker.roman };
  // Only pre-1976 GA resolutions put a part letter before the marker.
  if (part && form.kind !== 'roman') return null;
  return { start: i, end: read.end, form, part: part?.letter };
}

function withPartLetter(text: string, token: NumberToken): NumberToken {
  const part = readPartLetter(text, token.end);
  return part ? { ...token, end: part.end, part: part.letter } : token;
}

/**
 * A part letter is one space then a lone capital (`31/16 A`) or an Arabic letter name
 * (`31/16 ألف`) that is not the start of a longer word or symbol.
 */
function readPartLetter(text: string, i: number): { letter: string; end: number } | null {
  if (!isInlineSpace(text[i])) return null;
  const at = i + 1;
  const ch = text[at];
  const latin = isAsciiUpper(ch) ? ch : CYRILLIC_PART_LETTERS[ch ?? ''];
  if (latin && endsWord(text, at + 1)) return { letter: latin, end: at + 1 };
  for (const [name, letter] of ARABIC_PART_LETTERS) {
    if (text.startsWith(name, at) && endsWord(text, at + name.length)) return { letter, end: at + name.length };
  }
  return null;
}

/** True when position `i` is not inside a word, number or symbol. */
function endsWord(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return true;
  if (ch === '/' || ch === '.' && /\p{L}/u.test(text[i + 1] ?? '') || ch === '-' || ch === '\'' || ch === '’') return false;
  return !/[\p{L}\p{N}]/u.test(ch);
}
