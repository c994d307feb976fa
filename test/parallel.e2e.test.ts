/**
 * The parallel edition in Chromium, at a laptop's size (1366 × 768): six readable columns that
 * never overlap, the Arabic one right to left, a "go to paragraph" field that scrolls to the
 * row, checkboxes and `?langs=` that choose the columns, print media with the chosen columns
 * only, no serious axe-core violation, and the first screen compared with a reference picture.
 * After an intended change of the page, look at the new picture and refresh it with
 * UPDATE_REFERENCES=1 npx vitest run test/parallel.e2e.test.ts
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeParallelPages } from '../scripts/outputs/parallel.ts';
import { launchBrowser, type LaunchedBrowser } from '../scripts/paginate/browser.ts';
import type { PlannedDocument } from '../scripts/plan.ts';
import { collectAssets } from '../scripts/render/assets.ts';
import { renderParallelPage } from '../scripts/render/parallel.ts';
import { loadTranslationProject } from '../scripts/translation/project.ts';
import { translationStatus } from '../scripts/translation/status.ts';
import { ROOT } from './helpers.ts';
import { markedResolution } from './parallel-fixture.ts';

const require = createRequire(import.meta.url);
let outDir: string;
let launched: LaunchedBrowser;
let axeSource: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'hexapla-parallel-e2e-'));
  const project = await loadTranslationProject(ROOT, { processed: true });
  const npt = project.documents.find((d) => d.id === 'npt-conf-2020-wp-20')!;
  const planned = (id: string, parallelHtml: string) => ({ id, outDir: path.join(outDir, id), media: [], parallelHtml }) as unknown as PlannedDocument;
  await writeParallelPages({
    documents: [
      planned('a-res-80-212', renderParallelPage(markedResolution(project))),
      planned('npt-conf-2020-wp-20', renderParallelPage({ document: npt, status: translationStatus(npt), locales: project.locales! })),
    ],
    assets: await collectAssets(path.join(ROOT, 'templates')),
  });
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  launched = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await launched?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function open(documentId: string, run: (page: Page) => Promise<void>, query = '') {
  const page = await launched.browser.newPage();
  try {
    await page.setViewport({ width: 1366, height: 768, deviceScaleFactor: 1 });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(path.join(outDir, documentId, 'parallel.html')).href + query, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    expect(requests, 'the page works offline').toEqual([]);
    await run(page);
  } finally {
    await page.close();
  }
}

/** The visible column heads, in order on screen, with their boxes. */
const visibleColumns = (page: Page) =>
  page.$$eval('thead th.col', (heads) =>
    heads
      .filter((th) => getComputedStyle(th).display !== 'none')
      .map((th) => {
        const box = th.getBoundingClientRect();
        return { lang: th.getAttribute('lang')!, left: box.left, right: box.right, width: box.width };
      }),
  );

