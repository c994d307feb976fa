/**
 * End to end: build the sample document's six HTML editions and read them back as HTML.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { build, type BuildResult } from '../scripts/build.ts';
import { UN_LANGUAGES } from '../scripts/languages/index.ts';
import { copyProject, ROOT, runHexapla } from './helpers.ts';

const DOC = 'npt-conf-2020-wp-20';

/** The nine links the published Chinese PDF carries (from the seed's link list), in order. */
const CHINESE_LINKS: [string, string][] = [
  ['68/32', 'https://undocs.org/ch/A/RES/68/32'],
  ['70/34', 'https://undocs.org/ch/A/RES/70/34'],
  ['71/71', 'https://undocs.org/ch/A/RES/71/71'],
  ['72/251', 'https://undocs.org/ch/A/RES/72/251'],
  ['73/40', 'https://undocs.org/ch/A/RES/73/40'],
  ['74/54', 'https://undocs.org/ch/A/RES/74/54'],
  ['69/58', 'https://undocs.org/ch/A/RES/69/58'],
  ['74/32', 'https://undocs.org/ch/A/RES/74/32'],
  ['75/45', 'https://undocs.org/ch/A/RES/75/45'],
];

let outDir: string;
let result: BuildResult;
const editions = new Map<string, Root>();

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'hexapla-html-'));
  result = await build({ root: ROOT, documents: [DOC], formats: ['html'], outDir });
  for (const lang of UN_LANGUAGES) editions.set(lang, fromHtml(await readFile(path.join(outDir, DOC, `${lang}.html`), 'utf8')));
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the sample builds into six HTML editions', () => {
  it('writes one edition per language with a summary each, and no parity warning', () => {
    expect(result.ok).toBe(true);
    expect(result.outputs.map((o) => `${o.document}/${o.lang}.${o.format}`).sort()).toEqual(UN_LANGUAGES.map((l) => `${DOC}/${l}.html`).sort());
    expect(result.warnings).toEqual([]);
  });

  it.each(UN_LANGUAGES)('%s: has the 41 paragraph anchors in order, each showing its number', (lang) => {
    const tree = editions.get(lang)!;
    const paragraphs = selectAll('p.para[id^="para-"]', tree);
    expect(paragraphs.map((p) => p.properties.id)).toEqual(Array.from({ length: 41 }, (_, i) => `para-${i + 1}`));
    // UN Arabic documents write paragraph numbers "1 -"; the others "1.".
    paragraphs.forEach((p, i) => expect(toString(select('.para-number', p)!)).toBe(lang === 'ar' ? `${i + 1} -` : `${i + 1}.`));
  });

  it.each(UN_LANGUAGES)('%s: declares its language and direction', (lang) => {
    const tree = editions.get(lang)!;
    expect(select('html', tree)!.properties.lang).toBe(lang);
    const edition = select('.edition', tree)!;
    expect(edition.properties.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(edition.properties.lang).toBe(lang);
  });

  it('gives the Chinese edition exactly the published links, each on its resolution number', () => {
    const links = selectAll('main a[href^="https://"]', editions.get('zh')!);
    expect(links.map((a) => [toString(a), a.properties.href])).toEqual(CHINESE_LINKS);
    const para16 = select('#para-16', editions.get('zh')!)!;
    expect(toString(para16)).toContain('第 68/32、70/34、71/71、72/251、73/40 和 74/54 号决议');
    expect(selectAll('a', para16)).toHaveLength(7);
    expect(selectAll('#para-26 a', editions.get('zh')!).map((a) => toString(a))).toEqual(['74/32']);
    expect(selectAll('#para-41 a', editions.get('zh')!).map((a) => toString(a))).toEqual(['75/45']);
  });

  it.each(UN_LANGUAGES.filter((l) => l !== 'zh'))('%s: links the same resolutions in the same paragraphs, with its own resolver code', (lang) => {
    const tree = editions.get(lang)!;
    const symbolsIn = (n: number) => selectAll(`#para-${n} a.symbol`, tree).map((a) => a.properties.href);
    const code = lang;
    const expected = CHINESE_LINKS.map(([, url]) => url.replace('/ch/', `/${code}/`));
    expect([...symbolsIn(16), ...symbolsIn(26), ...symbolsIn(41)]).toEqual(expected);
    expect(selectAll('main a.symbol', tree)).toHaveLength(9);
  });

  it('keeps the run-on sub-items of paragraphs 5 and 16 inside their paragraphs', () => {
    const zh = editions.get('zh')!;
    expect(toString(select('#para-5', zh)!)).toMatch(/\(a\).*\(b\).*\(c\).*\(d\).*\(e\).*\(f\).*\(g\)/s);
    expect(toString(select('#para-16', zh)!)).toMatch(/\(a\).*\(b\).*\(c\)/s);
    expect(toString(select('#para-5', editions.get('fr')!)!)).toMatch(/a\).*b\).*g\)/s);
  });

  it('fills the masthead and title block from the locale files', () => {
    const text = (lang: string, selector: string) => toString(select(selector, editions.get(lang)!)!).trim();
    expect(text('en', '.organ-name')).toBe('United Nations');
    expect(text('zh', '.organ-name')).toBe('联合国');
    expect(text('fr', '.organ-name')).toBe('Nations Unies');
    expect(text('en', '.masthead-symbol')).toBe('NPT/CONF.2020/WP.20');
    expect(text('en', '.issue-date')).toBe('13 December 2021');
    expect(text('zh', '.issue-date')).toBe('2021 年 12 月 13 日');
    expect(text('fr', '.issue-date')).toBe('13 décembre 2021');
    expect(text('es', '.distribution')).toBe('Distr. general');
    expect(text('fr', '.original')).toBe('Original\u00A0: anglais');
    expect(select('.edition-language', editions.get('en')!)).toBeUndefined(); // the original needs no edition line
    expect(text('zh', '.edition-language')).toBe('Chinese');
    expect(text('zh', '.session')).toBe('2022 年 1 月 4 日至 28 日，纽约');
    expect(text('en', '.session')).toBe('New York, 4–28 January 2022');
    expect(text('zh', '.title')).toBe('核裁军');
    expect(text('zh', '.job-number')).toBe('21-17096 (C)');
    expect(text('ar', '.job-number')).toBe('21-17096 (A)');
  });

  it('writes assets beside the editions and links them relatively', async () => {
    const zh = editions.get('zh')!;
    const hrefs = selectAll('link[rel~="stylesheet"]', zh).map((l) => String(l.properties.href));
    expect(hrefs).toEqual(['assets/fonts.css', 'assets/hexapla.css', 'assets/languages.css', 'assets/page-ltr.css', 'assets/print.css']);
    const assets = await readdir(path.join(outDir, DOC, 'assets'));
    expect(assets).toEqual(expect.arrayContaining(['fonts.css', 'hexapla.css', 'languages.css', 'print.css', 'page-ltr.css', 'page-rtl.css', 'un-emblem.svg', 'fonts']));
    const fontsCss = await readFile(path.join(outDir, DOC, 'assets', 'fonts.css'), 'utf8');
    const fontFiles = new Set(await readdir(path.join(outDir, DOC, 'assets', 'fonts')));
    const referenced = [...fontsCss.matchAll(/url\(fonts\/([^)]+)\)/g)].map((m) => m[1]!);
    expect(referenced.length).toBeGreaterThan(50);
    expect(referenced.filter((f) => !fontFiles.has(f))).toEqual([]);
    expect(selectAll('.barcode svg', zh)).toHaveLength(1);
    expect(select('a.qr', zh)!.properties.href).toBe('https://undocs.org/ch/NPT/CONF.2020/WP.20');
  });
});

