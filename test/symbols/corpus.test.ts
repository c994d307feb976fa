import { describe, expect, it } from 'vitest';
import { UN_LANGUAGES } from '../../scripts/languages/index.ts';
import { findCitations } from '../../scripts/symbols/index.ts';
import { CORPUS } from './corpus.ts';
import { linkMarkdown, symbolLinks } from './helpers.ts';

describe('citation corpus', () => {
  it('has at least 150 cases, at least 15 per language, positives and negatives in each', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    for (const lang of UN_LANGUAGES) {
      const cases = CORPUS.filter((c) => c.lang === lang);
      expect(cases.length, lang).toBeGreaterThanOrEqual(15);
      expect(cases.some((c) => c.expect.length === 0), `${lang} negatives`).toBe(true);
      expect(cases.some((c) => c.expect.length > 0), `${lang} positives`).toBe(true);
    }
  });

  for (const lang of UN_LANGUAGES) {
    describe(lang, () => {
      for (const c of CORPUS.filter((x) => x.lang === lang)) {
        it(c.text, () => {
          if (c.markdown) {
            expect(symbolLinks(linkMarkdown(c.text, lang))).toEqual(c.expect);
            return;
          }
          const found = findCitations(c.text, lang);
          expect(found.map((f) => [f.text, f.symbol])).toEqual(c.expect);
          // Offsets point at exactly the link text.
          for (const f of found) expect(c.text.slice(f.start, f.end)).toBe(f.text);
        });
      }
    });
  }
});
