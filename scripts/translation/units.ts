/**
 * Translation units: the pieces of an edition a translator translates one by one, each with the
 * id it has in every language (`para-12`, `para-12-a`, `pp-3`, `annex-1-para-2`, `fn-4`,
 * `table-1-r2-c3` …) and where its text is in the edition's file, as written. Staleness, XLIFF,
 * QA and the parallel edition all read editions through this one list.
 *
 * A unit's text is its own words: a paragraph without the sub-items under it, a heading without
 * its `#`, a table cell without its pipes. A note called twice in a resolution is one unit, at
 * its first number. Text Hexapla writes itself (annex and table labels, masthead notes) is not a
 * unit: it comes from the locale files.
 */
import { createHash } from 'node:crypto';
import type { Node, Parent } from 'unist';
import type { ProcessedEdition } from '../process.ts';
import type { UnitKind } from '../structure/model.ts';

export type TranslationUnitKind = UnitKind | 'title' | 'subtitle' | 'cell' | 'annex-title' | 'table-title' | 'table-note';

/** Where some of a unit's text is: offsets into the edition file's text (LF line ends). */
export interface TextRange {
  start: number;
  end: number;
}

export interface TranslationUnit {
  id: string;
  kind: TranslationUnitKind;
  /** Line of the unit's first text in the file. */
  line: number;
  /** Its text in the file: one range, or several (a note or a table's source and notes of several paragraphs). */
  ranges: TextRange[];
  /** The ranges' text as written, joined by a blank line. */
  text: string;
  /**
   * What starts each of its lines after the first when the unit sits in a block quote (`> `):
   * Markdown, not text. Tools show the text without it (withoutLinePrefixes) and put it back
   * after each line end they write.
   */
  linePrefix?: string;
}

/** A line end followed by block-quote markers (and the blanks around them). */
const LINE_PREFIX = /\n([ \t]*(?:>[ \t]?)+)/g;

/** A unit's text with the block-quote markers that open its continuation lines taken out. */
export function withoutLinePrefixes(text: string): string {
  return text.includes('>') ? text.replace(LINE_PREFIX, '\n') : text;
}

interface Positioned {
  position?: { start: { offset?: number; line: number }; end: { offset?: number } };
}
interface UnitNodeData {
  unit?: string;
  table?: { id: string; title: Node[] };
  tableNotes?: { id: string; children: Node[] }[];
}

/**
 * The units of one processed edition, in document order. `fileText` is the edition file's
 * whole text (front matter included), as loaded.
 */
