/**
 * qa/symbols: the unit links the same documents as the original's (the symbols the linker found,
 * read from each processed edition's outline), whatever the wording around them.
 */
import { qaFinding, type QaRule } from './rule.ts';

export const symbols: QaRule = {
  id: 'qa/symbols',
  scope: 'pair',
  check(original, translated) {
    if (!original.symbols || !translated.symbols) return [];
    const want = new Set(original.symbols);
    const have = new Set(translated.symbols);
    const missing = [...want].filter((symbol) => !have.has(symbol));
    const extra = [...have].filter((symbol) => !want.has(symbol));
    if (missing.length === 0 && extra.length === 0) return [];
    const parts = [missing.length ? `does not cite ${missing.join(', ')}` : '', extra.length ? `cites ${extra.join(', ')}, which the original does not` : ''].filter(Boolean);
    return [
      qaFinding(
        'qa/symbols',
        translated,
        `the unit ${parts.join(' and ')}`,
        `cite the documents ${original.file}:${original.unit.line} cites${want.size ? ` (${[...want].join(', ')})` : ' (none)'}; :symbol[text]{s="…"} links wording the linker does not recognize`,
      ),
    ];
  },
};
