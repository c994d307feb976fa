/**
 * End to end: build the sample's six PDFs in one browser and read them back.
 * Reference page images live in test/reference/; after an intended layout change, review the
 * new pictures and refresh them with UPDATE_REFERENCES=1 npx vitest run test/build-pdf.e2e.test.ts
 */
import { mkdtemp, readFile, rm, writeFile, access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../scripts/build.ts';
import { UN_LANGUAGES, type LanguageCode } from '../scripts/languages/index.ts';
import { copyProject, ROOT, runHexapla } from './helpers.ts';
import { decodePdfString, differenceFromReference, pdfFonts, pdfInfo, pdfLinks, pdfText, pdfWords, QpdfObjects } from './pdf-tools.ts';

const DOC = 'npt-conf-2020-wp-20';
const BIDI_MARKS = /[\u202A-\u202E\u200E\u200F]/g;
const RESOLUTIONS = ['68/32', '70/34', '71/71', '72/251', '73/40', '74/54', '69/58', '74/32', '75/45'];

let outDir: string;
let result: BuildResult;
const pdf = (lang: LanguageCode) => path.join(outDir, DOC, `${lang}.pdf`);
const pageCount = (lang: LanguageCode) => Number(pdfInfo(pdf(lang)).Pages);

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'hexapla-pdf-'));
  result = await build({ root: ROOT, documents: [DOC], formats: ['pdf'], outDir });
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the sample builds into six PDFs', () => {
  it('renders every edition, and writes only what was asked for', async () => {
    expect(result.outputs.map((o) => [o.lang, o.format, o.ok])).toEqual(UN_LANGUAGES.map((l) => [l, 'pdf', true]).sort());
    await expect(access(path.join(outDir, DOC, 'zh.html'))).rejects.toThrow();
  });

  it.each(UN_LANGUAGES)('%s: is A4, tagged, with metadata and the edition language', async (lang) => {
    const info = pdfInfo(pdf(lang));
    expect(info['Page size']).toMatch(/^595(\.\d+)? x 841\.\d+ pts \(A4\)|^594\.96 x 841\.92 pts \(A4\)/);
    expect(info.Tagged).toBe('yes');
    expect(info.Subject).toBe('NPT/CONF.2020/WP.20');
    expect(info.Producer).toBe('Hexapla');
    expect(info.Title).toBe((await readFile(path.join(ROOT, 'content', DOC, `${lang}.md`), 'utf8')).match(/^title: (.+)$/m)![1]);
    expect(info.Author.length).toBeGreaterThan(10);
    expect(decodePdfString(new QpdfObjects(pdf(lang)).catalog['/Lang'])).toBe(lang);
  });

  it('gives the Chinese edition five pages, as the published document has', async () => {
    expect(pageCount('zh')).toBe(5);
  });

  it.each(UN_LANGUAGES)('%s: carries the symbol as running header and "21-17096 n/N" as footer, mirrored', async (lang) => {
    const pages = pageCount(lang);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(7);
    for (const page of [2, 3]) {
      const words = pdfWords(pdf(lang), page);
      const symbol = words.filter((w) => w.text === 'NPT/CONF.2020/WP.20');
      const folio = words.filter((w) => w.text === `${page}/${pages}`);
      expect(symbol, `page ${page} header`).toHaveLength(1);
      expect(folio, `page ${page} footer`).toHaveLength(1);
      expect(words.filter((w) => w.text === '21-17096')).toHaveLength(1);
      // Even pages at the left, odd at the right; Arabic the other way round.
      const atLeft = (page % 2 === 0) !== (lang === 'ar');
      const half = symbol[0]!.pageWidth / 2;
      expect(symbol[0]!.xMin < half, `page ${page} header side`).toBe(atLeft);
      expect(folio[0]!.xMin < half, `page ${page} footer side`).toBe(atLeft);
    }
    // poppler runs bidi over the Arabic page and may move the closing parenthesis.
    const text = pdfText(pdf(lang), 1).replace(BIDI_MARKS, '');
    expect(text).toContain(`21-17096 (${{ ar: 'A', zh: 'C', en: 'E', fr: 'F', ru: 'R', es: 'S' }[lang]}`);
    expect(text).not.toMatch(/1\/\d/); // the first page has its own footer, not a folio
  });

  it('links the nine resolution numbers of the Chinese edition as link annotations', async () => {
    const { uris } = await pdfLinks(pdf('zh'));
    const resolutions = [...new Set(uris.map(([, url]) => url).filter((url) => url.includes('/A/RES/')))];
    expect(resolutions).toEqual(RESOLUTIONS.map((r) => `https://undocs.org/ch/A/RES/${r}`));
    expect(uris.map(([, url]) => url)).toContain('https://undocs.org/ch/NPT/CONF.2020/WP.20'); // the QR code
  });

  it.each(UN_LANGUAGES)('%s: has every paragraph number in order, with a named destination each', async (lang) => {
    const text = pdfText(pdf(lang)).replace(BIDI_MARKS, '');
    // Arabic numbers are written "1 -"; poppler prints that neutral run in visual order, "-1".
    const marker = lang === 'ar' ? /^(?:-\s?(\d{1,2})|(\d{1,2}) -)$/gm : /^(\d{1,2})\.\s/gm;
    const numbers = [...text.matchAll(marker)].map((m) => Number(m[1] ?? m[2]));
    const expected = Array.from({ length: 41 }, (_, i) => i + 1);
    expect(numbers.filter((n, i) => numbers.indexOf(n) === i)).toEqual(expected);
    const { destinations } = await pdfLinks(pdf(lang));
    expect(destinations).toEqual(expect.arrayContaining(expected.map((n) => `para-${n}`)));
  });

  it.each(UN_LANGUAGES.filter((l) => l !== 'zh'))('%s: links the same nine resolutions, with its own resolver code', async (lang) => {
    const { uris } = await pdfLinks(pdf(lang));
    const resolutions = [...new Set(uris.map(([, url]) => url).filter((url) => url.includes('/A/RES/')))];
    expect(resolutions).toEqual(RESOLUTIONS.map((r) => `https://undocs.org/${lang}/A/RES/${r}`));
  });

  it.each(UN_LANGUAGES)('%s: embeds its fonts from npm, none as Type 3, none from the system', async (lang) => {
    const fonts = pdfFonts(pdf(lang));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.type, font.name).not.toMatch(/Type 3/);
      expect(font.name, font.name).toMatch(/\+(Tinos|NotoSerifSC|Amiri)/);
    }
  });

  it('extracts Arabic text in logical order', async () => {
    const source = await readFile(path.join(ROOT, 'content', DOC, 'ar.md'), 'utf8');
    const secondParagraph = source.split('\n\n')[2]!;
    // Compared without spaces: poppler splits some words at ligatures, but letters must come
    // in reading order, right to left, and with their dots (not as dotless skeletons).
    const firstWords = secondParagraph.split(/\s+/).slice(0, 8).join('');
    const text = pdfText(pdf('ar'), 1).replace(BIDI_MARKS, '').replace(/\s+/g, '');
    expect(text).toContain(firstWords);
  });

  it.each(UN_LANGUAGES)('%s: first page looks like the reference picture', async (lang) => {
    // Allow anti-aliasing noise between Chromium builds, not a moved block of text.
    expect(await differenceFromReference(pdf(lang), 1, `${DOC}-${lang}-page1`, outDir)).toBeLessThan(0.01);
  });
});

