/**
 * Translation units, construct by construct: each unit's id and its text exactly as written
 * (what XLIFF exports, what staleness hashes), nested sub-items and notes as units of their own,
 * markup kept, Hexapla's own words (labels, numbers) left out.
 */
import { describe, expect, it } from 'vitest';
import { translationUnits, unitHash } from '../scripts/translation/units.ts';
import { processMarkdown } from './helpers.ts';

async function units(body: string, type?: 'resolution' | 'report') {
  const processed = await processMarkdown(body, 'en', 'test/en.md', { type });
  const text = `---\ntitle: Test\n---\n${body}`;
  const list = translationUnits(processed, text);
  for (const unit of list) for (const range of unit.ranges) expect(text.slice(range.start, range.end).length).toBeGreaterThan(0);
  return list.map((u) => [u.id, u.text, u.line] as const);
}

describe('translation units', () => {
  it('a title and numbered paragraphs, markup as written', async () => {
    expect(await units('\nThe *first* paragraph, citing resolution 74/32.\n\nThe second:term[general-assembly] one.[^a]\n\n[^a]: A note with **bold**.\n')).toEqual([
      ['title', 'Test', 2],
      ['para-1', 'The *first* paragraph, citing resolution 74/32.', 5],
      ['para-2', 'The second:term[general-assembly] one.[^a]', 7],
      ['fn-1', 'A note with **bold**.', 9],
    ]);
  });

  it('sub-items are their own units, without the paragraph around them or their markers', async () => {
    expect(await units('\nThe Assembly:\n\n1. first item;\n2. second item, with\n   a wrapped line.\n')).toEqual([
      ['title', 'Test', 2],
      ['para-1', 'The Assembly:', 5],
      ['para-1-a', 'first item;', 7],
      ['para-1-b', 'second item, with\n   a wrapped line.', 8],
    ]);
  });

  it('headings without their #, labels and {-} kept as written', async () => {
    expect(await units('\n## Introduction\n\nText {#intro}\n\n{-} Unnumbered text.\n')).toEqual([
      ['title', 'Test', 2],
      ['section-0-1', 'Introduction', 5],
      ['para-1', 'Text {#intro}', 7],
      ['text-1', '{-} Unnumbered text.', 9],
    ]);
  });

  it('a table: its title, each cell, its source, its notes', async () => {
    const found = await units('\n:::table[Issued documents]\n| Language | Count |\n|:--|--:|\n| Arabic | 4,812[^p] |\n\nSource: Secretariat.\n\n[^p]: Provisional.\n:::\n');
    expect(found).toEqual([
      ['title', 'Test', 2],
      ['table-1-title', 'Issued documents', 5],
      ['table-1-r1-c1', 'Language', 6],
      ['table-1-r1-c2', 'Count', 6],
      ['table-1-r2-c1', 'Arabic', 8],
      ['table-1-r2-c2', '4,812[^p]', 8],
      ['table-1', 'Source: Secretariat.', 10],
      ['table-1-note-a', 'Provisional.', 12],
    ]);
  });

  it('a note called twice in a resolution is one unit, at its first number', async () => {
    const body = '\n:::preamble\n*Recalling* its resolution 74/32,[^r]\n:::\n\n*Decides* to act,[^r] as before.\n\n[^r]: Adopted in 2019.\n';
    const found = await units(body, 'resolution');
    expect(found.filter(([id]) => id.startsWith('fn-'))).toEqual([['fn-1', 'Adopted in 2019.', 11]]);
  });

  it('an annex title is a unit; paragraphs restart in the annex', async () => {
    const found = await units('\nMain text.\n\n::annex[Details of the plan]\n\nAnnex text.\n');
    expect(found.map(([id, text]) => [id, text])).toEqual([
      ['title', 'Test'],
      ['para-1', 'Main text.'],
      ['annex-1-title', 'Details of the plan'],
      ['annex-1-para-1', 'Annex text.'],
    ]);
  });

  it('the hash ignores how lines are wrapped, not what they say', () => {
    expect(unitHash('one two\n  three')).toBe(unitHash('one two three'));
    expect(unitHash('one two three')).not.toBe(unitHash('one two three.'));
  });
});
