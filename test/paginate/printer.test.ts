/**
 * End-to-end tests of the PDF engine on small fixtures: real Chromium, real PDFs, read back with
 * poppler-utils and qpdf.
 */
import { copyFileSync, cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedRequest, openPdfEngine, type PdfEngine, type PdfJob, type PdfResult } from '../../scripts/paginate/printer.ts';
import { pdfFonts, pdfInfo, pdfText, QpdfObjects, type PdfDict, type PdfValue } from '../pdf-tools.ts';

const FIXTURES = path.resolve('test/fixtures/paginate');
const OUTPUT = path.resolve('test/.output/paginate');

function jobFor(fixture: string, options: { pdfName?: string; fixturesDir?: string } = {}): PdfJob {
  const root = path.join(options.fixturesDir ?? FIXTURES, fixture);
  return {
    label: `${fixture}/en`,
    htmlPath: path.join(root, 'index.html'),
    pdfPath: path.join(OUTPUT, options.pdfName ?? `${fixture}.pdf`),
    allowedRoot: root,
    metadata: {
      title: `Title of ${fixture}`,
      subject: 'FIX/A4/1',
      author: 'Fixture Conference',
      lang: 'en-GB',
      keywords: ['fixture', 'paginate'],
      producer: 'Hexapla test',
      creationDate: new Date('2020-04-27T09:00:00Z'),
    },
  };
}

