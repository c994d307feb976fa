/**
 * The structure of an edition as plain data: its addressable units (numbered and preambular
 * paragraphs, sub-items, headings, tables, notes, annexes, the signature), each with an id that
 * means the same thing in every language (`para-12`, `para-12-a`, `annex-1-para-3`, `fn-4` …).
 * The structure transform (transform/structure.ts) finds it once; parity checks, cross-references
 * and the outline read it, never the tree.
 */

export type UnitKind = 'paragraph' | 'preamble' | 'subitem' | 'heading' | 'quote' | 'table' | 'annex' | 'signature' | 'note';

export interface Unit {
  id: string;
  kind: UnitKind;
  /** The part it belongs to: "body", or "annex-1", "annex-2" … */
  part: string;
  /** The visible number of a numbered paragraph (1, 2 …), table (Table 3) or annex (I → 1). */
  number?: number;
  /** Whether a number is printed (false for `{-}`, preambular and lone operative paragraphs, letters). */
  numbered: boolean;
  /** Heading depth (1–4). */
  level?: number;
  /** For sub-items: the unit they belong to. */
  parent?: string;
  /** Source line in the edition's Markdown file. */
  line?: number;
}

/** What a `{#label}` names, for `:ref[label]`. */
export interface LabelTarget {
  id: string;
  kind: 'paragraph' | 'table';
  number: number;
  /** 0 in the main text, k in annex k. */
  annex: number;
  line?: number;
}

export interface DocumentStructure {
  units: Unit[];
  labels: Map<string, LabelTarget>;
  /** How many annexes the edition has (their labels depend on it: "Annex" or "Annex I"). */
  annexCount: number;
}

/** Where the unit that holds a node is recorded on the node (`node.data.unit`). */
export interface UnitData {
  unit?: string;
}