describe('bad input through the command line', () => {
  it('fails on parity with the document, languages and paragraph, leaving dist/ untouched', async () => {
    const project = await copyProject();
    try {
      const fr = path.join(project.root, 'content', DOC, 'fr.md');
      const text = await readFile(fr, 'utf8');
      const paragraphs = text.split('\n\n');
      paragraphs.splice(20, 1); // drop paragraph 20 of the French edition
      await writeFile(fr, paragraphs.join('\n\n'));
      const failure = await runHexapla(project.root, ['build', '--format', 'html']);
      expect(failure.code).toBe(1);
      expect(failure.stderr).toMatch(/error: content\/npt-conf-2020-wp-20\/fr\.md:\d+: npt-conf-2020-wp-20: editions "en" and "fr" part at paragraph 20: .*paragraph 20 of the first has no counterpart in the second/);
      await expect(readdir(path.join(project.root, 'dist'))).rejects.toThrow(/ENOENT/);
    } finally {
      await project.remove();
    }
  });

  it('fails on a broken front matter field with file, line and hint, keeping the previous build', async () => {
    const project = await copyProject();
    try {
      expect((await runHexapla(project.root, ['build', '--format', 'html', '--lang', 'en'])).code).toBe(0);
      const before = await readFile(path.join(project.root, 'dist', DOC, 'en.html'), 'utf8');
      const meta = path.join(project.root, 'content', DOC, 'document.yml');
      await writeFile(meta, (await readFile(meta, 'utf8')).replace('jobNumber: 21-17096', 'jobNumber: 2117096'));
      const failure = await runHexapla(project.root, ['build', '--format', 'html']);
      expect(failure.code).toBe(1);
      expect(failure.stderr).toMatch(/error: content\/npt-conf-2020-wp-20\/document\.yml:4: field "jobNumber" in the document metadata: expected a job number such as 21-17096 \[metadata\/invalid-field\]\n\s+→ /);
      expect(await readFile(path.join(project.root, 'dist', DOC, 'en.html'), 'utf8')).toBe(before);
      const leftovers = (await readdir(path.join(project.root, 'dist', DOC))).filter((name) => name.endsWith('.tmp'));
      expect(leftovers).toEqual([]);
    } finally {
      await project.remove();
    }
  });

  it('fails on a glossary file that is not JSON, naming file and line', async () => {
    const project = await copyProject();
    try {
      const glossary = path.join(project.root, 'locales', 'ru', 'glossary.json');
      await writeFile(glossary, (await readFile(glossary, 'utf8')).replace('"new-york": "Нью-Йорк",', '"new-york": "Нью-Йорк"'));
      const failure = await runHexapla(project.root, ['build', '--format', 'html']);
      expect(failure.code).toBe(1);
      expect(failure.stderr).toMatch(/error: locales\/ru\/glossary\.json:4: invalid JSON: .*\n\s+→ fix the syntax/);
    } finally {
      await project.remove();
    }
  });

  it('fails on an unknown glossary term in a document, naming the file and line', async () => {
    const project = await copyProject();
    try {
      const es = path.join(project.root, 'content', DOC, 'es.md');
      await writeFile(es, (await readFile(es, 'utf8')).replace('Conferencia de Desarme', ':term[conferencia-desarme]'));
      const failure = await runHexapla(project.root, ['build', '--format', 'html', '--lang', 'es']);
      expect(failure.code).toBe(1);
      expect(failure.stderr).toMatch(/error: content\/npt-conf-2020-wp-20\/es\.md:\d+:\d+: unknown glossary term "conferencia-desarme" \[glossary\/unknown-term\]\n\s+→ add "conferencia-desarme" to locales\/es\/glossary\.json/);
    } finally {
      await project.remove();
    }
  });

  it('points links at the resolver named in hexapla.config.json, and rejects a bad one', async () => {
    const project = await copyProject();
    try {
      const config = path.join(project.root, 'hexapla.config.json');
      await writeFile(config, JSON.stringify({ resolver: 'https://documents.un.org/api/symbol/access?s={symbol}&l={lang}&t=pdf' }));
      expect((await runHexapla(project.root, ['build', '--format', 'html', '--lang', 'zh'])).code).toBe(0);
      const zh = fromHtml(await readFile(path.join(project.root, 'dist', DOC, 'zh.html'), 'utf8'));
      expect(select('#para-26 a', zh)!.properties.href).toBe('https://documents.un.org/api/symbol/access?s=A/RES/74/32&l=ch&t=pdf');

      await writeFile(config, JSON.stringify({ resolver: 'https://example.org/' }));
      const failure = await runHexapla(project.root, ['build', '--format', 'html']);
      expect(failure.code).toBe(1);
      expect(failure.stderr).toMatch(/error: hexapla\.config\.json: invalid configuration field "resolver"/);
    } finally {
      await project.remove();
    }
  });
});
