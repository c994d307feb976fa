/**
 * XLIFF export and import on copies of the sample documents: a file exported and imported with
 * no change leaves every edition byte-identical (XLIFF 1.2 and 2.0, every translated edition of
 * both samples); what is exported validates against the OASIS schemas; edited targets change
 * exactly their units, and the translation record follows.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runXliffExport, runXliffImport } from '../scripts/commands/xliff.ts';
import { loadTranslationProject } from '../scripts/translation/project.ts';
import { schemaErrors } from './fixtures/xliff/schema.ts';
import { copyProject } from './helpers.ts';

const SAMPLES = ['a-res-80-212', 'npt-conf-2020-wp-20'];
const TARGETS = ['ar', 'zh', 'fr', 'ru', 'es'] as const;
let project: Awaited<ReturnType<typeof copyProject>>;
const stdout = () => new PassThrough();

async function exportXliff(document: string, lang: (typeof TARGETS)[number], version: '1.2' | '2.0'): Promise<string> {
  const out = path.join(project.root, `${document}.${lang}.${version}.xlf`);
  await runXliffExport({ root: project.root, document, lang, version, out, cwd: project.root, stdout: stdout() });
  return out;
}
const importXliff = (file: string, force = false) => runXliffImport({ root: project.root, file, shownAs: path.basename(file), force, stdout: stdout() });
const edition = (document: string, lang: string) => readFile(path.join(project.root, 'content', document, `${lang}.md`), 'utf8');

beforeAll(async () => {
  project = await copyProject();
});
afterAll(() => project.remove());

describe('xliff round trip', () => {
  for (const version of ['1.2', '2.0'] as const) {
    it(`export then import with no change leaves every sample edition byte-identical (XLIFF ${version})`, async () => {
      for (const document of SAMPLES) {
        for (const lang of TARGETS) {
          const before = await edition(document, lang);
          const file = await exportXliff(document, lang, version);
          expect(await schemaErrors(await readFile(file, 'utf8'), version), `${document} ${lang}`).toEqual([]);
          await importXliff(file);
          expect(await edition(document, lang), `${document} ${lang}`).toBe(before);
        }
      }
    }, 120_000);
  }

  it('keeps an edition saved with CRLF line ends and a byte-order mark byte for byte, and imports an edit into it', async () => {
    const file = path.join(project.root, 'content', 'a-res-80-212', 'fr.md');
    const lf = await readFile(file, 'utf8');
    const windows = Buffer.from(`\uFEFF${lf.replace(/\n/g, '\r\n')}`, 'utf8');
    await writeFile(file, windows);
    try {
      const exported = await exportXliff('a-res-80-212', 'fr', '1.2');
      await importXliff(exported);
      expect((await readFile(file)).equals(windows)).toBe(true);
      // An edited target goes in with the file's own line ends and mark.
      const xml = await readFile(exported, 'utf8');
      await writeFile(exported, xml.replace(/(<trans-unit id="para-1"[\s\S]*?<target[^>]*>)([\s\S]*?)(<\/target>)/, '$1$2 (révisé)$3'));
      await importXliff(exported, true);
      const after = await readFile(file);
      expect(after.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
      const text = after.toString('utf8');
      expect(text).toContain(' (révisé)');
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    } finally {
      await writeFile(file, lf);
    }
  });

  it('writes one unit per Hexapla unit, with state, source hash and document in the file', async () => {
    const xml = await readFile(await exportXliff('a-res-80-212', 'fr', '1.2'), 'utf8');
    const [document] = (await loadTranslationProject(project.root, { documents: ['a-res-80-212'] })).documents;
    const ids = [...xml.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(document!.editions.find((e) => e.lang === 'en')!.units.map((u) => u.id));
    expect(xml).toContain('<file original="a-res-80-212" source-language="en" target-language="fr"');
    expect(xml).toMatch(/<note from="hexapla">source-hash: [0-9a-f]{16}<\/note>/);
    expect(xml).toContain('<g id="1" ctype="italic" equiv-text="*">Recalling</g>');
    expect(xml).toContain('<x id="2" ctype="x-footnote" equiv-text="[^equality]"/>');
  });

  it('an import with three edited targets changes exactly those units, and records them', async () => {
    const document = 'a-res-80-212';
    const before = await edition(document, 'fr');
    const file = await exportXliff(document, 'fr', '1.2');
    let xml = await readFile(file, 'utf8');
    const edit = (id: string, change: (target: string) => string) => {
      xml = xml.replace(new RegExp(`(<trans-unit id="${id}"[^]*?<target[^>]*>)([^]*?)(</target>)`), (_, open: string, target: string, close: string) => open + change(target) + close);
    };
    edit('pp-3', (t) => t.replace('Consciente', 'Reconnaissant'));
    edit('table-1-r2-c1', () => 'Arabe (langue)');
    edit('fn-2', (t) => `${t} Révisé.`);
    await writeFile(file, xml);
    await importXliff(file);
    const after = await edition(document, 'fr');
    expect(after).not.toBe(before);
    expect(after).toBe(before.replace('Consciente', 'Reconnaissant').replace('| Arabe |', '| Arabe (langue) |').replace('A/80/123.', 'A/80/123. Révisé.'));
    const record = parse(await readFile(path.join(project.root, 'content', document, 'translations.yml'), 'utf8')) as { editions: Record<string, Record<string, string>> };
    expect(Object.keys(record.editions.fr!)).toEqual(expect.arrayContaining(['pp-3', 'table-1-r2-c1', 'fn-2']));
  });
});