describe('a PDF that cannot be rendered', () => {
  it('is named with its reason, the other editions still render, and the exit status is 1', async () => {
    const project = await copyProject();
    try {
      // Translations (here French, not the English original) ask for a stylesheet on the
      // network, which offline rendering refuses.
      const template = path.join(project.root, 'templates', 'document.hbs');
      await writeFile(
        template,
        (await readFile(template, 'utf8')).replace('</head>', '{{#if document.isTranslation}}<link rel="stylesheet" href="https://fonts.example.org/remote.css">{{/if}}\n</head>'),
      );
      const { code, stdout } = await runHexapla(project.root, ['build', '--lang', 'en,fr', '--format', 'pdf']);
      expect(code).toBe(1);
      expect(stdout).toMatch(/✗ npt-conf-2020-wp-20\/fr\s+pdf\s+failed: .*refused offline: https:\/\/fonts\.example\.org\/remote\.css/);
      expect(stdout).toMatch(/✓ npt-conf-2020-wp-20\/en\s+pdf\s+41 paragraphs/);
      await access(path.join(project.root, 'dist', DOC, 'en.pdf'));
      await expect(access(path.join(project.root, 'dist', DOC, 'fr.pdf'))).rejects.toThrow(/ENOENT/);
    } finally {
      await project.remove();
    }
  });
});
