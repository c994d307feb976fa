/**
 * The small XLIFF model Hexapla writes and reads, the same for XLIFF 1.2 and 2.0: a file for one
 * document and one target language, a unit per translation unit, each unit's source and target
 * as text and inline codes. A code stands for Markdown the translator must not touch (`*`, `[^1]`,
 * `:ref[x]` …): its `native` is that Markdown, byte for byte.
 */
import type { LanguageCode } from '../../languages/index.ts';

export type XliffVersion = '1.2' | '2.0';

/** What a code stands for: it names the XLIFF type of the code and lets target codes be matched with the source's. */
export type CodeKind =
  | 'emphasis'
  | 'strong'
  | 'strong-emphasis'
  | 'link'
  | 'image'
  | 'link-target'
  | 'footnote'
  | 'directive'
  | 'label'
  | 'unnumbered'
  | 'escape'
  | 'code'
  | 'url';

/** Kinds that open and close around text (`<g>`, `<pc>`); every other kind is a standalone code (`<x/>`, `<ph/>`). */
export const PAIRED_KINDS: ReadonlySet<CodeKind> = new Set(['emphasis', 'strong', 'strong-emphasis', 'link', 'image']);

export type InlinePiece =
  | { type: 'text'; text: string }
  /** `native` is known for codes Hexapla wrote; a code read back may have lost it (then the source's code of that id supplies it). */
  | { type: 'open' | 'close' | 'standalone'; id: string; kind?: CodeKind; native?: string };

export type CodePiece = Extract<InlinePiece, { type: 'open' | 'close' | 'standalone' }>;

export type UnitState = 'translated' | 'needs-review' | 'new';

export interface XliffUnit {
  id: string;
  /** Line of the unit in the XLIFF file (0 when written). */
  line: number;
  /** unitHash of the original unit the export was made from. */
  sourceHash?: string;
  /** The code ids the target had at export, when they differ from the source's. */
  targetCodes?: string[];
  source: InlinePiece[];
  /** Undefined when the unit has no target (nothing to import). */
  target?: InlinePiece[];
  /** Written on export; ignored on import. */
  state?: UnitState;
}

export interface XliffFile {
  version: XliffVersion;
  /** The Hexapla document id. */
  document: string;
  sourceLang: string;
  targetLang: string;
  units: XliffUnit[];
  /** Line of the `<file>` element, for messages (when read). */
  line?: number;
}

export interface XliffExport extends XliffFile {
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
}

/** The metadata note of a unit: `source-hash: …` and, when needed, `target-codes: 1 2 4`. */
export function unitNote(unit: XliffUnit): string {
  return `source-hash: ${unit.sourceHash}${unit.targetCodes ? `; target-codes: ${unit.targetCodes.join(' ')}` : ''}`;
}

export function parseUnitNote(text: string, unit: XliffUnit): void {
  const hash = /source-hash:\s*([0-9a-f]{16})/.exec(text);
  if (hash) unit.sourceHash = hash[1];
  const codes = /target-codes:\s*([^;]*)/.exec(text);
  if (codes) unit.targetCodes = codes[1]!.trim().split(/\s+/).filter(Boolean);
}

/** The header note naming the document and target language, so import can check them. */
export const HEXAPLA_NOTE = 'hexapla';
