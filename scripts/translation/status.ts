/**
 * Staleness per unit: each translated edition's units compared with the original's, through the
 * document's translation record. A unit is current when the record says it was translated from
 * the original unit's text as it is now; stale when the original changed since (or it was never
 * recorded); missing when the original has it and the edition does not, or has it empty.
 */
import { diffWords } from 'diff';
import type { LanguageCode } from '../languages/index.ts';
import { compareUnitIds } from './record.ts';
import { originalEdition, type TranslationDocument } from './project.ts';
import { normalisedUnitText, unitHash } from './units.ts';

export type UnitState = 'current' | 'stale' | 'missing';

export interface UnitStatus {
  id: string;
  state: UnitState;
  /** Where the unit is in the edition (for missing units: in the original). */
  file: string;
  line: number;
  /** The original unit's hash now, and the one the translation was made from (if recorded). */
  hash: string;
  recorded?: string;
}

export interface EditionStatus {
  lang: LanguageCode;
  file: string;
  /** False when the document has no translation record yet: nothing can be said to be stale. */
  tracked: boolean;
  units: UnitStatus[];
  counts: Record<UnitState, number>;
}

/** The status of every edition but the original, in the UN's order. */
export function translationStatus(document: TranslationDocument): EditionStatus[] {
  const original = originalEdition(document);
  return document.editions
    .filter((edition) => edition.lang !== document.original)
    .map((edition): EditionStatus => {
      const recorded = document.record.editions[edition.lang] ?? {};
      const units = original.units.map((source): UnitStatus => {
        const hash = unitHash(source.text);
        const target = edition.byId.get(source.id);
        if (!target || normalisedUnitText(target.text) === '') return { id: source.id, state: 'missing', file: original.file, line: source.line, hash };
        const state = !document.record.exists || recorded[source.id] === hash ? 'current' : 'stale';
        return { id: source.id, state, file: edition.file, line: target.line, hash, recorded: recorded[source.id] };
      });
      const counts = { current: 0, stale: 0, missing: 0 };
      for (const unit of units) counts[unit.state]++;
      return { lang: edition.lang, file: edition.file, tracked: document.record.exists, units, counts };
    });
}

/**
 * Marks units as current in `lang`: the record takes the original units' hashes (and texts)
 * as they are now. `ids` limits it to those units (a paragraph number stands for the paragraph
 * and its sub-items); units the edition does not have are never marked.
 */
export function markCurrent(document: TranslationDocument, lang: LanguageCode, ids?: string[]): string[] {
  const original = originalEdition(document);
  const edition = document.editions.find((e) => e.lang === lang);
  if (!edition || lang === document.original) return [];
  const wanted = ids?.map((id) => (/^\d+$/.test(id) ? `para-${id}` : id));
  const chosen = original.units.filter(
    (unit) => edition.byId.has(unit.id) && (!wanted || wanted.some((id) => unit.id === id || unit.id.startsWith(`${id}-`) && /^para-\d+$/.test(id))),
  );
  const units = (document.record.editions[lang] ??= {});
  for (const unit of chosen) {
    const hash = unitHash(unit.text);
    units[unit.id] = hash;
    document.record.sources[hash] = normalisedUnitText(unit.text);
  }
  return chosen.map((unit) => unit.id).sort(compareUnitIds);
}

/** What changed in the original unit since it was translated, word by word ([-old-]{+new+}). */
export function originalChange(document: TranslationDocument, unit: UnitStatus): { before?: string; after: string; diff?: string } {
  const after = normalisedUnitText(originalEdition(document).byId.get(unit.id)?.text ?? '');
  const before = unit.recorded ? document.record.sources[unit.recorded] : undefined;
  if (before === undefined) return { after };
  const diff = diffWords(before, after)
    .map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value))
    .join('');
  return { before, after, diff };
}
