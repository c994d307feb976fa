/**
 * in-page/retire-pages.js takes finished pages out of Paged.js's layout while it lays out the
 * next ones. What it may never do is change the PDF: each long document here is paginated by
 * pagedjs-cli's Printer as it is (the reference) and with the script, and every page must hold
 * the same text at the same places, margin boxes with page counters included.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Printer from 'pagedjs-cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/paginate/browser.ts';
import { pdfInfo, pdfText, pdfWords } from '../pdf-tools.ts';

const OUTPUT = path.resolve('test/.output/retire-pages');
const RETIRE_PAGES = fileURLToPath(new URL('../../scripts/paginate/in-page/retire-pages.js', import.meta.url));

const WORDS = 'the conference recalls its resolutions and decides to remain seized of the matter in all its aspects'.split(' ');

/** A document of `sections` sections of uneven paragraphs, with running heads and page counters. */
function longDocument(extraCss: string, sections = 24): string {
  const body: string[] = [];
  for (let s = 1; s <= sections; s++) {
    body.push(`<h2>Section ${s}</h2>`);
    for (let p = 1; p <= 5; p++) {
      const length = 30 + ((s * 7 + p * 13) % 90);
      const text = Array.from({ length }, (_, i) => WORDS[(i + s + p) % WORDS.length]).join(' ');
      body.push(`<p>${s}.${p} ${text}.</p>`);
    }
    if (s === 12) body.push('<div class="restart">A new part restarts the page numbers.</div>');
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title><style>
@page { size: A5; margin: 22mm 18mm;
  @top-left { content: string(section); }
  @bottom-left { content: "Page " counter(page) " of " counter(pages); }
  @bottom-center { content: "Working paper"; } }
body { font: 11pt/1.4 serif; }
h2 { string-set: section content(text); break-after: avoid; }
p { orphans: 2; widows: 2; }
.restart { break-before: page; counter-reset: page 1; }
${extraCss}
</style></head><body>${body.join('\n')}</body></html>`;
}

const DOCUMENTS = {
  // Only page counters: finished pages are retired.
  'page-counters': longDocument(''),
  // A counter in the content: the script must leave every page in place.
  'content-counters': longDocument('h2 { counter-increment: section; } h2::before { content: counter(section) ". "; }'),
};

describe('retiring finished pages from the layout', () => {
  let launched: LaunchedBrowser;
  const pdfs: Record<string, { reference: string; retired: string; stats: Record<string, unknown> }> = {};

  /** Paginates with pagedjs-cli's Printer, with `scripts` added, and prints with Chromium. */
  async function paginate(url: string, scripts: string[], pdfPath: string): Promise<Record<string, unknown>> {
    const printer = new Printer({ closeAfter: false, timeout: 0, additionalScripts: scripts });
    printer.browser = launched.browser;
    const tab = await printer.render({ url });
    try {
      const stats = (await tab.evaluate(() => (window as unknown as { hexaplaPrintStats?: Record<string, unknown> }).hexaplaPrintStats ?? {})) as Record<string, unknown>;
      writeFileSync(pdfPath, await tab.pdf({ printBackground: true, preferCSSPageSize: true }));
      return stats;
    } finally {
      await tab.close();
    }
  }

  beforeAll(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    launched = await launchBrowser();
    for (const [name, html] of Object.entries(DOCUMENTS)) {
      const htmlPath = path.join(OUTPUT, `${name}.html`);
      writeFileSync(htmlPath, html);
      const url = pathToFileURL(htmlPath).href;
      const reference = path.join(OUTPUT, `${name}-reference.pdf`);
      const retired = path.join(OUTPUT, `${name}-retired.pdf`);
      await paginate(url, [], reference);
      pdfs[name] = { reference, retired, stats: await paginate(url, [RETIRE_PAGES], retired) };
    }
  }, 120_000);

  afterAll(async () => {
    await launched?.close();
  });

  it('retires all but the last pages of a document that counts only pages', () => {
    const pages = Number(pdfInfo(pdfs['page-counters']!.reference).Pages);
    expect(pages).toBeGreaterThan(20);
    // The last three stay in place: Paged.js reads the previous page (Splits).
    expect(pdfs['page-counters']!.stats.pagesRetired).toBe(pages - 3);
  });

  it('retires nothing when the content counts something else', () => {
    expect(pdfs['content-counters']!.stats.pagesRetired).toBe(0);
    expect(pdfs['content-counters']!.stats.pagesNotRetiredBecause).toMatch(/^counter(-increment: |\()section\)?$/);
  });

  for (const name of Object.keys(DOCUMENTS)) {
    it(`gives the same pages as Paged.js alone (${name})`, () => {
      const { reference, retired } = pdfs[name]!;
      const pages = Number(pdfInfo(reference).Pages);
      expect(Number(pdfInfo(retired).Pages)).toBe(pages);
      for (let page = 1; page <= pages; page++) expect(pdfText(retired, page), `page ${page}`).toBe(pdfText(reference, page));
      // With two margin boxes at the foot, Paged.js sizes them by their text, page counter
      // included (finalizePage, offsetWidth): the same places only if counters count right.
      for (const page of [1, pages - 8, pages]) expect(pdfWords(retired, page)).toEqual(pdfWords(reference, page));
      // (Paged.js 0.4.3 applies `counter-reset: page 1` to that one page only; the same here.)
    });
  }
});
