/**
 * Quality checks across editions (`hexapla check`): each translated edition's units compared
 * with the original's, one rule per file, as mdast-util-to-hast keeps one handler per node type.
 * Pure: a loaded document in, findings (warnings) out. Every rule is a pass over the unit's text
 * with patterns compiled once; nothing is parsed again.
 */
import { UN_LANGUAGES, type LanguageCode } from '../../languages/index.ts';
import { originalEdition, type EditionUnits, type TranslationDocument } from '../../translation/project.ts';
import { brackets } from './brackets.ts';
import { dates } from './dates.ts';
import type { QaFinding } from './finding.ts';
import { noteCalls } from './note-calls.ts';
import { numbers } from './numbers.ts';
import { punctuation } from './punctuation.ts';
import { qaUnit, type QaRule, type QaUnit } from './rule.ts';
import { spacing } from './spacing.ts';
import { symbols } from './symbols.ts';
import { terms } from './terms.ts';
import { untranslated } from './untranslated.ts';

export type { QaFinding } from './finding.ts';
export type { QaRule, QaUnit } from './rule.ts';

/** The rules, in the order their findings are listed for a unit. */
export const QA_RULES: readonly QaRule[] = [numbers, dates, symbols, terms, untranslated, spacing, brackets, punctuation, noteCalls];

export const QA_RULE_IDS: readonly string[] = QA_RULES.map((rule) => rule.id);

function views(edition: EditionUnits): Map<string, QaUnit> {
  const symbols = new Map(edition.outline.units.map((unit) => [unit.id, unit.symbols]));
  return new Map(edition.units.map((unit) => [unit.id, qaUnit(unit, edition.lang, edition.file, symbols.get(unit.id))]));
}

/**
 * The findings of every rule on every edition of `document` (only `languages`, when given): the
 * translated editions unit by unit against the original, and the original's own units for the
 * rules that read one edition (spacing, brackets, punctuation, note calls). Editions in the UN's
 * order, units in document order.
 */
export function qaFindings(document: TranslationDocument, options: { languages?: readonly LanguageCode[] } = {}): QaFinding[] {
  const original = originalEdition(document);
  if (!original) return [];
  const originalUnits = views(original);
  const findings: QaFinding[] = [];
  const editions = document.editions
    .filter((edition) => !options.languages || options.languages.includes(edition.lang))
    .sort((a, b) => UN_LANGUAGES.indexOf(a.lang) - UN_LANGUAGES.indexOf(b.lang));
  for (const edition of editions) {
    const isOriginal = edition.lang === original.lang;
    const units = isOriginal ? originalUnits : views(edition);
    for (const [id, unit] of units) {
      if (unit.unit.text.trim() === '') continue;
      const source = originalUnits.get(id);
      for (const rule of QA_RULES) {
        if (rule.scope === 'pair' && (isOriginal || !source)) continue;
        findings.push(...rule.check(source ?? unit, unit));
      }
    }
  }
  return findings;
}
