/**
 * End to end on the second sample, A/RES/80/212 (a General Assembly resolution in six
 * languages): HTML read back as a tree, PDFs read back as text, links and pictures.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { build, type BuildResult } from '../scripts/build.ts';
import { UN_LANGUAGES, type LanguageCode } from '../scripts/languages/index.ts';
import { ROOT, SOFT_HYPHEN } from './helpers.ts';
import { differenceFromReference, pdfInfo, pdfLinks, pdfText } from './pdf-tools.ts';

const DOC = 'a-res-80-212';
let outDir: string;
let result: BuildResult;
const html = new Map<LanguageCode, Root>();
const pdf = (lang: LanguageCode) => path.join(outDir, DOC, `${lang}.pdf`);
const clean = (text: string) => text.replaceAll(SOFT_HYPHEN, '');

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'hexapla-resolution-'));
  result = await build({ root: ROOT, documents: [DOC], outDir });
  for (const lang of UN_LANGUAGES) html.set(lang, fromHtml(await readFile(path.join(outDir, DOC, `${lang}.html`), 'utf8')));
}, 240_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the resolution sample', () => {
  it('builds every edition in both formats, with no parity warning', () => {
    expect(result.ok).toBe(true);
    expect(result.outputs).toHaveLength(12);
    expect(result.warnings).toEqual([]);
  });

  it.each(UN_LANGUAGES)('%s: has five preambular paragraphs, six operative ones and an annex with two', (lang) => {
    const tree = html.get(lang)!;
    expect(selectAll('.preamble p.preambular', tree).map((p) => p.properties.id)).toEqual(['pp-1', 'pp-2', 'pp-3', 'pp-4', 'pp-5']);
    expect(selectAll('.body > p.para[id^="para-"]', tree).map((p) => p.properties.id)).toEqual(['para-1', 'para-2', 'para-3', 'para-4', 'para-5', 'para-6']);
    expect(selectAll('#para-3 ~ ol.subitems > li', tree).map((li) => li.properties.id)).toEqual(['para-3-a', 'para-3-b', 'para-3-c']);
    expect(selectAll('section#annex-1 p.para[id]', tree).map((p) => p.properties.id)).toEqual(['annex-1-para-1', 'annex-1-para-2']);
    expect(select('section#annex-1 figure#table-1 table.un-table', tree)).toBeDefined();
  });

  it.each(UN_LANGUAGES)('%s: prints the note cited twice as two notes, the four in order of their calls', (lang) => {
    const tree = html.get(lang)!;
    expect(selectAll('a[role="doc-noteref"]', tree).map((a) => a.properties.href)).toEqual(['#fn-1', '#fn-2', '#fn-3']);
    const notes = selectAll('[role="doc-footnote"]', tree).map((n) => clean(toString(n)));
    expect(notes).toHaveLength(3);
    expect(notes[0]!.replace(/^\(?1\)?/, '')).toBe(notes[2]!.replace(/^\(?3\)?/, ''));
    expect(selectAll('.table-note', tree)).toHaveLength(1);
  });

  it.each(UN_LANGUAGES)('%s: links the same resolutions, with its own resolver code', (lang) => {
    const tree = html.get(lang)!;
    const code = lang === 'zh' ? 'ch' : lang;
    const symbols = selectAll('main a.symbol, section.footnotes a.symbol', tree).map((a) => a.properties.href);
    expect(symbols).toEqual(
      ['A/RES/50/11', 'A/RES/71/328', 'A/RES/76/268', 'A/RES/76/268', 'A/RES/2(I)', 'A/80/123', 'A/RES/2(I)'].map((s) => `https://undocs.org/${code}/${s}`),
    );
  });

  it('closes the text with the meeting and the date, before the annex', () => {
    const en = html.get('en')!;
    const main = select('main', en)!;
    const order = selectAll('.closing, section.annex', main).map((e) => (e.properties.className as string[])[0]);
    expect(order).toEqual(['closing', 'annex']);
    expect(clean(toString(select('.closing', en)!)).replace(/\s+/g, ' ').trim()).toBe('61st plenary meeting 18 December 2025');
  });

  it.each(UN_LANGUAGES)('%s: starts the annex on a new page in the PDF, with its table, and every note on its call\'s page', (lang) => {
    const pages = Number(pdfInfo(pdf(lang)).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    const texts = Array.from({ length: pages }, (_, i) => clean(pdfText(pdf(lang), i + 1)).replace(/[\u202A-\u202E]/g, ''));
    // The annex's label stands on a line of its own ("Annex", "附件"); the text may name the annex too.
    const annexLabel = new RegExp(`^${{ en: 'Annex', fr: 'Annexe', es: 'Anexo', ru: 'Приложение', zh: '附件', ar: 'المرفق' }[lang]}$`, 'm');
    const annexPage = texts.findIndex((t) => annexLabel.test(t));
    expect(annexPage).toBeGreaterThan(0);
    expect(texts.slice(0, annexPage).some((t) => annexLabel.test(t))).toBe(false);
    // The table's last row is on a page of the annex.
    expect(texts.slice(annexPage).join('\n')).toMatch(/4[ ,.\u00A0\u202F]?865|865 4/); // Arabic digits come out in visual order
    // The notes sit on the first page with their calls (the preamble and paragraph 4 are on page 1).
    expect(texts[0]).toContain('A/80/123');
    // The web edition's language switcher is not printed: no other language's own name appears
    // (but English, which the masthead's "Original: English" line prints).
    const otherNames = Object.entries({ ar: 'العربية', zh: '中文', fr: 'Français', ru: 'Русский', es: 'Español' }).filter(([code]) => code !== lang);
    for (const [, name] of otherNames) expect(texts[0]).not.toContain(name);
  });

  it.each(UN_LANGUAGES)('%s: carries live links to the resolver in the PDF', async (lang) => {
    const { uris } = await pdfLinks(pdf(lang));
    const code = lang === 'zh' ? 'ch' : lang;
    expect(uris.map(([, url]) => url)).toEqual(expect.arrayContaining([`https://undocs.org/${code}/A/RES/76/268`, `https://undocs.org/${code}/A/80/123`]));
  });

  it.each(['zh', 'ar'] as LanguageCode[])('%s: the resolution\'s first page and its annex page look like the reference pictures', async (lang) => {
    expect(await differenceFromReference(pdf(lang), 1, `${DOC}-${lang}-page1`, outDir)).toBeLessThan(0.01);
    const pages = Number(pdfInfo(pdf(lang)).Pages);
    const label = lang === 'zh' ? /^附件$/m : /^المرفق$/m;
    const annexPage = Array.from({ length: pages }, (_, i) => i + 1).find((page) => label.test(pdfText(pdf(lang), page).replace(/[\u202A-\u202E]/g, '')))!;
    expect(await differenceFromReference(pdf(lang), annexPage, `${DOC}-${lang}-annex`, outDir)).toBeLessThan(0.01);
  });
});
