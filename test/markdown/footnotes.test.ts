/** Footnotes: numbered by Hexapla in order of first call, rendered as a UN document's notes. */
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { processMarkdown, SOFT_HYPHEN } from '../helpers.ts';

const text = (node: Parameters<typeof toString>[0] | undefined) => (node ? toString(node).replaceAll(SOFT_HYPHEN, '') : '');

describe('footnotes', () => {
  const md = [
    'First.[^b] Again.[^a]',
    '',
    'Second, citing the first note again.[^b]',
    '',
    '[^a]: Note A, on resolution 74/32.',
    '[^b]: Note B, with the :term[npt].',
    '',
  ].join('\n');

  it('numbers notes 1, 2 … in order of first call, not of definition or key', async () => {
    const { html } = await processMarkdown(md);
    const calls = selectAll('sup.footnote-ref a[role="doc-noteref"]', html);
    expect(calls.map((a) => [toString(a), a.properties.href])).toEqual([
      ['1', '#fn-1'],
      ['2', '#fn-2'],
      ['1', '#fn-1'],
    ]);
    expect(selectAll('[role="doc-footnote"]', html).map((n) => n.properties.id)).toEqual(['fn-1', 'fn-2']);
    expect(text(select('#fn-1', html))).toMatch(/^1Note B, with the Treaty on the Non-Proliferation of Nuclear Weapons\./);
  });

  it('gives each call an id and each note a link back to every call', async () => {
    const { html } = await processMarkdown(md);
    expect(selectAll('a[role="doc-noteref"]', html).map((a) => a.properties.id)).toEqual(['fnref-1', 'fnref-2', 'fnref-1-2']);
    expect(selectAll('#fn-1 a[role="doc-backlink"]', html).map((a) => a.properties.href)).toEqual(['#fnref-1', '#fnref-1-2']);
  });

  it('links citations inside notes, with the edition\'s resolver', async () => {
    const { html } = await processMarkdown('Premier.[^a]\n\n[^a]: Voir la résolution 74/32 et le document A/79/1.\n', 'fr');
    expect(selectAll('#fn-1 a.symbol', html).map((a) => a.properties.href)).toEqual(['https://undocs.org/fr/A/RES/74/32', 'https://undocs.org/fr/A/79/1']);
  });

  it('puts the notes in a section after the text, headed from the locale', async () => {
    const heading = async (lang: 'en' | 'fr' | 'zh' | 'ar') => text(select('section.footnotes[role="doc-endnotes"] > h2', (await processMarkdown(md, lang)).html));
    expect(await heading('en')).toBe('Notes');
    expect(await heading('zh')).toBe('注');
    expect(await heading('ar')).toBe('الحواشي');
  });

  it('never makes a note a numbered paragraph', async () => {
    const { html, outline } = await processMarkdown(md);
    expect(selectAll('p.para[id^="para-"]', html).map((p) => p.properties.id)).toEqual(['para-1', 'para-2']);
    expect(outline.paragraphs).toHaveLength(2);
  });

  it('reads a Chinese note written with no space after the colon (not a link definition)', async () => {
    const { html } = await processMarkdown('大会决议。[^1]\n\n[^1]: 第79/45号决议，第12段。\n', 'zh');
    expect(text(select('#fn-1', html))).toContain('第79/45号决议，第12段。');
  });

  it('writes Arabic calls and markers in parentheses', async () => {
    const { html } = await processMarkdown('نص.[^a]\n\n[^a]: حاشية.\n', 'ar');
    expect(text(select('a[role="doc-noteref"]', html))).toBe('(1)');
    expect(text(select('#fn-1 .footnote-marker', html))).toBe('(1)');
  });

  it('in a resolution, prints a repeated reference as a new note with the same text', async () => {
    const { html } = await processMarkdown('Operative.[^x]\n\nAgain.[^x]\n\n[^x]: Same text.\n', 'en', 'test/en.md', { type: 'resolution' });
    expect(selectAll('a[role="doc-noteref"]', html).map((a) => a.properties.href)).toEqual(['#fn-1', '#fn-2']);
    expect(selectAll('[role="doc-footnote"]', html).map((n) => text(n).replace(/↩$/, ''))).toEqual(['1Same text.', '2Same text.']);
  });

  it('works in sub-items and table cells, and records which unit calls which note', async () => {
    const body = 'Chapeau:\n\n1. item;[^s]\n2. other.\n\n| A | B |\n|---|---|\n| cell[^c] | x |\n\n[^s]: In a sub-item.\n[^c]: In a cell.\n';
    const { html, outline } = await processMarkdown(body);
    expect(select('#para-1-a a[href="#fn-1"]', html)).toBeDefined();
    expect(select('td a[href="#fn-2"]', html)).toBeDefined();
    const units = new Map(outline.units.map((u) => [u.id, u.notes]));
    expect(units.get('para-1-a')).toEqual(['fn-1']);
    expect(units.get('table-u1')).toEqual(['fn-2']);
  });

  it('marks the title\'s note with an asterisk, before the numbered notes', async () => {
    const { html, notes } = await processMarkdown('Text.[^a]\n\n[^title]: Note on the title.\n[^a]: A note.\n');
    expect(notes.notes.map((n) => [n.id, n.marker])).toEqual([
      ['fn-title', '*'],
      ['fn-1', '1'],
    ]);
    expect(text(select('#fn-title', html))).toContain('Note on the title.');
  });

  it('letters the notes of a table below it, apart from the page notes', async () => {
    const body = ':::table[Figures]\n| A | B |\n|---|---|\n| 1[^p] | 2[^q] |\n| 3[^p] | 4[^n] |\n\nSource: Secretariat.\n\n[^p]: Provisional.\n[^q]: Estimate.\n:::\n\n[^n]: A page note.\n';
    const { html } = await processMarkdown(body);
    expect(selectAll('sup.table-note-ref a', html).map((a) => [toString(a), a.properties.href])).toEqual([
      ['a', '#table-1-note-a'],
      ['b', '#table-1-note-b'],
      ['a', '#table-1-note-a'],
    ]);
    expect(selectAll('figure#table-1 .table-notes .table-note', html).map((n) => text(n).trim())).toEqual(['a\u2002Provisional.', 'b\u2002Estimate.']);
    expect(text(select('figure#table-1 .table-notes .table-source', html))).toBe('Source: Secretariat.');
    expect(selectAll('[role="doc-footnote"]', html).map((n) => n.properties.id)).toEqual(['fn-1']);
  });
});
