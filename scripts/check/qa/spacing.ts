/** qa/double-space: two spaces or more in a row inside a line (no-break and narrow ones too). */
import { qaFinding, type QaRule } from './rule.ts';

const DOUBLE = /(?<=\S)[ \t\u00A0\u202F\u2009]{2,}(?=\S)/g;

export const spacing: QaRule = {
  id: 'qa/double-space',
  scope: 'edition',
  check(_original, unit) {
    DOUBLE.lastIndex = 0;
    const match = DOUBLE.exec(unit.unit.text);
    if (!match) return [];
    const before = unit.unit.text.slice(Math.max(0, match.index - 20), match.index).replace(/^.*\n/s, '');
    return [qaFinding('qa/double-space', unit, `${match[0].length} spaces in a row after “…${before}”`, 'leave one space', match.index)];
  },
};
