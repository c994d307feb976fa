/**
 * qa/punctuation: each language's own punctuation, as the reader will see it.
 * - French: a no-break space (U+00A0 or U+202F) before ; : ! ? and inside « ». The build's
 *   typography (the French profile) puts it in wherever it can, within one run of text; this
 *   finds where it cannot: a colon right after emphasis, a note call or a link ("*Note*: …").
 * - Chinese: full-width ，；：。！？ rather than ASCII , ; : . ! ? between Chinese characters.
 * - Arabic: the Arabic comma ، semicolon ؛ and question mark ؟ rather than , ; ? in Arabic text.
 */
import type { LanguageCode } from '../../languages/index.ts';
import { typeset } from '../../transform/typography.ts';
import { qaFinding, quoted, type QaRule, type QaUnit } from './rule.ts';
import { textPieces } from './text.ts';

const FRENCH_BEFORE = /(?<![\u00A0\u202F])(?:[;!?]|:(?=\s|$))/g;
const FRENCH_GUILLEMETS = /«(?![\u00A0\u202F])|(?<![\u00A0\u202F])»/g;

function french(unit: QaUnit) {
  // Typeset as the build does: each run of text between markup on its own.
  const pieces = textPieces(unit.unit.text).map((piece) => typeset(piece, 'fr'));
  const text = pieces.join('');
  const found = FRENCH_BEFORE.exec(text) ?? FRENCH_GUILLEMETS.exec(text);
  FRENCH_BEFORE.lastIndex = 0;
  FRENCH_GUILLEMETS.lastIndex = 0;
  if (!found) return [];
  const mark = found[0].trim() || found[0];
  const context = text.slice(Math.max(0, found.index - 20), found.index + 2).replace(/[\uE000\uE001]/g, '');
  const where = mark === '«' ? 'after' : 'before';
  return [
    qaFinding(
      'qa/punctuation',
      unit,
      `no no-break space ${where} ${mark} in ${quoted(context)}, and the build cannot put one there (markup next to it)`,
      `write a no-break space (U+00A0, or U+202F before ; ! ?) ${where} ${mark}, or move the markup`,
    ),
  ];
}

const HAN = '\\p{Script=Han}';
// Closing marks may come between a character and its punctuation, opening marks after it.
const CHINESE_ASCII = new RegExp(`(?<=${HAN}[”’》」』）)]?)[ \\t]*([,;:.!?])(?=[ \\t]*[“‘《「『（(]?${HAN})`, 'gu');
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '.': '。', '!': '！', '?': '？' };

const ARABIC = '\\p{Script=Arabic}';
const ARABIC_ASCII = new RegExp(`(?<=${ARABIC}[”“»)\\]]?)[ \\t]*([,;?])|([,;?])(?=[ \\t]*[”“«(\\[]?${ARABIC})`, 'gu');
const ARABIC_MARKS: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };

function ascii(unit: QaUnit, pattern: RegExp, replacements: Record<string, string>, script: string) {
  pattern.lastIndex = 0;
  const found = pattern.exec(unit.plain);
  pattern.lastIndex = 0;
  if (!found) return [];
  const mark = (found[1] ?? found[2])!;
  const context = unit.plain.slice(Math.max(0, found.index - 12), found.index + found[0].length + 6);
  return [qaFinding('qa/punctuation', unit, `ASCII “${mark}” in ${script} text: ${quoted(context)}`, `write ${replacements[mark]} instead`)];
}

const CHECKS: Partial<Record<LanguageCode, (unit: QaUnit) => ReturnType<QaRule['check']>>> = {
  fr: french,
  zh: (unit) => ascii(unit, CHINESE_ASCII, FULL_WIDTH, 'Chinese'),
  ar: (unit) => ascii(unit, ARABIC_ASCII, ARABIC_MARKS, 'Arabic'),
};

export const punctuation: QaRule = {
  id: 'qa/punctuation',
  scope: 'edition',
  check(_original, unit) {
    return CHECKS[unit.lang]?.(unit) ?? [];
  },
};