describe('the parallel edition on a laptop screen', () => {
  it.each(['a-res-80-212', 'npt-conf-2020-wp-20'])('%s: six readable columns, no overlap in any row, no horizontal scrolling', async (id) => {
    await open(id, async (page) => {
      const columns = await visibleColumns(page);
      expect(columns.map((c) => c.lang)).toEqual(['en', 'ar', 'zh', 'fr', 'ru', 'es']);
      for (const column of columns) expect(column.width).toBeGreaterThan(180);
      const scroll = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
      const overlaps = await page.$$eval('tbody tr', (rows) =>
        rows.flatMap((row) => {
          const cells = [...row.children].map((cell) => ({ cell, box: cell.getBoundingClientRect() })).sort((a, b) => a.box.left - b.box.left);
          const found: string[] = [];
          for (let i = 1; i < cells.length; i++) if (cells[i]!.box.left < cells[i - 1]!.box.right - 0.5) found.push(`${row.id}: column ${i}`);
          // Nothing inside a cell reaches past it (a long word wraps).
          for (const { cell, box } of cells) {
            for (const inner of cell.querySelectorAll('*')) {
              const r = inner.getBoundingClientRect();
              if (r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5)) found.push(`${row.id}: ${inner.tagName} outside its cell`);
            }
          }
          return found;
        }),
      );
      expect(overlaps).toEqual([]);
    });
  });

  it('sets the Arabic column right to left, and every cell in its language', async () => {
    await open('a-res-80-212', async (page) => {
      const cells = await page.$$eval('#row-para-1 td', (tds) => tds.map((td) => ({ lang: td.getAttribute('lang'), direction: getComputedStyle(td).direction, font: getComputedStyle(td).fontFamily })));
      expect(cells.find((c) => c.lang === 'ar')!.direction).toBe('rtl');
      expect(cells.find((c) => c.lang === 'ar')!.font).toContain('Amiri');
      expect(cells.find((c) => c.lang === 'zh')!.font).toContain('Noto Serif SC');
      expect(cells.find((c) => c.lang === 'en')!.font).toContain('Tinos');
      expect(cells.filter((c) => c.lang !== 'ar').every((c) => c.direction === 'ltr')).toBe(true);
      expect(await page.evaluate(() => document.fonts.check('16px Amiri', 'مرحبا'))).toBe(true);
    });
  });

  it('scrolls to the paragraph typed in the jump field, below the sticky head', async () => {
    await open('npt-conf-2020-wp-20', async (page) => {
      await page.type('#jump', '12');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#row-para-12');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { top, headBottom } = await page.evaluate(() => ({
        top: document.getElementById('row-para-12')!.getBoundingClientRect().top,
        headBottom: document.querySelector('thead th')!.getBoundingClientRect().bottom,
      }));
      expect(top).toBeGreaterThanOrEqual(headBottom - 1);
      expect(top).toBeLessThan(300);
      // The head stays at the top of the screen.
      expect(headBottom).toBeGreaterThan(0);
      expect(headBottom).toBeLessThan(120);
      await page.$eval('#jump', (input) => ((input as HTMLInputElement).value = ''));
      await page.type('#jump', '99');
      await page.keyboard.press('Enter');
      expect(await page.$eval('#jump-message', (output) => output.textContent)).toBe('There is no paragraph 99.');
    });
  });

  it('hides a column when its language is unchecked, and shows only ?langs= columns', async () => {
    await open('a-res-80-212', async (page) => {
      await page.click('#show-fr');
      const columns = await visibleColumns(page);
      expect(columns.map((c) => c.lang)).toEqual(['en', 'ar', 'zh', 'ru', 'es']);
      expect(await page.$eval('#row-para-1 td[lang="fr"]', (td) => getComputedStyle(td).display)).toBe('none');
      expect(await page.evaluate(() => document.documentElement.dataset.columns)).toBe('en ar zh ru es');
    });
    await open(
      'a-res-80-212',
      async (page) => {
        expect((await visibleColumns(page)).map((c) => c.lang)).toEqual(['en', 'ar', 'fr']);
        expect(await page.$$eval('input[name="lang"]:checked', (boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['en', 'ar', 'fr']);
        // Printed: the chosen columns only, no controls, the head row repeated.
        await page.emulateMediaType('print');
        expect((await visibleColumns(page)).map((c) => c.lang)).toEqual(['en', 'ar', 'fr']);
        expect(await page.$eval('.controls', (c) => getComputedStyle(c).display)).toBe('none');
        expect(await page.$eval('thead', (t) => getComputedStyle(t).display)).toBe('table-header-group');
        expect(await page.$eval('tbody tr', (t) => getComputedStyle(t).breakInside)).toBe('avoid');
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        // A4 landscape: 842 × 595 points.
        const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(Buffer.from(pdf).toString('latin1'));
        expect(box, 'a page box').not.toBeNull();
        expect(Math.round(Number(box![1]))).toBe(842);
        expect(Math.round(Number(box![2]))).toBe(595);
      },
      '?langs=en,fr,ar',
    );
  });

  it('sets a data-columns attribute for printing without the script', async () => {
    await open('a-res-80-212', async (page) => {
      await page.evaluate(() => document.documentElement.setAttribute('data-columns', 'zh ru'));
      expect((await visibleColumns(page)).map((c) => c.lang)).toEqual(['zh', 'ru']);
    });
  });

  it.each(['a-res-80-212', 'npt-conf-2020-wp-20'])('%s: no serious axe-core violation', async (id) => {
    await open(id, async (page) => {
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const results = await axe.run(document, { resultTypes: ['violations'] });
        return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    });
  });

  it('shows the resolution\'s first screen like the reference picture', async () => {
    await open('a-res-80-212', async (page) => {
      const { PNG } = await import('pngjs');
      const pixelmatch = (await import('pixelmatch')).default;
      const actual = PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png' })));
      const referenceFile = path.join(ROOT, 'test', 'reference', 'a-res-80-212-parallel.png');
      if (process.env.UPDATE_REFERENCES) await writeFile(referenceFile, PNG.sync.write(actual));
      const reference = PNG.sync.read(await readFile(referenceFile));
      expect([actual.width, actual.height]).toEqual([reference.width, reference.height]);
      const differing = pixelmatch(actual.data, reference.data, null, actual.width, actual.height, { threshold: 0.2 });
      // Anti-aliasing noise between Chromium builds, not a moved block of text.
      expect(differing / (actual.width * actual.height)).toBeLessThan(0.01);
    });
  });
});
