/**
 * The parallel edition as HTML: one row per unit of the original in order (a table's cells by
 * table row), the original's column first and then the UN's order, every cell tagged with its
 * language and direction, and stale, missing and QA findings named in badges.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { UN_LANGUAGES } from '../scripts/languages/index.ts';
import { writeParallelPages } from '../scripts/outputs/parallel.ts';
import type { PlannedDocument } from '../scripts/plan.ts';
import { collectAssets } from '../scripts/render/assets.ts';
import { parallelRows, renderParallelPage } from '../scripts/render/parallel.ts';
import { loadTranslationProject, originalEdition, type TranslationProject } from '../scripts/translation/project.ts';
import { translationStatus } from '../scripts/translation/status.ts';
import { ROOT } from './helpers.ts';
import { markedResolution } from './parallel-fixture.ts';

let project: TranslationProject;
beforeAll(async () => {
  project = await loadTranslationProject(ROOT, { processed: true });
}, 120_000);

const doc = (id: string) => project.documents.find((d) => d.id === id)!;
const parse = (html: string): Root => fromHtml(html);
const cls = (element: Element) => (element.properties.className as string[] | undefined) ?? [];

describe('the parallel edition', () => {
  it.each(['a-res-80-212', 'npt-conf-2020-wp-20'])('%s: one row per unit of the original, in order, cells grouped by table row', (id) => {
    const document = doc(id);
    const tree = parse(renderParallelPage({ document, status: translationStatus(document), locales: project.locales! }));
    const rows = selectAll('tbody tr', tree);
    const units = originalEdition(document).units.map((u) => u.id);
    expect(rows.flatMap((row) => String(row.properties.dataUnits).split(' '))).toEqual(units);
    expect(rows.map((row) => row.properties.id)).toEqual(parallelRows(originalEdition(document).units).map((r) => r.id));
    expect(rows.length).toBe(units.filter((u) => !/-r\d+-c\d+$/.test(u)).length + new Set(units.filter((u) => /-r\d+-c\d+$/.test(u)).map((u) => u.replace(/-c\d+$/, ''))).size);
    for (const row of rows) expect(selectAll('td', row)).toHaveLength(6);
    // Every id on the page once: the cells drop the editions' own ids.
    const ids = selectAll('[id]', tree).map((e) => String(e.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts the original first, then the UN order, each column and cell with its language and direction', () => {
    const document = doc('a-res-80-212');
    const tree = parse(renderParallelPage({ document, status: translationStatus(document), locales: project.locales! }));
    const order = ['en', ...UN_LANGUAGES.filter((l) => l !== 'en')];
    const heads = selectAll('thead th.col', tree);
    expect(heads.map((th) => th.properties.lang)).toEqual(order);
    expect(toString(heads[0]!)).toContain('original');
    expect(toString(heads[1]!)).toContain('العربية');
    for (const row of selectAll('tbody tr', tree)) {
      const cells = selectAll('td', row);
      expect(cells.map((td) => td.properties.lang)).toEqual(order);
      expect(cells.map((td) => td.properties.dir)).toEqual(order.map((l) => (l === 'ar' ? 'rtl' : 'ltr')));
    }
    expect(select('html', tree)!.properties.lang).toBe('en');
    // The units as the editions print them.
    expect(toString(select('#row-para-3 td[lang="fr"]', tree)!)).toContain('Encourage le Secrétariat');
    expect(toString(select('#row-para-3-a td[lang="ar"]', tree)!)).toContain('(أ)');
    expect(toString(select('#row-para-3 td[lang="en"]', tree)!)).not.toContain('accessible'); // its sub-items are their own rows
    expect(toString(select('#row-fn-1 td[lang="en"]', tree)!)).toContain('See resolution');
    expect(toString(select('#row-table-1-title td[lang="en"]', tree)!)).toContain('Table 1');
    expect(selectAll('#row-table-1-r2 td[lang="es"] .table-cell', tree).map((c) => toString(c))).toEqual(['Árabe', '4.812', '91a']);
    // A link to a note goes to the note's row.
    expect(select('#row-pp-2 td[lang="en"] sup a', tree)!.properties.href).toBe('#row-fn-1');
  });

  it('names stale and missing units and findings in badges, and counts them under the column head', () => {
    const tree = parse(renderParallelPage(markedResolution(project)));
    const stale = select('#row-pp-1 td[lang="es"]', tree)!;
    expect(cls(stale)).toContain('state-stale');
    expect(toString(select('.badge-stale', stale)!)).toBe('stale');
    const missing = select('#row-para-2 td[lang="ru"]', tree)!;
    expect(cls(missing)).toContain('state-missing');
    expect(toString(select('.badge-missing', missing)!)).toBe('missing');
    const finding = select('#row-pp-2 td[lang="fr"] .findings', tree)!;
    expect(toString(finding)).toContain('A/RES/76/268');
    expect(toString(finding)).toContain('qa/symbols');
    expect(selectAll('.badge-stale', tree)).toHaveLength(1);
    expect(selectAll('.badge-missing', tree)).toHaveLength(1);
    expect(toString(select('thead th[lang="es"]', tree)!)).toContain('1 stale, 0 missing');
    // The current units carry no badge.
    expect(selectAll('#row-para-1 .badge', tree)).toHaveLength(0);
  });

  it('labels the page in the original language', async () => {
    const document = { ...doc('a-res-80-212'), original: 'fr' as const };
    const tree = parse(renderParallelPage({ document, status: translationStatus(document), locales: project.locales! }));
    expect(selectAll('thead th.col', tree).map((th) => th.properties.lang)).toEqual(['fr', 'ar', 'zh', 'en', 'ru', 'es']);
    expect(toString(select('label[for="jump"]', tree)!)).toBe('Aller au paragraphe');
    expect(select('html', tree)!.properties.lang).toBe('fr');
  });

  it('is written as parallel.html beside the assets, and left alone when unchanged', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'hexapla-parallel-'));
    try {
      const parallelHtml = renderParallelPage(markedResolution(project));
      const document = { id: 'a-res-80-212', outDir: path.join(outDir, 'a-res-80-212'), media: [], parallelHtml } as unknown as PlannedDocument;
      const plan = { documents: [document, { ...document, id: 'one', outDir: path.join(outDir, 'one'), parallelHtml: undefined }], assets: await collectAssets(path.join(ROOT, 'templates')) };
      const [first, ...rest] = await writeParallelPages(plan);
      expect(rest).toHaveLength(0);
      expect(first!.reused).toBe(false);
      expect(await readFile(path.join(outDir, 'a-res-80-212', 'parallel.html'), 'utf8')).toBe(parallelHtml);
      expect((await stat(path.join(outDir, 'a-res-80-212', 'assets', 'parallel.css'))).isFile()).toBe(true);
      expect((await writeParallelPages({ ...plan }))[0]!.reused).toBe(true);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
