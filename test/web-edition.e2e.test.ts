/**
 * The web edition, read in Chromium as a reader would: every edition of both samples and the
 * index, at a phone's width and a desktop's. No horizontal scrolling at 360 px (the page's scroll
 * width and a full-page screenshot's width), no axe-core violation, and a language switcher that
 * reaches the other editions.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Page } from 'puppeteer-core';
import { build } from '../scripts/build.ts';
import { UN_LANGUAGES } from '../scripts/languages/index.ts';
import { launchBrowser, type LaunchedBrowser } from '../scripts/paginate/browser.ts';
import { ROOT } from './helpers.ts';

const DOCUMENTS = ['npt-conf-2020-wp-20', 'a-res-80-212'];
const PAGES = [...DOCUMENTS.flatMap((doc) => UN_LANGUAGES.map((lang) => `${doc}/${lang}.html`)), 'index.html'];
const OWN_NAMES = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };

const require = createRequire(import.meta.url);
let outDir: string;
let launched: LaunchedBrowser;
let axeSource: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'hexapla-web-'));
  expect((await build({ root: ROOT, documents: DOCUMENTS, formats: ['html'], outDir })).ok).toBe(true);
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  launched = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await launched?.close();
  await rm(outDir, { recursive: true, force: true });
});

async function open(file: string, width: number, run: (page: Page) => Promise<void>) {
  const page = await launched.browser.newPage();
  try {
    await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(path.join(outDir, file)).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await run(page);
  } finally {
    await page.close();
  }
}

/** A PNG's width, from its IHDR chunk. */
const pngWidth = (png: Uint8Array) => Buffer.from(png).readUInt32BE(16);

describe('the web edition on a phone', () => {
  it.each(PAGES)('%s: no horizontal scrolling at 360 px, and the masthead reflows', async (file) => {
    await open(file, 360, async (page) => {
      const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
        // The widest element outside a box that scrolls on its own (a wide table may).
        let widest = '';
        let right = 0;
        for (const element of document.body.querySelectorAll('*')) {
          if (element.closest('.table-block')) continue;
          const box = element.getBoundingClientRect();
          if (box.width > 0 && box.right > right) [right, widest] = [box.right, `${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.right)}px`];
        }
        return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, widest };
      });
      expect(clientWidth).toBe(360);
      expect(scrollWidth, `widest: ${widest}`).toBeLessThanOrEqual(360);
      const screenshot = await page.screenshot({ fullPage: true });
      expect(pngWidth(screenshot)).toBe(360);
      if (file === 'index.html') return;
      // The symbol is on screen, not cut off at the edge.
      const symbol = await page.$eval('.masthead-symbol', (element) => {
        const box = element.getBoundingClientRect();
        return { left: box.left, right: box.right, text: element.textContent };
      });
      expect(symbol.left).toBeGreaterThanOrEqual(0);
      expect(symbol.right).toBeLessThanOrEqual(360);
    });
  });
});

describe('the web edition passes axe-core', () => {
  it.each(PAGES.flatMap((file) => [360, 1280].map((width) => [file, width] as const)))('%s at %i px', async (file, width) => {
    await open(file, width, async (page) => {
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const results = await axe.run(document, { resultTypes: ['violations'] });
        return results.violations.map((v) => `${v.impact}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      // All of axe's rules, best practices (landmarks, heading order) included, and not only the serious ones.
      expect(violations).toEqual([]);
    });
  });
});

describe('the language switcher', () => {
  it.each(DOCUMENTS.flatMap((doc) => UN_LANGUAGES.map((lang) => [doc, lang] as const)))('%s/%s: links every edition by its own name, hreflang alternates in the head', async (doc, lang) => {
    const tree = fromHtml(await readFile(path.join(outDir, doc, `${lang}.html`), 'utf8'));
    const nav = select('nav.edition-languages', tree)!;
    const links = selectAll('a', nav);
    expect(links.map((a) => [a.properties.hrefLang, toString(a)])).toEqual(UN_LANGUAGES.map((code) => [code, OWN_NAMES[code]]));
    expect(links.filter((a) => a.properties.ariaCurrent === 'page').map((a) => a.properties.hrefLang)).toEqual([lang]);
    for (const a of links) {
      expect(a.properties.lang).toBe(a.properties.hrefLang);
      expect((await stat(path.join(outDir, doc, String(a.properties.href)))).isFile()).toBe(true);
    }
    const alternates = selectAll('head link[rel~="alternate"][hreflang]', tree).map((l) => [l.properties.hrefLang, l.properties.href]);
    expect(alternates).toEqual(UN_LANGUAGES.map((code) => [code, `${code}.html`]));
    expect(select('html', tree)!.properties).toMatchObject({ lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
  });

  it('takes the reader to the other edition when clicked', async () => {
    await open('a-res-80-212/en.html', 360, async (page) => {
      await Promise.all([page.waitForNavigation(), page.click('nav.edition-languages a[hreflang="ar"]')]);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, location.pathname.split('/').pop()])).toEqual(['ar', 'rtl', 'ar.html']);
    });
  });

  it('is not printed', async () => {
    await open('a-res-80-212/fr.html', 1280, async (page) => {
      await page.emulateMediaType('print');
      expect(await page.$eval('nav.edition-languages', (nav) => getComputedStyle(nav).display)).toBe('none');
    });
  });
});
