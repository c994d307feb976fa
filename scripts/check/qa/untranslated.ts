/**
 * qa/untranslated: the unit reads as the original does once symbols, numbers, markup and
 * punctuation are set aside, and there are words left (two at least: "Total" or "Introduction"
 * may well be the same in two languages). A letter's signature is names, the same in every
 * language: never a finding.
 */
import { LANGUAGES } from '../../languages/index.ts';
import { qaFinding, type QaRule, type QaUnit } from './rule.ts';

const SYMBOL = /[A-Z][A-Za-z0-9.\-]*(?:\/[A-Za-z0-9.\-]+)+/g;
const NOT_LETTERS = /[^\p{L}]+/gu;
const WORD = /\p{L}{2,}/gu;
const FIRST_WORD = /\p{L}{2,}/u;

/** The words of a unit, lower-cased and one space apart (read once per unit). */
const bareTexts = new WeakMap<QaUnit, string>();
function bare(unit: QaUnit): string {
  let text = bareTexts.get(unit);
  if (text === undefined) {
    const plain = unit.plain.includes('/') ? unit.plain.replace(SYMBOL, ' ') : unit.plain;
    text = plain.replace(NOT_LETTERS, ' ').toLowerCase().trim();
    bareTexts.set(unit, text);
  }
  return text;
}

/** Cheap reasons to say a unit was translated without reading all its words. */
function plainlyDifferent(original: QaUnit, translated: QaUnit): boolean {
  const a = original.plain.length;
  const b = translated.plain.length;
  if (Math.abs(a - b) > a / 4 + 12) return true;
  return FIRST_WORD.exec(original.plain)?.[0].toLowerCase() !== FIRST_WORD.exec(translated.plain)?.[0].toLowerCase();
}

export const untranslated: QaRule = {
  id: 'qa/untranslated',
  scope: 'pair',
  check(original, translated) {
    if (original.lang === translated.lang || original.unit.kind === 'signature') return [];
    if (plainlyDifferent(original, translated)) return [];
    const text = bare(original);
    if (bare(translated) !== text || (text.match(WORD)?.length ?? 0) < 2) return [];
    return [
      qaFinding(
        'qa/untranslated',
        translated,
        `the unit is the same as in the ${LANGUAGES[original.lang].englishName} original: not translated?`,
        `translate it into ${LANGUAGES[translated.lang].englishName}`,
      ),
    ];
  },
};
