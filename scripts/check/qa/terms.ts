/** qa/terms: the unit uses the same glossary terms (`:term[key]`) as the original's. */
import { qaFinding, type QaRule } from './rule.ts';
import { termKeys } from './text.ts';

export const terms: QaRule = {
  id: 'qa/terms',
  scope: 'pair',
  check(original, translated) {
    if (!original.unit.text.includes(':term[') && !translated.unit.text.includes(':term[')) return [];
    const want = new Set(termKeys(original.unit.text));
    const have = new Set(termKeys(translated.unit.text));
    const missing = [...want].filter((key) => !have.has(key));
    const extra = [...have].filter((key) => !want.has(key));
    if (missing.length === 0 && extra.length === 0) return [];
    const parts = [missing.length ? `lacks ${missing.map((key) => `:term[${key}]`).join(', ')}` : '', extra.length ? `has ${extra.map((key) => `:term[${key}]`).join(', ')}, which the original does not` : ''].filter(Boolean);
    return [qaFinding('qa/terms', translated, `the unit ${parts.join(' and ')}`, `use the glossary keys of ${original.file}:${original.unit.line}, so that every edition says the term as its glossary does`)];
  },
};
