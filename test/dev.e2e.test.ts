/**
 * `hexapla dev` on a throw-away project, seen from a real page in Chromium: the page it serves
 * carries the live-reload client (the file in dist/ does not); a saved edit reloads the page
 * with the new text, before the PDF is rendered again; a broken file shows its error over the
 * page, with file and line, and the session keeps watching; fixing it clears the error.
 * Hexapla's own files and paths outside dist/ are not served.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startDevSession, type DevSession } from '../scripts/dev/session.ts';
import { findBrowserExecutable } from '../scripts/paginate/locate.ts';
import { projectWith } from './helpers.ts';

const META = 'symbol: A/80/9\njobNumber: 25-00009\ndate: 2025-10-01\noriginal: en\norgan: general-assembly\nsession:\n  number: 80\n';
const EN = '---\ntitle: Live\n---\n\nThe first paragraph.\n\nThe second paragraph.\n';

let project: Awaited<ReturnType<typeof projectWith>>;
let session: DevSession;
let reader: Browser;
let page: Page;
const builds: { ok: boolean; pdfs: number; at: number }[] = [];
const log: string[] = [];
const en = () => path.join(project.root, 'content', 'doc', 'en.md');

/** Resolves with the next build's outcome. */
function nextBuild(): Promise<{ ok: boolean; pdfs: number; at: number }> {
  const count = builds.length;
  return new Promise((resolve) => {
    const check = setInterval(() => {
      if (builds.length > count) {
        clearInterval(check);
        resolve(builds[count]!);
      }
    }, 20);
  });
}

beforeAll(async () => {
  project = await projectWith({ doc: { 'document.yml': META, 'en.md': EN, 'fr.md': '---\ntitle: En direct\n---\n\nLe premier paragraphe.\n\nLe deuxième paragraphe.\n' } });
  const first = new Promise<void>((resolve) => {
    session = undefined as unknown as DevSession;
    void startDevSession({
      root: project.root,
      port: 0,
      log: (line) => log.push(line),
      onBuild: ({ ok, result }) => {
        builds.push({ ok, pdfs: result?.outputs.filter((o) => o.format === 'pdf' && o.ok && !o.reused).length ?? 0, at: performance.now() });
        if (builds.length === 1) resolve();
      },
    }).then((started) => (session = started));
  });
  await first;
  while (!session) await new Promise((resolve) => setTimeout(resolve, 10));
  // A reader's browser: the build's own one is offline by design, loopback included.
  reader = await puppeteer.launch({
    executablePath: findBrowserExecutable().path,
    headless: 'new',
    pipe: true,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--no-proxy-server'],
  });
  page = await reader.newPage();
}, 120_000);
afterAll(async () => {
  await reader?.close();
  await session?.close();
  await project?.remove();
});

describe('hexapla dev', () => {
  it('builds first, then serves the pages with the live-reload client added', async () => {
    expect(builds[0]).toMatchObject({ ok: true, pdfs: 2 });
    const response = await page.goto(new URL('doc/en.html', session.url).href, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.$eval('script[src="/__hexapla/client.js"]', (s) => s.getAttribute('src'))).toBe('/__hexapla/client.js');
    expect(await readFile(path.join(project.root, 'dist', 'doc', 'en.html'), 'utf8')).not.toContain('__hexapla');
    expect(log.some((line) => line.includes(session.url))).toBe(true);
  });

  it('does not serve its records, hidden files, or anything outside dist/', async () => {
    for (const url of ['doc/.hexapla-record.json', 'doc/assets/.hexapla-key', '..%2f..%2fcontent%2fdoc%2fen.md', '%2e%2e/content/doc/en.md']) {
      expect((await fetch(new URL(url, session.url))).status, url).toBe(404);
    }
    expect((await fetch(new URL('doc/assets/hexapla.css', session.url))).status).toBe(200);
  });

  it('reloads the open page when its edition is saved, before the PDF is rendered again', async () => {
    const parallel = await reader.newPage();
    await parallel.goto(new URL('doc/parallel.html', session.url).href, { waitUntil: 'load' });
    const built = nextBuild();
    const reloaded = page.waitForNavigation({ waitUntil: 'load' }).then(() => performance.now());
    const parallelReloaded = parallel.waitForNavigation({ waitUntil: 'load' }).then(() => performance.now());
    await writeFile(en(), EN.replace('The first paragraph.', 'The first paragraph, edited.'));
    const [at, build, parallelAt] = await Promise.all([reloaded, built, parallelReloaded]);
    expect(await page.$eval('#para-1', (p) => p.textContent)).toContain('edited');
    // The parallel edition of the document reloads too, before the PDF.
    expect(await parallel.$eval('#row-para-1', (row) => row.textContent)).toContain('edited');
    expect(parallelAt).toBeLessThan(build.at);
    await parallel.close();
    expect(build).toMatchObject({ ok: true, pdfs: 1 }); // the English PDF alone
    expect(at).toBeLessThan(build.at);
  }, 60_000);

  it('shows a broken file\'s error over the page and keeps watching; the fix clears it', async () => {
    let built = nextBuild();
    await writeFile(en(), '---\ntitle: [unclosed\n---\n\nThe first paragraph.\n');
    expect((await built).ok).toBe(false);
    const alert = await page.waitForSelector('[role="alert"]', { timeout: 10_000 });
    const text = await alert!.evaluate((element) => element.textContent ?? '');
    expect(text).toMatch(/content\/doc\/en\.md:2/);
    expect(log.some((line) => /content\/doc\/en\.md:2/.test(line))).toBe(true);
    // The page is still the last good one.
    expect(await page.$eval('#para-1', (p) => p.textContent)).toContain('edited');

    built = nextBuild();
    await writeFile(en(), EN.replace('The first paragraph.', 'The first paragraph, fixed.'));
    expect((await built).ok).toBe(true);
    await page.waitForFunction(() => document.querySelector('#para-1')?.textContent?.includes('fixed') && !document.querySelector('[role="alert"]'), { timeout: 10_000 });
  }, 60_000);
});
