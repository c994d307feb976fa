/**
 * XLIFF files shaped as CAT tools return them (segmented, tags moved, re-indented, CDATA and
 * entities, 2.0 segments and split codes), and every kind of broken file refused with its own
 * error, the edition untouched.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runXliffExport, runXliffImport } from '../scripts/commands/xliff.ts';
import { HexaplaError } from '../scripts/diagnostics.ts';
import { loadTranslationProject } from '../scripts/translation/project.ts';
import { copyProject } from './helpers.ts';

const DOC = 'a-res-80-212';
let project: Awaited<ReturnType<typeof copyProject>>;
const frFile = () => path.join(project.root, 'content', DOC, 'fr.md');

async function exported(version: '1.2' | '2.0', lang: 'fr' | 'es' = 'fr'): Promise<string> {
  const out = path.join(project.root, `export.${version}.xlf`);
  await runXliffExport({ root: project.root, document: DOC, lang, version, out, cwd: project.root, stdout: new PassThrough() });
  return readFile(out, 'utf8');
}
async function importText(xml: string, force = false): Promise<void> {
  const file = path.join(project.root, 'returned.xlf');
  await writeFile(file, xml);
  await runXliffImport({ root: project.root, file, shownAs: 'returned.xlf', force, stdout: new PassThrough() });
}
/** Replaces the content of one unit's target (1.2 or 2.0). */
function withTarget(xml: string, id: string, target: string): string {
  return xml.replace(new RegExp(`(<(?:trans-unit|unit) id="${id}"[^]*?<target[^>]*>)[^]*?(</target>)`), (_, open: string, close: string) => open + target + close);
}
async function refused(xml: string, rule: string, message: RegExp, force = false): Promise<void> {
  const before = await readFile(frFile(), 'utf8');
  const error = await importText(xml, force).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(HexaplaError);
  const diagnostics = (error as HexaplaError).diagnostics;
  expect(diagnostics.map((d) => d.rule)).toContain(rule);
  expect(diagnostics.map((d) => d.message).join('\n')).toMatch(message);
  expect(diagnostics[0]!.location?.file).toBe('returned.xlf');
  expect(diagnostics[0]!.hint).toBeTruthy();
  expect(await readFile(frFile(), 'utf8')).toBe(before);
}

beforeAll(async () => {
  project = await copyProject();
});
afterAll(() => project.remove());

describe('files as CAT tools return them', () => {
  it('joins 1.2 segments, takes moved tags, re-indented text, CDATA and entities', async () => {
    const before = await readFile(frFile(), 'utf8');
    let xml = await exported('1.2');
    // Segmented: a <seg-source> and the target's sentences in <mrk mtype="seg">, tags moved, indented without xml:space.
    xml = xml.replace(
      /<trans-unit id="pp-2" resname="pp-2" xml:space="preserve">([^]*?)<target([^>]*)>[^]*?<\/target>/,
      (_, head: string, attrs: string) =>
        `<trans-unit id="pp-2" resname="pp-2">${head.replace('</source>', '</source>\n        <seg-source><mrk mtype="seg" mid="1">x</mrk></seg-source>')}<target${attrs}>\n          <mrk mtype="seg" mid="1">R&#233;affirmant <g id="1" ctype="italic" equiv-text="*">aussi</g> que</mrk>\n          <mrk mtype="seg" mid="2"><![CDATA[l'égalité des langues & le reste]]><x id="2" ctype="x-footnote" equiv-text="[^equality]"/>,</mrk>\n        </target>`,
    );
    await importText(xml);
    const after = await readFile(frFile(), 'utf8');
    const line = after.split('\n').find((l) => l.includes('des langues'));
    expect(line).toBe("Réaffirmant *aussi* que l'égalité des langues & le reste[^equality],");
    // Everything else is as it was.
    expect(after.replace(line!, '')).toBe(before.replace(/^\*Réaffirmant\*.*$/m, ''));
  });

  it('joins 2.0 segments and ignorables, pairs split codes, takes the Markdown of a tag from the source when a tool dropped its data', async () => {
    let xml = await exported('2.0');
    xml = xml.replace(
      /(<unit id="pp-4"[^]*?)<segment id="s1" state="translated">[^]*?<\/segment>/,
      (_, head: string) =>
        `${head}<segment id="s1"><source><sc id="1" dataRef="d1"/>Noting with</source><target><sc id="1" dataRef="d1"/>Prenant note</target></segment>` +
        '<ignorable><source> </source></ignorable>' +
        `<segment id="s2" state="final"><source>appreciation<ec startRef="1" dataRef="d1"/> the report<ph id="2" dataRef="d2"/>,</source><target>avec satisfaction<ec startRef="1" dataRef="d1"/> du rapport<ph id="2"/>,</target></segment>`,
    );
    await importText(xml);
    expect(await readFile(frFile(), 'utf8')).toContain('\n*Prenant note avec satisfaction* du rapport[^report],\n');
  });

  it('creates an edition that does not exist yet from the original', async () => {
    const xml = await exported('1.2', 'es');
    const es = path.join(project.root, 'content', DOC, 'es.md');
    const unitTexts = async () => (await loadTranslationProject(project.root, { documents: [DOC] })).documents[0]!.editions.find((e) => e.lang === 'es')?.units.map((u) => [u.id, u.text]);
    const spanish = await unitTexts();
    await rm(es);
    await importText(xml);
    // The new file is the original's with every unit's text in Spanish.
    expect(await unitTexts()).toEqual(spanish);
  });
});

