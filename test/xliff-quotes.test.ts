/**
 * XLIFF on a block quote of several lines: the CAT tool sees the quotation's text without the
 * `>` that opens each line (Markdown, not words), and a target written on any number of lines
 * goes back into the quote with the marker on each. Unchanged, the edition stays byte-identical.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runXliffExport, runXliffImport } from '../scripts/commands/xliff.ts';
import { loadTranslationProject } from '../scripts/translation/project.ts';
import { translationStatus } from '../scripts/translation/status.ts';
import { projectWith } from './helpers.ts';

const META = 'symbol: A/80/9\njobNumber: 25-00009\ndate: 2025-10-01\noriginal: en\norgan: general-assembly\nsession:\n  number: 80\n';
const EN = '---\ntitle: Quotes\n---\n\nThe Secretary-General said:\n\n> Multilingualism is a core value\n> of the Organization,\n> and of its documents.\n\nThat was all.\n';
const FR = '---\ntitle: Citations\n---\n\nLe Secrétaire général a déclaré :\n\n> Le multilinguisme est une valeur\n> essentielle de l’Organisation et de ses documents.\n\nCe fut tout.\n';

let project: Awaited<ReturnType<typeof projectWith>>;
const fr = () => path.join(project.root, 'content', 'doc', 'fr.md');
const out = () => path.join(project.root, 'fr.xlf');

beforeAll(async () => {
  project = await projectWith({ doc: { 'document.yml': META, 'en.md': EN, 'fr.md': FR } });
});
afterAll(() => project?.remove());

async function exportFr(): Promise<string> {
  await runXliffExport({ root: project.root, document: 'doc', lang: 'fr', version: '1.2', out: out(), cwd: project.root, stdout: new PassThrough() });
  return readFile(out(), 'utf8');
}
const importFr = () => runXliffImport({ root: project.root, file: out(), shownAs: 'fr.xlf', force: false, stdout: new PassThrough() });

describe('xliff and block quotes', () => {
  it('shows the quotation without its > markers, and leaves the edition as it was when nothing changed', async () => {
    const xml = await exportFr();
    const unit = /<trans-unit id="quote-1"[\s\S]*?<\/trans-unit>/.exec(xml)![0];
    expect(unit).toContain('Multilingualism is a core value\nof the Organization,\nand of its documents.');
    expect(unit).not.toContain('&gt;');
    await importFr();
    expect(await readFile(fr(), 'utf8')).toBe(FR);
  });

  it('puts the marker back on every line of a target written on other lines', async () => {
    const xml = await exportFr();
    await writeFile(out(), xml.replace(/(<trans-unit id="quote-1"[\s\S]*?<target[^>]*>)[\s\S]*?(<\/target>)/, '$1Le multilinguisme est\nune valeur essentielle\nde l’Organisation\net de ses documents.$2'));
    await importFr();
    expect(await readFile(fr(), 'utf8')).toBe(FR.replace(/> Le multilinguisme[\s\S]*?documents\.\n/, '> Le multilinguisme est\n> une valeur essentielle\n> de l’Organisation\n> et de ses documents.\n'));
  });

  it('re-wrapping the quotation in the original makes nothing stale', async () => {
    const [before] = (await loadTranslationProject(project.root)).documents;
    const hash = translationStatus(before!).find((s) => s.lang === 'fr')!.units.find((u) => u.id === 'quote-1')!.hash;
    const en = path.join(project.root, 'content', 'doc', 'en.md');
    await writeFile(en, EN.replace('> Multilingualism is a core value\n> of the Organization,\n', '> Multilingualism is a core value of the Organization,\n'));
    const [after] = (await loadTranslationProject(project.root)).documents;
    expect(translationStatus(after!).find((s) => s.lang === 'fr')!.units.find((u) => u.id === 'quote-1')!.hash).toBe(hash);
  });
});
