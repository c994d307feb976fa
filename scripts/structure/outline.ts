/**
 * The outline of a processed edition: each unit of its structure with what the cross-language
 * checks compare — the length of its own text, the symbols it links, the notes it calls, a
 * table's rows × columns. Plain data, read from the finished tree in one walk.
 */
import type { Root, Table } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { NotesData } from '../transform/footnotes.ts';
import type { DocumentStructure, Unit } from './model.ts';

export interface OutlineUnit extends Unit {
  /** Characters of the unit's own text, spaces left out: lets parity align editions by length. */
  length: number;
  /** Symbols linked in the unit's own text, in order. */
  symbols: string[];
  /** Notes called from the unit's own text (fn-3 …), in order. */
  notes: string[];
  /** Sub-items that belong to it, in order (para-5-a, para-5-a-i …). */
  subItems: string[];
  /** Rows × columns, for tables. */
  shape?: [number, number];
}

export interface Outline {
  units: OutlineUnit[];
  /** The paragraph units (numbered or not), for summaries. */
  paragraphs: OutlineUnit[];
}

interface NodeData {
  unit?: string;
  hProperties?: { dataSymbol?: string };
  noteId?: string;
}

export function extractOutline(tree: Root, structure: DocumentStructure, notes?: NotesData): Outline {
  const units = structure.units.map((unit): OutlineUnit => ({ ...unit, length: 0, symbols: [], notes: [], subItems: [] }));
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  for (const unit of units) if (unit.kind === 'subitem' && unit.parent) byId.get(rootOf(unit, byId))?.subItems.push(unit.id);
  for (const call of notes?.calls ?? []) if (call.unit) byId.get(call.unit)?.notes.push(call.noteId);

  visitParents(tree, (node, ancestors) => {
    const data = node.data as NodeData | undefined;
    if (node.type === 'table' && data?.unit) {
      const table = node as Table;
      const unit = byId.get(data.unit);
      if (unit) unit.shape = [table.children.length, Math.max(0, ...table.children.map((row) => row.children.length))];
    }
    const isSymbol = node.type === 'link' && data?.hProperties?.dataSymbol;
    if (node.type !== 'text' && !isSymbol) return;
    let owner: OutlineUnit | undefined;
    for (let i = ancestors.length - 1; i >= 0 && !owner; i--) {
      const id = (ancestors[i]!.data as NodeData | undefined)?.unit;
      if (id) owner = byId.get(id);
    }
    if (!owner) return;
    if (isSymbol) owner.symbols.push(data!.hProperties!.dataSymbol!);
    else owner.length += (node as { value: string }).value.replace(/[\s\u00AD]+/g, '').length;
  });
  return { units, paragraphs: units.filter((unit) => unit.kind === 'paragraph') };
}

/** The paragraph (or other unit) a sub-item ultimately belongs to. */
function rootOf(unit: Unit, byId: Map<string, Unit>): string {
  let current = unit;
  while (current.kind === 'subitem' && current.parent && byId.has(current.parent)) current = byId.get(current.parent)!;
  return current.id;
}
