/**
 * A unit's Markdown as text and inline codes: joining the pieces gives the Markdown back for any
 * text, each kind of inline markup is a code, and Markdown rich in markup survives writing and
 * reading XLIFF 1.2 and 2.0 byte for byte, in files that validate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownPieces, piecesMarkdown } from '../scripts/translation/xliff/inline.ts';
import type { XliffFile } from '../scripts/translation/xliff/model.ts';
import { readXliff } from '../scripts/translation/xliff/read.ts';
import { targetMarkdown } from '../scripts/translation/xliff/target.ts';
import { writeXliff } from '../scripts/translation/xliff/write.ts';
import { schemaErrors } from './fixtures/xliff/schema.ts';

const RICH = [
  '{-} *Recalling* its resolution 74/32,[^equality] and **the _Charter_** {#recall}',
  'See :ref[issuance], :term[un] and :symbol[resolution 74/32]{s="A/RES/74/32"}; :nolink[A/80/1].',
  'The [*Charter* of the United Nations](https://www.un.org/en/charter "Charter") and [a reference][ref], ![a map](figures/map.png).',
  'Escapes \\* \\_ \\[ and `code *span*`, <https://undocs.org> and https://undocs.org/A/80/1. 5 * 3 & 4 < 6 > 2 "quoted" \'single\'',
  'A line\ncontinued, snake_case_name and ***both***.',
];

describe('inline codes', () => {
  it('cuts any text into pieces that join back to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab *_[]()!^:{}#-\\`<>|\n'.split('')) }), (text) => {
        expect(piecesMarkdown(markdownPieces(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('makes paired codes of emphasis and link text, standalone ones of the rest', () => {
    const codes = (text: string) => markdownPieces(text).flatMap((p) => (p.type === 'text' ? [] : [[p.type, p.kind, p.native].join(':')]));
    expect(codes(RICH[0]!)).toEqual(['standalone:unnumbered:{-}', 'open:emphasis:*', 'close:emphasis:*', 'standalone:footnote:[^equality]', 'open:strong:**', 'open:emphasis:_', 'close:emphasis:_', 'close:strong:**', 'standalone:label:{#recall}']);
    expect(codes(RICH[1]!)).toEqual(['standalone:directive::ref[issuance]', 'standalone:directive::term[un]', 'standalone:directive::symbol[resolution 74/32]{s="A/RES/74/32"}', 'standalone:directive::nolink[A/80/1]']);
    expect(codes('[text](https://x.org)')).toEqual(['open:link:[', 'close:link:]', 'standalone:link-target:(https://x.org)']);
  });

  for (const version of ['1.2', '2.0'] as const) {
    it(`keeps rich Markdown byte for byte through XLIFF ${version}, in a valid file`, async () => {
      const file: XliffFile = {
        version,
        document: 'doc',
        sourceLang: 'en',
        targetLang: 'fr',
        units: RICH.map((text, i) => ({ id: `para-${i + 1}`, line: 0, sourceHash: '0123456789abcdef', source: markdownPieces(text), target: markdownPieces(text), state: 'translated' as const })),
      };
      const xml = writeXliff(file);
      expect(await schemaErrors(xml, version)).toEqual([]);
      const read = readXliff(xml, 'test.xlf');
      expect(read.units.map((unit) => targetMarkdown(unit, 'test.xlf'))).toEqual(RICH);
      expect(read.units[0]!.sourceHash).toBe('0123456789abcdef');
    });
  }
});