describe('broken files are refused, the edition untouched', () => {
  it('a missing, unknown, duplicated or unbalanced code', async () => {
    const xml = await exported('1.2');
    await refused(withTarget(xml, 'pp-2', 'Réaffirmant que'), 'xliff/missing-code', /pp-2.*lacks tags 1, 2/);
    await refused(withTarget(xml, 'pp-1', '<g id="1" ctype="italic" equiv-text="*">Rappelant</g><x id="9" equiv-text="[^x]"/>'), 'xliff/unknown-code', /pp-1.*id 9/);
    await refused(withTarget(xml, 'pp-2', '<g id="1">A</g><x id="2"/><x id="2"/>'), 'xliff/duplicate-code', /pp-2: tag 2 occurs twice/);
    await refused(withTarget(xml, 'pp-2', '<bx id="1" rid="1"/>A<x id="2"/>'), 'xliff/unbalanced-code', /pp-2: tag 1 opens and never closes/);
  });

  it('a wrong document or language, an unknown unit', async () => {
    const xml = await exported('1.2');
    await refused(xml.replace('original="a-res-80-212"', 'original="a-res-1-1"'), 'xliff/wrong-document', /"a-res-1-1"/);
    await refused(xml.replace('target-language="fr"', 'target-language="de"'), 'xliff/wrong-language', /"de"/);
    await refused(xml.replace('source-language="en"', 'source-language="fr"'), 'xliff/wrong-language', /translated from en/);
    await refused(xml.replace('<trans-unit id="pp-5"', '<trans-unit id="pp-55"'), 'xliff/unknown-unit', /"pp-55"/);
  });

  it('malformed XML (with its line) and a file that is not XLIFF', async () => {
    const xml = await exported('2.0');
    const broken = xml.replace('<source>', '<source><b>');
    const error = await importText(broken).catch((e: HexaplaError) => e);
    expect((error as HexaplaError).diagnostics[0]!.rule).toBe('xliff/malformed');
    expect((error as HexaplaError).diagnostics[0]!.location?.line).toBeGreaterThan(5);
    await refused(broken, 'xliff/malformed', /not well-formed/);
    await refused('<?xml version="1.0"?>\n<html><body/></html>\n', 'xliff/not-xliff', /<html>/);
  });

  it('a unit whose original changed since the export, unless --force', async () => {
    const xml = withTarget((await exported('1.2')).replace(/(<trans-unit id="para-6"[^]*?source-hash: )[0-9a-f]{16}/, '$10000000000000000'), 'para-6', '<g id="1" ctype="italic" equiv-text="*">Décide</g> autrement.');
    await refused(xml, 'xliff/stale-source', /unit para-6/);
    await importText(xml, true);
    expect(await readFile(frFile(), 'utf8')).toContain('*Décide* autrement.');
    const record = await readFile(path.join(project.root, 'content', DOC, 'translations.yml'), 'utf8');
    expect(record).toMatch(/para-6: "?0000000000000000/);
  });

  it('a table cell with a line end or a pipe, a blank line in a one-paragraph unit', async () => {
    const xml = await exported('2.0');
    await refused(withTarget(xml, 'table-1-r2-c1', 'Arabe | x'), 'xliff/table-cell', /unescaped \|/);
    await refused(withTarget(xml.replace(/(<unit id="table-1-r3-c1"[^>]*) xml:space="preserve"/, '$1'), 'table-1-r2-c1', 'Arabe\nx'), 'xliff/table-cell', /line end/);
    await refused(withTarget(xml, 'para-1', '<pc id="1" dataRefStart="d1" dataRefEnd="d1">Prie</pc> le\n\nSecrétaire'), 'xliff/blank-line', /para-1/);
  });
});
