/**
 * qa/dates: every date of the original unit ("2 November 1995") is the same date in the
 * translation, in its language's form ("1995 年 11 月 2 日", "2 de noviembre de 1995",
 * "2 ноября 1995 года", "2 تشرين الثاني/نوفمبر 1995"). A date without its year matches any year.
 */
import { LANGUAGES } from '../../languages/index.ts';
import { qaFinding, quoted, type QaRule } from './rule.ts';

export const dates: QaRule = {
  id: 'qa/dates',
  scope: 'pair',
  check(original, translated) {
    if (original.dates.length === 0) return [];
    const missing = original.dates.filter(
      (date) => !translated.dates.some((other) => other.day === date.day && other.month === date.month && (other.year === undefined || date.year === undefined || other.year === date.year)),
    );
    if (missing.length === 0) return [];
    const found = translated.dates.map((date) => quoted(date.text));
    return [
      qaFinding(
        'qa/dates',
        translated,
        `the ${missing.length === 1 ? 'date' : 'dates'} ${missing.map((date) => quoted(date.text)).join(', ')} of the original ${missing.length === 1 ? 'is' : 'are'} not in the ${LANGUAGES[translated.lang].englishName} text${found.length ? ` (it has ${found.join(', ')})` : ''}`,
        `write the same day, month and year as ${original.file}:${original.unit.line}`,
      ),
    ];
  },
};
