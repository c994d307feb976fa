/**
 * A unit's Markdown as text and inline codes, and back. `markdownPieces` cuts the Markdown as
 * written into text runs and codes (emphasis and link text open and close around text; note
 * calls, directives, labels, `{-}`, escapes, link targets, code spans and bare URLs stand
 * alone), each code holding its Markdown byte for byte: joining the pieces gives back the exact
 * Markdown. Code ids are numbered in the source's order; a target's codes take the id of the
 * source code they correspond to, so a CAT tool shows them as the same tags.
 */
import { PAIRED_KINDS, type CodeKind, type CodePiece, type InlinePiece } from './model.ts';

interface Scanned {
  type: 'text' | 'open' | 'close' | 'standalone' | 'delimiter';
  text: string;
  kind?: CodeKind;
  /** For delimiter runs: whether they can open or close emphasis. */
  canOpen?: boolean;
  canClose?: boolean;
  /** Pair number linking an open with its close (before ids are given). */
  pair?: number;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** Cuts Markdown into pieces with ids numbered from 1 in order; joining them gives the Markdown back. */
export function markdownPieces(markdown: string): InlinePiece[] {
  const pairCounter = { next: 0 };
  const scanned = scan(markdown, pairCounter);
  return numberCodes(mergeText(scanned));
}

/** The Markdown the pieces stand for: text as it is, each code as its native Markdown. */
export function piecesMarkdown(pieces: InlinePiece[]): string {
  return pieces.map((piece) => (piece.type === 'text' ? piece.text : piece.native ?? '')).join('');
}

/** A code's identity across languages: its kind and, for keyed codes, the Markdown that names it. */
function signature(piece: CodePiece): string {
  const keyed = piece.kind === 'footnote' || piece.kind === 'directive' || piece.kind === 'label' || piece.kind === 'unnumbered' || piece.kind === 'escape';
  return keyed ? `${piece.kind}:${piece.native}` : `${piece.kind}`;
}

/**
 * Gives a target's codes the ids of the source codes they correspond to (same kind and, for
 * keyed codes, the same Markdown; otherwise the next one of the kind in order). Codes without a
 * counterpart get new ids after the source's.
 */
export function matchTargetCodes(source: InlinePiece[], target: InlinePiece[]): InlinePiece[] {
  const sourceCodes = source.filter((p): p is CodePiece => p.type === 'open' || p.type === 'standalone');
  const used = new Set<string>();
  let next = Math.max(0, ...sourceCodes.map((p) => Number(p.id)).filter(Number.isFinite)) + 1;
  const renamed = new Map<string, string>();
  return target.map((piece) => {
    if (piece.type === 'text') return piece;
    if (piece.type === 'close') return { ...piece, id: renamed.get(piece.id) ?? piece.id };
    const wanted = signature(piece);
    const counterpart = sourceCodes.find((code) => !used.has(code.id) && code.type === piece.type && signature(code) === wanted);
    const id = counterpart ? counterpart.id : String(next++);
    if (counterpart) used.add(counterpart.id);
    renamed.set(piece.id, id);
    return { ...piece, id };
  });
}

/** The ids of a list of pieces' opening and standalone codes, in order. */
export function codeIds(pieces: InlinePiece[]): string[] {
  return pieces.filter((p) => p.type === 'open' || p.type === 'standalone').map((p) => (p as CodePiece).id);
}

function numberCodes(scanned: Scanned[]): InlinePiece[] {
  let next = 1;
  const ids = new Map<number, string>();
  return scanned.map((piece): InlinePiece => {
    if (piece.type === 'text' || piece.type === 'delimiter') return { type: 'text', text: piece.text };
    if (piece.type === 'close') return { type: 'close', id: ids.get(piece.pair!)!, kind: piece.kind, native: piece.text };
    const id = String(next++);
    if (piece.type === 'open') ids.set(piece.pair!, id);
    return { type: piece.type, id, kind: piece.kind, native: piece.text };
  });
}

function mergeText(scanned: Scanned[]): Scanned[] {
  const merged: Scanned[] = [];
  for (const piece of scanned) {
    const type = piece.type === 'delimiter' ? 'text' : piece.type;
    const last = merged[merged.length - 1];
    if (type === 'text' && last?.type === 'text') last.text += piece.text;
    else merged.push({ ...piece, type });
  }
  return merged;
}

/** Scans inline Markdown into text, codes and emphasis delimiter runs, then pairs the runs. */
function scan(text: string, pairs: { next: number }): Scanned[] {
  const out: Scanned[] = [];
  const pushText = (value: string) => {
    if (value) out.push({ type: 'text', text: value });
  };
  let i = 0;
  let plainStart = 0;
  const flush = () => {
    pushText(text.slice(plainStart, i));
  };
  while (i < text.length) {
    const char = text[i]!;
    const rest = text.slice(i);
    let match: RegExpExecArray | null;
    if (char === '\\' && i + 1 < text.length && (ESCAPABLE.test(text[i + 1]!) || text[i + 1] === '\n')) {
      flush();
      out.push({ type: 'standalone', kind: 'escape', text: text.slice(i, i + 2) });
      i += 2;
      plainStart = i;
      continue;
    }
    if (char === '`' && (match = /^(`+)[^]*?[^`]\1(?!`)|^(`+)\2(?!`)/.exec(rest))) {
      flush();
      out.push({ type: 'standalone', kind: 'code', text: match[0] });
      i += match[0].length;
      plainStart = i;
      continue;
    }
    if (char === '[' && text[i + 1] === '^' && (match = /^\[\^[^\]\s]+\]/.exec(rest))) {
      flush();
      out.push({ type: 'standalone', kind: 'footnote', text: match[0] });
      i += match[0].length;
      plainStart = i;
      continue;
    }
    if (char === ':' && text[i - 1] !== ':' && (match = /^:[A-Za-z][\w-]*(?=\[)/.exec(rest))) {
      const label = bracketEnd(text, i + match[0].length + 1);
      if (label !== -1) {
        let end = label + 1;
        if (text[end] === '{') {
          const close = text.indexOf('}', end);
          if (close !== -1) end = close + 1;
        }
        flush();
        out.push({ type: 'standalone', kind: 'directive', text: text.slice(i, end) });
        i = end;
        plainStart = i;
        continue;
      }
    }
    if (char === '{' && (match = /^\{(?:#[^\s}]+|-)\}/.exec(rest))) {
      flush();
      out.push({ type: 'standalone', kind: match[0] === '{-}' ? 'unnumbered' : 'label', text: match[0] });
      i += match[0].length;
      plainStart = i;
      continue;
    }
    if (char === '<' && (match = /^<(?:https?|mailto):[^\s<>]*>/i.exec(rest))) {
      flush();
      out.push({ type: 'standalone', kind: 'url', text: match[0] });
      i += match[0].length;
      plainStart = i;
      continue;
    }
    if ((char === 'h' || char === 'w') && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && (match = /^(?:https?:\/\/|www\.)[^\s<]+/.exec(rest))) {
      let url = match[0];
      // GFM leaves trailing punctuation and an unbalanced closing parenthesis out of the link.
      for (;;) {
        const trimmed = url.replace(/[?!.,:*_~'"]+$/, '');
        const unbalanced = trimmed.endsWith(')') && (trimmed.match(/\)/g)?.length ?? 0) > (trimmed.match(/\(/g)?.length ?? 0);
        const next = unbalanced ? trimmed.slice(0, -1) : trimmed;
        if (next === url) break;
        url = next;
      }
      flush();
      out.push({ type: 'standalone', kind: 'url', text: url });
      i += url.length;
      plainStart = i;
      continue;
    }
    if (char === '[' || (char === '!' && text[i + 1] === '[')) {
      const open = char === '!' ? i + 1 : i;
      const close = bracketEnd(text, open + 1);
      const after = close === -1 ? '' : text.slice(close + 1);
      const destination = /^\((?:[^()\\\s]|\\.|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)|^\[[^\]]*\]/.exec(after);
      if (close !== -1 && destination) {
        flush();
        const pair = pairs.next++;
        const kind: CodeKind = char === '!' ? 'image' : 'link';
        out.push({ type: 'open', kind, text: text.slice(i, open + 1), pair });
        out.push(...scan(text.slice(open + 1, close), pairs).map((p): Scanned => (p.type === 'delimiter' ? { type: 'text', text: p.text } : p)));
        out.push({ type: 'close', kind, text: ']', pair });
        out.push({ type: 'standalone', kind: 'link-target', text: destination[0] });
        i = close + 1 + destination[0].length;
        plainStart = i;
        continue;
      }
    }
    if (char === '*' || char === '_') {
      let end = i;
      while (text[end] === char) end++;
      const before = text[i - 1] ?? ' ';
      const after = text[end] ?? ' ';
      const leftFlanking = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
      const rightFlanking = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
      const canOpen = char === '*' ? leftFlanking : leftFlanking && (!rightFlanking || PUNCTUATION.test(before));
      const canClose = char === '*' ? rightFlanking : rightFlanking && (!leftFlanking || PUNCTUATION.test(after));
      flush();
      out.push({ type: 'delimiter', text: text.slice(i, end), canOpen, canClose });
      i = end;
      plainStart = i;
      continue;
    }
    i++;
  }
  flush();
  pairDelimiters(out, pairs);
  return out;
}

/** Turns matching delimiter runs (same character, same length) into emphasis codes; the rest stay text. */
function pairDelimiters(pieces: Scanned[], pairs: { next: number }): void {
  const openers: number[] = [];
  pieces.forEach((piece, index) => {
    if (piece.type !== 'delimiter') return;
    if (piece.canClose) {
      let at = openers.length - 1;
      while (at >= 0 && pieces[openers[at]!]!.text !== piece.text) at--;
      if (at !== -1) {
        const opener = pieces[openers[at]!]!;
        const kind: CodeKind = piece.text.length === 1 ? 'emphasis' : piece.text.length === 2 ? 'strong' : 'strong-emphasis';
        const pair = pairs.next++;
        Object.assign(opener, { type: 'open', kind, pair });
        Object.assign(piece, { type: 'close', kind, pair });
        openers.length = at; // openers between them can no longer close
        return;
      }
    }
    if (piece.canOpen) openers.push(index);
  });
}

/** Index of the `]` closing a bracket whose content starts at `from` (escapes and nesting respected), or -1. */
function bracketEnd(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return i;
    else if (char === '\n' && text[i + 1] === '\n') return -1;
  }
  return -1;
}

/** Whether a code kind opens and closes around text. */
export function isPaired(kind: CodeKind | undefined): boolean {
  return kind !== undefined && PAIRED_KINDS.has(kind);
}

/** What a code stands for, told from its Markdown (for codes read back without a type). */
export function kindOfNative(type: 'open' | 'close' | 'standalone', native: string): CodeKind | undefined {
  if (type !== 'standalone') {
    if (native === '[' || native === ']') return 'link';
    if (native === '![') return 'image';
    if (/^[*_]$/.test(native)) return 'emphasis';
    if (/^(\*\*|__)$/.test(native)) return 'strong';
    if (/^[*_]{3,}$/.test(native)) return 'strong-emphasis';
    return undefined;
  }
  const alone = markdownPieces(native);
  if (alone.length === 1 && alone[0]!.type === 'standalone') return alone[0]!.kind;
  const piece = markdownPieces(`[x]${native}`)[3];
  return piece && piece.type === 'standalone' && piece.native === native ? piece.kind : undefined;
}
