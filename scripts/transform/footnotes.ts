/**
 * Footnote transform: GFM notes (`text.[^key]` and `[^key]: note text`) numbered by Hexapla,
 * not by Paged.js counters — 1, 2, 3 … through the whole document, annexes included, in the order
 * of first call. Elsewhere a second call of the same note reuses its number; in resolutions it is
 * a new note with the same text, as the UN does. A definition inside a `:::table` block is a note
 * to that table, lettered a, b, c … below it. The note `[^title]` belongs to the title and is
 * marked with an asterisk, after the masthead's own notes (a reissue, the provisional agenda).
 *
 * Calls become `<sup class="footnote-ref"><a role="doc-noteref" href="#fn-N">N</a></sup>`; the
 * notes are gathered at the end of the text in a notes section (its heading from the locale),
 * each `role="doc-footnote"` with `id="fn-N"` and a link back. They stay mdast until rendering,
 * so citations, `:term[]` and `:ref[]` inside notes are handled by the same transforms.
 */
import type { BlockContent, FootnoteDefinition, Parent, Root } from 'mdast';
import type { Node } from 'unist';
import type { ContainerDirective } from 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import type { Unit } from '../structure/model.ts';
import { countIn } from './labels.ts';
import { Replacements } from './nodes.ts';

export interface FootnoteOptions {
  /** `repeat` in resolutions: every call is a note of its own. */
  repeatedCalls: 'reuse' | 'repeat';
  /** How a note's number is written at the call and before the note: "{{number}}", or "({{number}})" in Arabic. */
  callFormat: string;
  /** The notes section's heading, from the locale. */
  heading: string;
  /** The back link's accessible name for note N. */
  backLink: (marker: string) => string;
  /** Notes the masthead makes (reissue, provisional agenda), already marked *, **. */
  mastheadNotes: { id: string; marker: string; children: BlockContent[] }[];
}

/** A call's place and note, for parity and later tools. */
export interface NoteCall {
  noteId: string;
  /** The unit (paragraph, sub-item, table …) that holds the call. */
  unit?: string;
}

export interface NotesData {
  calls: NoteCall[];
  /** Page notes in order (masthead notes first). */
  notes: { id: string; marker: string; line?: number }[];
}

declare module 'vfile' {
  interface DataMap {
    notes: NotesData;
  }
}

export const TITLE_NOTE = 'title';

interface TableNotes {
  container: ContainerDirective;
  tableId: string;
  letters: Map<string, string>;
  notes: { id: string; letter: string; children: BlockContent[] }[];
}

export function remarkFootnotes(options: FootnoteOptions) {
  return (tree: Root, file: VFile) => {
    // 1. Take every definition out of the flow, remembering which table (if any) holds it.
    const definitions = new Map<string, { node: FootnoteDefinition; table?: ContainerDirective }>();
    const removals = new Replacements();
    visitParents(tree, 'footnoteDefinition', (node, ancestors) => {
      const parent = ancestors[ancestors.length - 1] as Parent;
      const table = [...ancestors].reverse().find((a): a is ContainerDirective => a.type === 'containerDirective' && (a as ContainerDirective).name === 'table');
      if (ancestors.some((a) => a.type === 'footnoteDefinition')) {
        report(file, node, 'footnote/nested', 'a note inside a note', 'write notes one after the other, each starting a line with [^key]:');
      }
      definitions.set(node.identifier, { node, table });
      removals.replace(parent, node, []);
    });
    removals.apply();

    // 2. Number the calls in document order.
    const pageNotes: { id: string; marker: string; children: BlockContent[]; refs: string[]; line?: number }[] = [];
    const numberByKey = new Map<string, number>();
    const tables = new Map<ContainerDirective, TableNotes>();
    const calls: NoteCall[] = [];
    const replacements = new Replacements();
    let next = 0;
    const seen = new Set<string>();
    visitParents(tree, 'footnoteReference', (node, ancestors) => {
      const parent = ancestors[ancestors.length - 1] as Parent;
      const definition = definitions.get(node.identifier);
      if (!definition) return; // accept.ts reported it
      const unit = [...ancestors].reverse().map((a) => (a.data as { unit?: string } | undefined)?.unit).find(Boolean);
      if (definition.table) {
        const inTable = ancestors.includes(definition.table);
        if (!inTable) {
          report(file, node, 'footnote/table-note-outside', `note [^${node.label}] belongs to a table, but is called outside it`, 'call a table note from its own table, or move its definition out of the :::table block to make it a footnote');
          return;
        }
        const notes = tableNotesOf(tables, definition.table);
        let letter = notes.letters.get(node.identifier);
        if (!letter) {
          letter = countIn('latin', notes.letters.size + 1);
          notes.letters.set(node.identifier, letter);
          notes.notes.push({ id: `${notes.tableId}-note-${letter}`, letter, children: definition.node.children as BlockContent[] });
        }
        replacements.replace(parent, node, [tableNoteCall(`${notes.tableId}-note-${letter}`, letter) as Node]);
        return;
      }
      let number = options.repeatedCalls === 'reuse' ? numberByKey.get(node.identifier) : undefined;
      let refId: string;
      if (number === undefined) {
        number = ++next;
        numberByKey.set(node.identifier, number);
        refId = `fnref-${number}`;
        // A repeated call in a resolution prints the same text again, in a note of its own.
        const children = seen.has(node.identifier) ? structuredClone(definition.node.children) : definition.node.children;
        seen.add(node.identifier);
        pageNotes.push({ id: `fn-${number}`, marker: formatCall(options.callFormat, number), children: children as BlockContent[], refs: [refId], line: definition.node.position?.start.line });
      } else {
        const note = pageNotes[number - 1]!;
        refId = `fnref-${number}-${note.refs.length + 1}`;
        note.refs.push(refId);
      }
      calls.push({ noteId: `fn-${number}`, unit });
      replacements.replace(parent, node, [noteCall(`fn-${number}`, refId, formatCall(options.callFormat, number)) as Node]);
    });
    replacements.apply();

    // 3. Table notes go below their tables; the title's note joins the masthead's.
    for (const notes of tables.values()) {
      notes.container.data = { ...notes.container.data, tableNotes: notes.notes } as ContainerDirective['data'];
    }
    const mastheadNotes = [...options.mastheadNotes];
    const titleNote = definitions.get(TITLE_NOTE);
    if (titleNote && !titleNote.table) {
      mastheadNotes.push({ id: 'fn-title', marker: '*'.repeat(mastheadNotes.length + 1), children: titleNote.node.children as BlockContent[] });
    }
    const all = [
      ...mastheadNotes.map((n) => ({ ...n, refs: [] as string[], line: undefined as number | undefined })),
      ...pageNotes,
    ];
    file.data.notes = { calls, notes: all.map(({ id, marker, line }) => ({ id, marker, line })) };
    // Notes are units too: later tools address them (fn-3) and the outline reads their text.
    file.data.structure?.units.push(...all.map((note) => ({ id: note.id, kind: 'note' as const, part: 'notes', numbered: true, line: note.line })));
    if (all.length === 0) return;
    tree.children.push(notesSection(all, options) as never);
  };
}

