/** Tables: GFM pipe tables, numbered with a title and notes when written in :::table. */
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { processMarkdown, SOFT_HYPHEN } from '../helpers.ts';

const text = (node: Parameters<typeof toString>[0] | undefined) => (node ? toString(node).replaceAll(SOFT_HYPHEN, '').trim() : '');

const TABLE = ':::table[Contributions by *region*]{#contributions}\n| Region | 2020 | 2021 |\n|:--|--:|:-:|\n| Africa | 12.5 | 14.0 |\n| Asia | 20.1 | 22.3 |\n\nSource: Secretariat.\n:::\n';

describe('tables', () => {
  it('keeps the Markdown\'s column alignment on every cell', async () => {
    const { html } = await processMarkdown(TABLE);
    const aligns = (row: string) => selectAll(`${row} > *`, html).map((cell) => cell.properties.align ?? null);
    expect(aligns('thead tr')).toEqual(['left', 'right', 'center']);
    expect(aligns('tbody tr:first-child')).toEqual(['left', 'right', 'center']);
  });

  it('numbers a :::table and puts its label and title above it, in each language', async () => {
    const caption = async (lang: 'en' | 'fr' | 'es' | 'ru' | 'zh' | 'ar') => text(select('figure#table-1 figcaption .table-number', (await processMarkdown(TABLE, lang)).html));
    expect(await caption('en')).toBe('Table 1');
    expect(await caption('fr')).toBe('Tableau 1');
    expect(await caption('es')).toBe('Cuadro 1');
    expect(await caption('ru')).toBe('Таблица 1');
    expect(await caption('zh')).toBe('表 1');
    expect(await caption('ar')).toBe('الجدول 1');
    const { html } = await processMarkdown(TABLE);
    expect(text(select('figure#table-1 .table-title', html))).toBe('Contributions by region');
    expect(select('figure#table-1 .table-title em', html)).toBeDefined();
    expect(text(select('figure#table-1 .table-notes', html))).toBe('Source: Secretariat.');
  });

  it('keeps the figure in order: caption, table, notes', async () => {
    const { html } = await processMarkdown(TABLE);
    const figure = select('figure#table-1', html)!;
    expect(figure.children.filter((c) => c.type === 'element').map((c) => (c as { tagName: string }).tagName)).toEqual(['figcaption', 'table', 'div']);
    expect(select('figure#table-1 > table.un-table > thead', html)).toBeDefined();
  });

  it('numbers :::tables through the document and refers to them with :ref', async () => {
    const body = `See :ref[contributions] and :ref[second].\n\n${TABLE}\n:::table[Second]{#second}\n| A |\n|---|\n| 1 |\n:::\n`;
    const { html } = await processMarkdown(body, 'fr');
    expect(selectAll('a.cross-reference', html).map((a) => [text(a), a.properties.href])).toEqual([
      ['tableau 1', '#table-1'],
      ['tableau 2', '#table-2'],
    ]);
  });

  it('records a table\'s shape (rows × columns) for parity, and leaves a bare table unnumbered', async () => {
    const { outline, html } = await processMarkdown(`${TABLE}\n| x | y |\n|---|---|\n| 1 | 2 |\n`);
    expect(outline.units.filter((u) => u.kind === 'table').map((u) => [u.id, u.number, u.shape])).toEqual([
      ['table-1', 1, [3, 3]],
      ['table-u1', undefined, [2, 2]],
    ]);
    expect(selectAll('table.un-table', html)).toHaveLength(2);
    expect(selectAll('figure', html)).toHaveLength(1);
  });

  it('does not number the paragraphs inside a table block', async () => {
    const { outline } = await processMarkdown(`Before.\n\n${TABLE}\nAfter.\n`);
    expect(outline.paragraphs.map((p) => p.id)).toEqual(['para-1', 'para-2']);
  });
});