export function translationUnits(processed: ProcessedEdition, fileText: string): TranslationUnit[] {
  const { edition } = processed;
  const bodyStart = fileText.length - edition.body.length;
  const units = new Map<string, TranslationUnit>();
  const claimed = new Set<number>();
  const kinds = new Map(processed.structure.units.map((unit) => [unit.id, unit.kind]));

  const add = (id: string, kind: TranslationUnitKind, start: number, end: number, line: number) => {
    // Trim blank space at either end: it is layout, not text.
    while (start < end && /\s/.test(fileText[start]!)) start++;
    while (end > start && /\s/.test(fileText[end - 1]!)) end--;
    if (end <= start || claimed.has(start)) return; // a repeated note shows the same text again
    claimed.add(start);
    const unit = units.get(id) ?? { id, kind, line, ranges: [], text: '' };
    unit.ranges.push({ start, end });
    units.set(id, unit);
  };

  for (const field of ['title', 'subtitle'] as const) {
    const range = frontMatterValue(fileText, bodyStart, field);
    if (range) add(field, field, range.start, range.end, lineAt(fileText, range.start));
  }

  const offsets = (node: Node): [number, number] | undefined => {
    const position = (node as Positioned).position;
    if (position?.start.offset === undefined || position.end.offset === undefined) return undefined;
    return [bodyStart + position.start.offset, bodyStart + position.end.offset];
  };
  const lineOf = (node: Node) => (node as Positioned).position!.start.line;

  const walk = (node: Node, owner: string | undefined, cell?: string) => {
    const data = (node.data ?? {}) as UnitNodeData;
    if (data.unit) owner = data.unit;
    const type = node.type as string;
    if (type === 'hexaplaAnnex') {
      // The annex's title is the label of its `::annex[…]` line.
      const id = (data as { hProperties?: { id?: string } }).hProperties?.id;
      const at = offsets(node);
      const label = at && bracketLabel(fileText, at[0], at[1]);
      if (id && label) add(`${id}-title`, 'annex-title', label.start, label.end, lineOf(node));
    }
    if (data.table && owner) {
      const at = offsets(node);
      const label = at && bracketLabel(fileText, at[0], fileText.indexOf('\n', at[0]) === -1 ? at[1] : fileText.indexOf('\n', at[0]));
      if (label && at) add(`${data.table.id}-title`, 'table-title', label.start, label.end, lineOf(node));
    }
    if (type === 'table' && owner) {
      (node as Parent).children.forEach((row, r) =>
        (row as Parent).children.forEach((tableCell, c) => walk(tableCell, owner, `${owner}-r${r + 1}-c${c + 1}`)),
      );
      return;
    }
    if (type === 'tableCell' && cell) {
      const at = offsets(node);
      if (at) {
        let [start, end] = at;
        if (fileText[start] === '|') start++;
        if (fileText[end - 1] === '|' && fileText[end - 2] !== '\\') end--;
        add(cell, 'cell', start, end, lineOf(node));
      }
      return;
    }
    if ((type === 'paragraph' || type === 'heading') && owner) {
      const at = offsets(node);
      if (at && !(node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) {
        let [start, end] = at;
        if (type === 'heading') {
          const written = fileText.slice(start, end);
          start += /^#{1,6}[ \t]*/.exec(written)?.[0].length ?? 0;
          end -= /[ \t]+#+[ \t]*$/.exec(written)?.[0].length ?? 0;
        }
        add(owner, (kinds.get(owner) ?? 'paragraph') as TranslationUnitKind, start, end, lineOf(node));
        return; // its phrasing content is its own text
      }
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child, owner, cell);
    for (const note of data.tableNotes ?? []) for (const child of note.children) walk(child, note.id, undefined);
  };
  walk(processed.tree, undefined);

  // Table notes are visited after their table's cells; document order is the order of the text.
  const list = [...units.values()].sort((a, b) => a.ranges[0]!.start - b.ranges[0]!.start);
  for (const unit of list) {
    unit.ranges.sort((a, b) => a.start - b.start);
    unit.text = unit.ranges.map((range) => fileText.slice(range.start, range.end)).join('\n\n');
    const prefix = /\n([ \t]*(?:>[ \t]?)+)/.exec(unit.text)?.[1];
    if (prefix) unit.linePrefix = prefix;
    if (unit.id.includes('-note-') && unit.kind !== 'note') unit.kind = 'table-note';
  }
  return list;
}

/**
 * What a unit's hash is taken over: its text with every run of blank space made one space, so
 * that re-wrapping the lines of a paragraph (in a block quote too) does not make its
 * translations stale.
 */
export function normalisedUnitText(text: string): string {
  return withoutLinePrefixes(text).replace(/\s+/g, ' ').trim();
}

/** The hash recorded for a unit of the original: sha256 of its normalised text, 16 hex digits. */
export function unitHash(text: string): string {
  return createHash('sha256').update(normalisedUnitText(text)).digest('hex').slice(0, 16);
}

/** The value of a one-line `field: value` in the front matter (quotes left out). */
function frontMatterValue(text: string, bodyStart: number, field: string): TextRange | undefined {
  const match = new RegExp(`^${field}:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(text.slice(0, bodyStart));
  if (!match || !match[1]) return undefined;
  let start = match.index + match[0].indexOf(match[1], field.length + 1);
  let end = start + match[1].length;
  const first = text[start];
  if ((first === '"' || first === "'") && text[end - 1] === first && end - start >= 2) {
    start++;
    end--;
  }
  return { start, end };
}

/** The text between the first `[` and its matching `]` in text[from, to). */
function bracketLabel(text: string, from: number, to: number): TextRange | undefined {
  const open = text.indexOf('[', from);
  if (open === -1 || open >= to) return undefined;
  let depth = 0;
  for (let i = open; i < to; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return { start: open + 1, end: i };
  }
  return undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