function tableNotesOf(tables: Map<ContainerDirective, TableNotes>, container: ContainerDirective): TableNotes {
  let notes = tables.get(container);
  if (!notes) {
    const tableId = (container.data as { table?: { id: string } } | undefined)?.table?.id ?? 'table';
    notes = { container, tableId, letters: new Map(), notes: [] };
    tables.set(container, notes);
  }
  return notes;
}

function formatCall(format: string, number: number): string {
  return format.replace('{{number}}', String(number));
}

/** `<sup class="footnote-ref"><a role="doc-noteref" …>N</a></sup>`, as hast the renderer passes through. */
function noteCall(noteId: string, refId: string, marker: string) {
  return {
    type: 'hexaplaNoteCall',
    data: {
      noteId,
      hName: 'sup',
      hProperties: { className: ['footnote-ref'] },
      hChildren: [{ type: 'element', tagName: 'a', properties: { href: `#${noteId}`, id: refId, role: 'doc-noteref', dataNote: noteId }, children: [{ type: 'text', value: marker }] }],
    },
  };
}

function tableNoteCall(noteId: string, letter: string) {
  return {
    type: 'hexaplaNoteCall',
    data: {
      noteId,
      hName: 'sup',
      hProperties: { className: ['table-note-ref'] },
      hChildren: [{ type: 'element', tagName: 'a', properties: { href: `#${noteId}` }, children: [{ type: 'text', value: letter }] }],
    },
  };
}

/** The notes at the end of the text: each opens with its marker and ends with its back links. */
function notesSection(notes: { id: string; marker: string; children: BlockContent[]; refs: string[] }[], options: FootnoteOptions) {
  const label = (className: string, value: string, extra: Record<string, unknown> = {}, tag = 'span') => ({
    type: 'hexaplaLabel',
    value,
    data: { hName: tag, hProperties: { className: [className], ...extra }, hChildren: [{ type: 'text', value }] },
  });
  return {
    type: 'hexaplaNotes',
    data: { hName: 'section', hProperties: { className: ['footnotes'], role: 'doc-endnotes', ariaLabelledBy: 'footnotes-heading' } },
    children: [
      label('footnotes-heading', options.heading, { id: 'footnotes-heading' }, 'h2'),
      ...notes.map((note) => {
        const blocks: BlockContent[] = note.children.length > 0 && note.children[0]!.type === 'paragraph' ? note.children : [{ type: 'paragraph', children: [] }, ...note.children];
        const first = blocks[0] as Parent;
        first.children.unshift(label('footnote-marker', note.marker) as never);
        const last = blocks[blocks.length - 1]!;
        const backLinks = note.refs.map((ref) => label('footnote-back', '↩', { href: `#${ref}`, role: 'doc-backlink', ariaLabel: options.backLink(note.marker) }, 'a'));
        if (last.type === 'paragraph') last.children.push(...(backLinks as never[]));
        else blocks.push({ type: 'paragraph', children: backLinks as never[] });
        return {
          type: 'hexaplaNote',
          data: { unit: note.id, hName: 'div', hProperties: { id: note.id, role: 'doc-footnote', className: ['footnote'], dataMarker: note.marker } },
          children: blocks,
        };
      }),
    ],
  };
}

/** The units of an edition that call each note, for parity. */
export function notesByUnit(calls: NoteCall[], units: Unit[]): Map<string, string[]> {
  const byUnit = new Map<string, string[]>(units.map((u) => [u.id, []]));
  for (const call of calls) if (call.unit) byUnit.get(call.unit)?.push(call.noteId);
  return byUnit;
}
