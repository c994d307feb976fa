/**
 * Incremental builds, on real outputs: a build with nothing changed reuses every output as it
 * was (same bytes, same file times, no browser); an edited French edition re-renders the French
 * PDF alone; --force makes everything again (and repairs an asset changed by hand); an output
 * changed by hand is made again; two builds
 * at once both finish with valid outputs.
 */
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../scripts/build.ts';
import { pdfsMayBeMissing } from '../scripts/cache.ts';
import { loadConfig } from '../scripts/config.ts';
import { projectWith } from './helpers.ts';

const META = 'symbol: A/80/3\njobNumber: 25-00003\ndate: 2025-10-01\noriginal: en\norgan: general-assembly\nsession:\n  number: 80\n';
let project: Awaited<ReturnType<typeof projectWith>>;
const file = (lang: string, format: string) => path.join(project.root, 'dist', 'doc', `${lang}.${format}`);
const times = async () => Object.fromEntries(await Promise.all(['en', 'fr'].flatMap((lang) => ['html', 'pdf'].map(async (format) => [`${lang}.${format}`, (await stat(file(lang, format))).mtimeMs] as const))));
const summary = (result: BuildResult) => result.outputs.map((o) => `${o.lang}.${o.format}:${o.reused ? 'reused' : 'made'}`).sort();

beforeAll(async () => {
  project = await projectWith({
    doc: {
      'document.yml': META,
      'en.md': '---\ntitle: Incremental\n---\n\nThe first paragraph cites resolution 74/32.\n\nThe second paragraph.\n',
      'fr.md': '---\ntitle: Incrémental\n---\n\nLe premier paragraphe cite la résolution 74/32.\n\nLe deuxième paragraphe.\n',
    },
  });
  expect((await build({ root: project.root })).ok).toBe(true);
}, 120_000);
afterAll(() => project.remove());

describe('incremental builds', () => {
  it('reuses every output of an unchanged document as it was', async () => {
    const before = await times();
    const bytes = await readFile(file('en', 'pdf'));
    const result = await build({ root: project.root });
    expect(summary(result)).toEqual(['en.html:reused', 'en.pdf:reused', 'fr.html:reused', 'fr.pdf:reused']);
    expect(await times()).toEqual(before);
    expect(await readFile(file('en', 'pdf'))).toEqual(bytes);
  });

  it('starts no browser when nothing changed, and guesses before planning that a change needs one', async () => {
    const config = await loadConfig(project.root);
    expect(await pdfsMayBeMissing(config)).toBe(false);
    // Were a browser started, this one would fail to start.
    expect((await build({ root: project.root, browser: path.join(project.root, 'no-such-browser') })).ok).toBe(true);
    // A file touched after the record was written (a checkout, say), its bytes unchanged.
    const en = path.join(project.root, 'content', 'doc', 'en.md');
    const recorded = (await stat(path.join(project.root, 'dist', 'doc', '.hexapla-record.json'))).mtimeMs;
    const touched = new Date(recorded + 5);
    await utimes(en, touched, touched);
    expect(await pdfsMayBeMissing(config)).toBe(true);
    // Everything is reused, and the record, checked again, is dated after the file.
    const result = await build({ root: project.root });
    expect(result.outputs.every((o) => o.reused)).toBe(true);
    expect(await pdfsMayBeMissing(config)).toBe(false);
  });

  it('re-renders only the edition that changed', async () => {
    const before = await times();
    const fr = path.join(project.root, 'content', 'doc', 'fr.md');
    await writeFile(fr, (await readFile(fr, 'utf8')).replace('Le deuxième paragraphe.', 'Le deuxième paragraphe, modifié.'));
    const result = await build({ root: project.root });
    expect(summary(result)).toEqual(['en.html:reused', 'en.pdf:reused', 'fr.html:made', 'fr.pdf:made']);
    const after = await times();
    expect(after['en.pdf']).toBe(before['en.pdf']);
    expect(after['en.html']).toBe(before['en.html']);
    expect(after['fr.pdf']).toBeGreaterThan(before['fr.pdf']!);
  }, 60_000);

  it('makes everything again with --force, and replaces assets only where they differ', async () => {
    const css = path.join(project.root, 'dist', 'doc', 'assets', 'hexapla.css');
    const intact = (await stat(css)).mtimeMs;
    const result = await build({ root: project.root, force: true });
    expect(summary(result)).toEqual(['en.html:made', 'en.pdf:made', 'fr.html:made', 'fr.pdf:made']);
    expect((await stat(css)).mtimeMs).toBe(intact); // identical: read, not copied again
    const original = await readFile(css, 'utf8');
    await writeFile(css, '/* changed by hand */');
    await build({ root: project.root, force: true, formats: ['html'] });
    expect(await readFile(css, 'utf8')).toBe(original);
  }, 60_000);

  it('makes an output again when it was changed or removed by hand', async () => {
    await writeFile(file('en', 'pdf'), 'not a PDF any more');
    const result = await build({ root: project.root });
    expect(summary(result)).toContain('en.pdf:made');
    expect((await readFile(file('en', 'pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('lets two builds run at once, and both leave valid outputs', async () => {
    const [a, b] = await Promise.all([build({ root: project.root, force: true }), build({ root: project.root, force: true })]);
    expect(a.ok && b.ok).toBe(true);
    for (const lang of ['en', 'fr']) expect((await readFile(file(lang, 'pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(summary(await build({ root: project.root }))).toEqual(['en.html:reused', 'en.pdf:reused', 'fr.html:reused', 'fr.pdf:reused']);
  }, 120_000);
});
