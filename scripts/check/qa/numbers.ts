/**
 * qa/numbers: every number of the original unit is in the translation, in whatever form the
 * language writes it ("4,812", "4 812", "4.812"; "44 per cent", "44 %"; "3.5", "3,5"; Arabic-Indic
 * digits). Symbols and resolution numbers are the symbols rule's; a small number (1–20) the
 * translation writes in words counts as there.
 */
import { LANGUAGES } from '../../languages/index.ts';
import { qaFinding, type QaRule } from './rule.ts';
import { spelledOut } from './text.ts';

export const numbers: QaRule = {
  id: 'qa/numbers',
  scope: 'pair',
  check(original, translated) {
    if (original.numbers.length === 0) return [];
    const present = new Set(translated.numbers.flatMap((token) => token.values));
    const missing: string[] = [];
    for (const token of original.numbers) {
      if (token.values.some((value) => present.has(value))) continue;
      const whole = Number(token.values[0]);
      if (spelledOut(translated.plain, whole, translated.lang)) continue;
      if (!missing.includes(token.text)) missing.push(token.text);
    }
    if (missing.length === 0) return [];
    const wanted = new Set(original.numbers.flatMap((token) => token.values));
    const extra = [...new Set(translated.numbers.filter((token) => !token.values.some((value) => wanted.has(value))).map((token) => token.text))];
    const list = missing.join(', ');
    const instead = extra.length ? ` (this edition has ${extra.join(', ')} instead?)` : '';
    return [
      qaFinding(
        'qa/numbers',
        translated,
        `${missing.length === 1 ? 'number' : 'numbers'} ${list} of the ${LANGUAGES[original.lang].englishName} original ${missing.length === 1 ? 'is' : 'are'} not in the ${LANGUAGES[translated.lang].englishName} text${instead}`,
        `compare ${translated.unit.id} with ${original.file}:${original.unit.line}; any form of the number will do (${list})`,
      ),
    ];
  },
};
