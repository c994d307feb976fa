/**
 * Cross-language parity: every edition of a document must have the same structure as the
 * original-language one — the same paragraphs (numbered, unnumbered, preambular), sub-items,
 * headings (count and level), tables (rows × columns), annexes and signature, with the same notes
 * called from the same places — so "para. 16 (b)" or "note 3" means the same thing in all six
 * languages. A structural difference is an error that names both editions; a difference in the
 * symbols a unit cites is a warning.
 */
import { problem, type Diagnostic } from '../diagnostics.ts';
import type { LanguageCode } from '../languages/index.ts';
import type { Outline, OutlineUnit } from '../structure/outline.ts';

export interface EditionOutline {
  lang: LanguageCode;
  file: string;
  outline: Outline;
}

/** Units that stand in the flow of the text (sub-items are compared inside their paragraph). */
const BLOCK_KINDS = new Set(['paragraph', 'preamble', 'heading', 'quote', 'table', 'annex', 'signature']);

/** Compares every edition with the first (the original-language one). */
export function checkParity(documentId: string, editions: EditionOutline[]): Diagnostic[] {
  const [reference, ...others] = editions;
  if (!reference) return [];
  const diagnostics: Diagnostic[] = [];
  for (const other of others) diagnostics.push(...comparePair(documentId, reference, other));
  return diagnostics;
}

function comparePair(documentId: string, a: EditionOutline, b: EditionOutline): Diagnostic[] {
  const left = a.outline.units.filter((u) => BLOCK_KINDS.has(u.kind));
  const right = b.outline.units.filter((u) => BLOCK_KINDS.has(u.kind));
  const diagnostics: Diagnostic[] = [];
  const where = `${documentId}: editions "${a.lang}" and "${b.lang}"`;
  const at = (unit: OutlineUnit | undefined, edition: EditionOutline) => `${edition.file}${unit?.line ? `:${unit.line}` : ''}`;
  const structural = (rule: string, unit: OutlineUnit, detail: string, otherUnit: OutlineUnit | undefined) =>
    problem(rule, `${where} part at ${describe(unit)}: ${detail}`, { file: b.file, line: otherUnit?.line ?? unit.line }, `make ${b.file} and ${a.file} agree here (${at(unit, a)} and ${at(otherUnit, b)})`);

  // Same units in the same order (ids may differ where a heading changed level or a paragraph
  // lost its number: those are reported below, unit by unit). Otherwise find where they part.
  const sameShape = left.length === right.length && left.every((unit, i) => unit.kind === right[i]!.kind);
  if (!sameShape) {
    const gap = firstUnpaired(left, right);
    const [longer, side, otherSide] = gap.side === 'first' ? [left, 'first', 'second'] : [right, 'second', 'first'];
    const unit = longer[gap.index]!;
    const counterpart = gap.side === 'first' ? right[Math.min(gap.index, right.length - 1)] : left[Math.min(gap.index, left.length - 1)];
    const count = (units: OutlineUnit[]) => units.filter((u) => sameCategory(u, unit)).length;
    const detail = `the first has ${count(left)} ${plural(unit)}, the second ${count(right)}; ${describe(unit)} of the ${side} has no counterpart in the ${otherSide}`;
    diagnostics.push(
      problem(
        'parity/structure',
        `${where} part at ${describe(unit)}: ${detail}`,
        { file: b.file, line: (gap.side === 'second' ? unit : counterpart)?.line },
        `make ${b.file} and ${a.file} have the same ${plural(unit)} (see ${describe(unit)}: ${gap.side === 'first' ? at(unit, a) : at(unit, b)})`,
      ),
    );
    return diagnostics;
  }

  left.forEach((unit, index) => {
    const otherUnit = right[index]!;
    if (unit.subItems.join(', ') !== otherUnit.subItems.join(', ')) {
      diagnostics.push(structural('parity/sub-items', unit, `sub-items differ (${unit.subItems.join(', ') || 'none'} vs ${otherUnit.subItems.join(', ') || 'none'})`, otherUnit));
    }
    if (unit.kind === 'heading' && unit.level !== otherUnit.level) {
      diagnostics.push(structural('parity/heading-level', unit, `the heading is level ${unit.level} in the first and level ${otherUnit.level} in the second`, otherUnit));
    }
    if (unit.numbered !== otherUnit.numbered) {
      diagnostics.push(structural('parity/numbering', unit, `it is ${unit.numbered ? 'numbered' : 'unnumbered'} in the first and ${otherUnit.numbered ? 'numbered' : 'unnumbered'} in the second`, otherUnit));
    }
    const shape = (u: OutlineUnit) => (u.shape ? `${u.shape[0]} rows × ${u.shape[1]} columns` : 'no table');
    if (unit.kind === 'table' && shape(unit) !== shape(otherUnit)) {
      diagnostics.push(structural('parity/table-shape', unit, `the table has ${shape(unit)} in the first and ${shape(otherUnit)} in the second`, otherUnit));
    }
    if (unit.notes.join(', ') !== otherUnit.notes.join(', ')) {
      diagnostics.push(
        structural(
          'parity/notes',
          unit,
          `it calls ${noteList(unit.notes)} in the first (${at(unit, a)}) and ${noteList(otherUnit.notes)} in the second (${at(otherUnit, b)})`,
          otherUnit,
        ),
      );
    }
    if (unit.symbols.join(' ') !== otherUnit.symbols.join(' ')) {
      diagnostics.push(
        problem(
          'parity/symbols',
          `${documentId}: ${describe(unit)} links different symbols in "${a.lang}" (${at(unit, a)}: ${unit.symbols.join(', ') || 'none'}) and "${b.lang}" (${at(otherUnit, b)}: ${otherUnit.symbols.join(', ') || 'none'})`,
          { file: b.file, line: otherUnit.line },
          'check the citations of both editions; write :symbol[…]{s="…"} or :nolink[…] where the linker read one wrongly',
          'warning',
        ),
      );
    }
  });
  // Sub-items call notes too: compare them unit by unit.
  const subLeft = a.outline.units.filter((u) => u.kind === 'subitem');
  const subRight = new Map(b.outline.units.filter((u) => u.kind === 'subitem').map((u) => [u.id, u]));
  for (const unit of subLeft) {
    const otherUnit = subRight.get(unit.id);
    if (otherUnit && unit.notes.join(', ') !== otherUnit.notes.join(', ')) {
      diagnostics.push(structural('parity/notes', unit, `it calls ${noteList(unit.notes)} in the first and ${noteList(otherUnit.notes)} in the second`, otherUnit));
    }
  }
  return diagnostics;
}

