/**
 * The analysis the translators' tools keep in node_modules/.cache: a second run reads it and
 * says the same; an edited edition is analysed again (and only its units change state); a build
 * leaves the analysis ready; a damaged cache file only costs time; without node_modules there is
 * no cache at all. A PDF build of some languages compares the others from it: it plans the same
 * pages and warns the same as when it analyses them all, and never trusts an edition edited since.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../scripts/build.ts';
import { loadConfig } from '../scripts/config.ts';
import type { LanguageCode } from '../scripts/languages/index.ts';
import { planBuild } from '../scripts/plan.ts';
import { analysisCacheDir, loadTranslationProject } from '../scripts/translation/project.ts';
import { translationStatus } from '../scripts/translation/status.ts';
import { copyProject } from './helpers.ts';

const DOC = 'a-res-80-212';
let project: Awaited<ReturnType<typeof copyProject>>;
const cacheFile = () => path.join(analysisCacheDir(project.root)!, `${DOC}.json`);

async function states() {
  const { documents } = await loadTranslationProject(project.root, { documents: [DOC] });
  return Object.fromEntries(translationStatus(documents[0]!).map((s) => [s.lang, s.units.filter((u) => u.state !== 'current').map((u) => u.id)]));
}

beforeAll(async () => {
  project = await copyProject();
  await mkdir(path.join(project.root, 'node_modules'));
});
afterAll(() => project?.remove());

describe('the analysis cache', () => {
  it('is written by a first run and read by the next, which says the same', async () => {
    const first = await states();
    expect(existsSync(cacheFile())).toBe(true);
    const written = await readFile(cacheFile(), 'utf8');
    const second = await states();
    expect(second).toEqual(first);
    expect(await readFile(cacheFile(), 'utf8')).toBe(written); // read, not written again
  });

  it('analyses an edited edition again: its units change state, the others keep theirs', async () => {
    const en = path.join(project.root, 'content', DOC, 'en.md');
    const text = await readFile(en, 'utf8');
    await writeFile(en, text.replace('can be read on mobile devices;', 'can be read on mobile devices of every kind;'));
    expect(await states()).toEqual({ ar: ['para-3-b'], zh: ['para-3-b'], fr: ['para-3-b'], ru: ['para-3-b'], es: ['para-3-b'] });
    const fr = path.join(project.root, 'content', DOC, 'fr.md');
    const french = await readFile(fr, 'utf8');
    await writeFile(fr, french.replace(/^title: .*$/m, 'title: Publication multilingue'));
    const { documents } = await loadTranslationProject(project.root, { documents: [DOC] });
    expect(documents[0]!.editions.find((e) => e.lang === 'fr')!.byId.get('title')!.text).toBe('Publication multilingue');
    await writeFile(en, text);
    await writeFile(fr, french);
    expect(await states()).toEqual({ ar: [], zh: [], fr: [], ru: [], es: [] });
  });

  it('is left ready by a build', async () => {
    await writeFile(cacheFile(), '');
    await build({ root: project.root, documents: [DOC], formats: ['html'], force: true });
    const cached = JSON.parse(await readFile(cacheFile(), 'utf8')) as { editions: { lang: string }[] };
    expect(cached.editions.map((e) => e.lang).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  /** What a PDF-only build of `languages` plans: its pages and its warnings. */
  async function pdfPlan(languages: LanguageCode[]) {
    const config = await loadConfig(project.root);
    const plan = await planBuild({ config, documents: [DOC], languages, formats: ['pdf'], force: true });
    return { pages: plan.editions.map((e) => [e.lang, e.html]), warnings: plan.warnings, media: plan.documents.map((d) => d.media), languages: plan.documents.map((d) => d.languages) };
  }

  it('lets a PDF build of one language compare the others from it, with the same result', async () => {
    const en = path.join(project.root, 'content', DOC, 'en.md');
    const text = await readFile(en, 'utf8');
    try {
      // The original changed: the French edition's unit is stale, which the build must say.
      await writeFile(en, text.replace('can be read on mobile devices;', 'can be read on mobile devices of every kind;'));
      await build({ root: project.root, documents: [DOC], formats: ['html'], force: true }); // the cache is now up to date
      const fromCache = await pdfPlan(['fr']);
      expect(fromCache.warnings.map((w) => (typeof w === 'string' ? w : w.message))).toContain('para-3-b is stale in fr: the English original changed since it was translated');
      await writeFile(cacheFile(), '');
      const analysed = await pdfPlan(['fr']);
      expect(fromCache).toEqual(analysed);
    } finally {
      await writeFile(en, text);
    }
  });

  it('never compares from it an edition edited since: a broken sister still stops the build', async () => {
    await build({ root: project.root, documents: [DOC], formats: ['html'], force: true });
    const fr = path.join(project.root, 'content', DOC, 'fr.md');
    const french = await readFile(fr, 'utf8');
    try {
      // One operative paragraph fewer in French: the paragraphs no longer match the original.
      await writeFile(fr, french.replace(/^\*Invite\*.*$/m, ''));
      await expect(pdfPlan(['en'])).rejects.toThrow(/fr\.md/);
    } finally {
      await writeFile(fr, french);
    }
  });

  it('only costs time when damaged', async () => {
    await writeFile(cacheFile(), '{"key": "not this one", "editions": [');
    expect(await states()).toEqual({ ar: [], zh: [], fr: [], ru: [], es: [] });
  });

  it('does not exist for a project without node_modules', async () => {
    const bare = await copyProject();
    try {
      await loadTranslationProject(bare.root, { documents: [DOC] });
      expect(analysisCacheDir(bare.root)).toBeUndefined();
      expect(await readdir(bare.root)).not.toContain('node_modules');
    } finally {
      await bare.remove();
    }
  });
});