/** The fonts fixture with the npm font copied next to it (the repository keeps no font binaries). */
function fontsFixtureWithFont(): string {
  const dir = path.join(OUTPUT, 'fixtures');
  cpSync(path.join(FIXTURES, 'fonts'), path.join(dir, 'fonts'), { recursive: true });
  copyFileSync(
    path.resolve('node_modules/@fontsource/tinos/files/tinos-latin-400-normal.woff2'),
    path.join(dir, 'fonts', 'tinos-latin-400-normal.woff2'),
  );
  return dir;
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('PDF engine', () => {
  let engine: PdfEngine;
  let tabsAtStart: number;
  const results: Record<string, PdfResult> = {};
  const a4 = path.join(OUTPUT, 'a4-three-pages.pdf');
  const a5 = path.join(OUTPUT, 'a5-one-page.pdf');

  beforeAll(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    engine = await openPdfEngine({ concurrency: 2 });
    tabsAtStart = await engine.openTabCount();
    // Two documents one after the other in the same engine: the second (A5, 1 page) must not
    // inherit anything from the first (A4, 3 pages).
    results.a4 = await engine.render(jobFor('a4-three-pages'));
    results.a5 = await engine.render(jobFor('a5-one-page'));
    [results.offline, results.remoteStylesheet, results.fonts, results.a5again, results.bleed] = await engine.renderAll([
      jobFor('offline'),
      jobFor('remote-stylesheet'),
      jobFor('fonts', { fixturesDir: fontsFixtureWithFont() }),
      jobFor('a5-one-page', { pdfName: 'a5-again.pdf' }),
      jobFor('bleed'),
    ]);
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('renders a paginated A4 document', () => {
    expect(results.a4).toMatchObject({ label: 'a4-three-pages/en', ok: true, pages: 3, pdfPath: a4 });
    const info = pdfInfo(a4);
    expect(info.Pages).toBe('3');
    expect(info['Page size']).toMatch(/\(A4\)/);
  });

  it('prints the running header and the n/N footer exactly once (Paged.js, not Chromium, paints margin boxes)', () => {
    const page2 = pdfText(a4, 2);
    expect(occurrences(page2, 'FIX/A4/1')).toBe(1);
    expect(occurrences(page2, '2/3')).toBe(1);
    const page1 = pdfText(a4, 1);
    expect(occurrences(page1, 'FIX/A4/1')).toBe(1); // the title only: the first page has no header
    expect(page1).toContain('1/3');
  });

  it('keeps the text in reading order (tagged PDF)', () => {
    const text = pdfText(a4).replace(/\s+/g, ' ');
    const order = ['I. Introduction', '1. Alpha', 'A. Background', '2. Bravo', 'II. Conclusions', '3. Charlie'].map((s) => text.indexOf(s));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(pdfInfo(a4).Tagged).toBe('yes');
  });

  it("tags the document's own elements, not Paged.js's boxes around each page", () => {
    // The structure tree, from the root down: the roles, and the depth of each paragraph.
    const objects = new QpdfObjects(a4);
    const paragraphDepths: number[] = [];
    const roles = new Set<string>();
    const walk = (value: PdfValue, depth: number): void => {
      const node = objects.resolve(value);
      if (Array.isArray(node)) return node.forEach((kid) => walk(kid, depth));
      if (!node || typeof node !== 'object' || (node as PdfDict)['/Type'] !== '/StructElem') return;
      const role = String((node as PdfDict)['/S']);
      roles.add(role);
      if (role === '/P') paragraphDepths.push(depth);
      walk((node as PdfDict)['/K'], depth + 1);
    };
    walk(objects.resolve<PdfDict>(objects.catalog['/StructTreeRoot'])['/K'], 0);
    expect(roles).toContain('/H1');
    // <body><p>: under the document element, with at most one group (Chromium's for the body's
    // content); Paged.js's page, sheet, page box, area and content boxes would be five more.
    expect(paragraphDepths).toHaveLength(3);
    expect(Math.max(...paragraphDepths)).toBeLessThanOrEqual(2);
  });

  it('writes the job metadata, reproducible dates and the language', () => {
    const info = pdfInfo(a4);
    expect(info).toMatchObject({
      Title: 'Title of a4-three-pages',
      Subject: 'FIX/A4/1',
      Author: 'Fixture Conference',
      Keywords: 'fixture paginate',
      Producer: 'Hexapla test',
      Creator: 'Hexapla (Paged.js 0.4 + Chromium)',
    });
    expect(info.CreationDate).toMatch(/Apr 27 09:00:00 2020/);
    expect(info.ModDate).toBe(info.CreationDate);
    expect(new QpdfObjects(a4).catalog['/Lang']).toBe('u:en-GB');
  });

  it('gives the same bytes for the same input', () => {
    expect(results.a5again.ok).toBe(true);
    expect(readFileSync(path.join(OUTPUT, 'a5-again.pdf')).equals(readFileSync(a5))).toBe(true);
  });

  it('names a destination para-N on the page of each paragraph', () => {
    const pdf = new QpdfObjects(a4);
    const pages = pdf.pageRefs();
    const dests = pdf.resolve<PdfDict>(pdf.catalog['/Dests']);
    for (const [name, pageIndex] of [['para-1', 0], ['para-2', 1], ['para-3', 2]] as const) {
      const [pageRef, kind, , top] = pdf.resolve<[string, string, number, number]>(dests[`/${name}`]);
      expect(pageRef).toBe(pages[pageIndex]);
      expect(kind).toBe('/XYZ');
      // Below the 25 mm top margin (842 − 71 pt), not off the page.
      expect(top).toBeGreaterThan(600);
      expect(top).toBeLessThanOrEqual(842 - 70);
    }
  });

  it("keeps in-document links working (Chromium's link annotation resolves to para-1)", () => {
    const pdf = new QpdfObjects(a4);
    const page2 = pdf.resolve<PdfDict>(pdf.pageRefs()[1]);
    const links = (page2['/Annots'] as string[]).map((ref) => pdf.resolve<PdfDict>(ref)).filter((a) => a['/Subtype'] === '/Link');
    expect(links).toHaveLength(1);
    const dests = pdf.resolve<PdfDict>(pdf.catalog['/Dests']);
    const target = links[0]['/Dest'] ?? pdf.resolve<PdfDict>(links[0]['/A'])['/D'];
    expect(Object.keys(dests)).toContain(target);
    expect(target).toBe('/para-1');
  });

  it('builds the outline from the headings, nested by level', () => {
    expect(new QpdfObjects(a4).outlineTitles()).toEqual(['FIX/A4/1', '  I. Introduction', '    A. Background', '  II. Conclusions']);
  });

  it("does not give a document the previous document's pages (Printer.pages reset)", () => {
    expect(results.a5).toMatchObject({ ok: true, pages: 1 });
    const info = pdfInfo(a5);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/\(A5\)/);
    const pdf = new QpdfObjects(a5);
    const page = pdf.resolve<PdfDict>(pdf.pageRefs()[0]);
    const mediaBox = page['/MediaBox'] as number[];
    expect(page['/TrimBox']).toEqual(mediaBox.map((n) => Math.round(n * 100) / 100));
  });

  it('sets each TrimBox to the page without its bleed, on every page', () => {
    expect(results.bleed).toMatchObject({ ok: true, pages: 2 });
    const pdf = new QpdfObjects(path.join(OUTPUT, 'bleed.pdf'));
    const MM = 72 / 25.4;
    for (const ref of pdf.pageRefs()) {
      const page = pdf.resolve<PdfDict>(ref);
      const [x0, y0, x1, y1] = page['/MediaBox'] as number[];
      const [tx0, ty0, tx1, ty1] = page['/TrimBox'] as number[];
      // The sheet is A5 (148 × 210 mm) plus 3 mm on every side; the TrimBox is A5, 3 mm in.
      expect((x1 - x0) / MM).toBeCloseTo(154, 0);
      expect((y1 - y0) / MM).toBeCloseTo(216, 0);
      expect([tx0 - x0, ty0 - y0, x1 - tx1, y1 - ty1].map((edge) => edge / MM)).toEqual([3, 3, 3, 3].map((mm) => expect.closeTo(mm, 1)));
    }
  });

  it('renders a document without headings, with no outline (outlineTags trap)', () => {
    expect(results.a5.ok).toBe(true);
    expect(new QpdfObjects(a5).catalog['/Outlines']).toBeUndefined();
    expect(pdfText(a5)).toContain('Un seul paragraphe');
  });

  it('refuses and reports every request outside the allowed root', () => {
    expect(results.offline.ok).toBe(true);
    expect(results.offline.blockedRequests).toEqual(
      expect.arrayContaining(['http://example.com/tracker.png', expect.stringMatching(/^file:.*\/paginate\/outside-root\.svg$/)]),
    );
    expect(results.offline.blockedRequests.some((url) => url.startsWith('data:'))).toBe(false);
    expect(results.a4.blockedRequests).toEqual([]);
  });

  it('fails an edition whose stylesheet is refused, naming the URL', () => {
    expect(results.remoteStylesheet).toMatchObject({ label: 'remote-stylesheet/en', ok: false });
    expect(results.remoteStylesheet.error).toContain('refused offline: https://fonts.googleapis.com/css2?family=Tinos');
    expect(existsSync(path.join(OUTPUT, 'remote-stylesheet.pdf'))).toBe(false);
  });

  it('embeds web fonts from the build as TrueType, not Type 3', () => {
    expect(results.fonts.ok).toBe(true);
    const fonts = pdfFonts(path.join(OUTPUT, 'fonts.pdf'));
    const tinos = fonts.filter((font) => /Tinos/i.test(font.name));
    expect(tinos.length).toBeGreaterThan(0);
    for (const font of tinos) expect(font).toMatchObject({ type: expect.stringMatching(/TrueType/), embedded: true });
    expect(fonts.map((font) => font.type)).not.toContain('Type 3');
  });

  it('closes every tab it opened (closeAfter:false trap)', async () => {
    expect(await engine.openTabCount()).toBe(tabsAtStart);
  });

  it('leaves no temporary files next to the PDFs', () => {
    expect(readdirSync(OUTPUT).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('PDF engine failures', () => {
  let engine: PdfEngine;
  let results: PdfResult[];
  let tabsAtStart: number;

  beforeAll(async () => {
    engine = await openPdfEngine({ concurrency: 2, timeoutMs: 4_000 });
    tabsAtStart = await engine.openTabCount();
    results = await engine.renderAll([
      jobFor('hangs', { pdfName: 'failures/hangs.pdf' }),
      jobFor('spins', { pdfName: 'failures/spins.pdf' }),
      { ...jobFor('a5-one-page', { pdfName: 'failures/missing.pdf' }), label: 'missing/en', htmlPath: path.join(FIXTURES, 'a5-one-page/missing.html') },
      { ...jobFor('a5-one-page', { pdfName: 'failures/outside.pdf' }), label: 'outside/en', htmlPath: path.join(FIXTURES, 'offline/index.html') },
      jobFor('a5-one-page', { pdfName: 'failures/a5.pdf' }),
    ]);
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('names the edition and the reason, and renders the others', () => {
    expect(results.map(({ label, ok }) => ({ label, ok }))).toEqual([
      { label: 'hangs/en', ok: false },
      { label: 'spins/en', ok: false },
      { label: 'missing/en', ok: false },
      { label: 'outside/en', ok: false },
      { label: 'a5-one-page/en', ok: true },
    ]);
    expect(results[0].error).toMatch(/timed out after 4 s/);
    expect(results[1].error).toMatch(/timed out after 4 s/);
    expect(results[2].error).toMatch(/ERR_FILE_NOT_FOUND/);
    expect(results[3].error).toMatch(/offline\/index\.html is not inside the allowed root/);
  });

  it('writes no file for a failed edition and closes its tab', async () => {
    expect(existsSync(path.join(OUTPUT, 'failures/hangs.pdf'))).toBe(false);
    expect(existsSync(path.join(OUTPUT, 'failures/spins.pdf'))).toBe(false);
    expect(readdirSync(path.join(OUTPUT, 'failures'))).toEqual(['a5.pdf']);
    expect(await engine.openTabCount()).toBe(tabsAtStart);
  });
});

describe('isAllowedRequest', () => {
  it('allows files under the root and inline URLs only', () => {
    expect(isAllowedRequest('file:///build/doc/assets/a.css', '/build/doc')).toBe(true);
    expect(isAllowedRequest('file:///build/doc/../other/a.css', '/build/doc')).toBe(false);
    expect(isAllowedRequest('file:///build/doc-other/a.css', '/build/doc')).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', '/build/doc')).toBe(false);
    expect(isAllowedRequest('https://un.org/logo.svg', '/build/doc')).toBe(false);
    expect(isAllowedRequest('data:text/plain,hi', '/build/doc')).toBe(true);
    expect(isAllowedRequest('about:blank', '/build/doc')).toBe(true);
  });
});