function noteList(notes: string[]): string {
  if (notes.length === 0) return 'no note';
  return `${notes.length === 1 ? 'note' : 'notes'} ${notes.map((n) => n.replace(/^fn-/, '')).join(', ')}`;
}

/** "paragraph 20", "annex 1, paragraph 3", "preambular paragraph 2", "heading section-1-2" … */
export function describe(unit: OutlineUnit): string {
  const annex = /^annex-(\d+)-/.exec(unit.id)?.[1];
  const inAnnex = annex ? `annex ${annex}, ` : '';
  switch (unit.kind) {
    case 'paragraph':
      return unit.number !== undefined ? `${inAnnex}paragraph ${unit.number}` : `${inAnnex}unnumbered paragraph ${unit.id.replace(/^.*text-/, '')}`;
    case 'preamble':
      return `${inAnnex}preambular paragraph ${unit.id.replace(/^.*pp-/, '')}`;
    case 'heading':
      return `${inAnnex}heading ${unit.id.replace(/^annex-\d+-/, '')}`;
    case 'table':
      return unit.number !== undefined ? `table ${unit.number}` : `table ${unit.id}`;
    case 'annex':
      return `annex ${unit.number}`;
    case 'subitem':
      return `sub-item ${unit.id}`;
    case 'quote':
      return `${inAnnex}quotation ${unit.id.replace(/^.*quote-/, '')}`;
    default:
      return `${inAnnex}${unit.kind}`;
  }
}

function sameCategory(a: OutlineUnit, b: OutlineUnit): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'paragraph') return (a.number !== undefined) === (b.number !== undefined);
  return true;
}

function plural(unit: OutlineUnit): string {
  switch (unit.kind) {
    case 'paragraph':
      return unit.number !== undefined ? 'numbered paragraphs' : 'unnumbered paragraphs';
    case 'preamble':
      return 'preambular paragraphs';
    case 'quote':
      return 'quotations';
    default:
      return `${unit.kind}s`;
  }
}

/** What leaving a unit unpaired costs, against pairing two that do not match (about 1 or more). */
const GAP_COST = 1;

/**
 * The first unit that an alignment of the two editions leaves without a partner. Ids alone cannot
 * tell where a paragraph went missing (the numbers after it shift), so the lists are aligned the
 * way translation aligners (Gale–Church) do: by dynamic programming over a pairing cost made of
 * the kind of unit, relative text length, cited symbols, sub-items and notes. Quadratic in units.
 */
function firstUnpaired(a: OutlineUnit[], b: OutlineUnit[]): { side: 'first' | 'second'; index: number } {
  const paired = Math.min(a.length, b.length);
  const ratio = median(a.slice(0, paired).map((u, i) => (b[i]!.length + 1) / (u.length + 1))) || 1;
  const pairCost = (x: OutlineUnit, y: OutlineUnit) =>
    (x.kind !== y.kind ? 10 : 0) +
    (x.kind === 'heading' && x.level !== y.level ? 2 : 0) +
    Math.abs(Math.log((y.length / ratio + 20) / (x.length + 20))) +
    (x.symbols.join(' ') === y.symbols.join(' ') ? 0 : 1) +
    (x.subItems.length === y.subItems.length ? 0 : 1) +
    (x.notes.length === y.notes.length ? 0 : 1);
  const cost: Float64Array[] = Array.from({ length: a.length + 1 }, () => new Float64Array(b.length + 1));
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) cost[i]![j] = (i + j) * GAP_COST;
      else cost[i]![j] = Math.min(cost[i - 1]![j - 1]! + pairCost(a[i - 1]!, b[j - 1]!), cost[i - 1]![j]! + GAP_COST, cost[i]![j - 1]! + GAP_COST);
    }
  }
  // Walk back from the end; the last gap met is the first one in document order.
  let first: { side: 'first' | 'second'; index: number } = a.length > b.length ? { side: 'first', index: a.length - 1 } : { side: 'second', index: b.length - 1 };
  for (let i = a.length, j = b.length; i > 0 || j > 0; ) {
    if (i > 0 && j > 0 && cost[i]![j] === cost[i - 1]![j - 1]! + pairCost(a[i - 1]!, b[j - 1]!)) {
      i--;
      j--;
    } else if (i > 0 && cost[i]![j] === cost[i - 1]![j]! + GAP_COST) {
      first = { side: 'first', index: --i };
    } else {
      first = { side: 'second', index: --j };
    }
  }
  return first;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}
