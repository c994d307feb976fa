/** Shared test fixtures: the project's real locales, and throw-away copies of the project. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Root as HastRoot } from 'hast';
import { UN_LANGUAGES, type LanguageCode } from '../scripts/languages.ts';
import { loadLocales, type Locales } from '../scripts/load/locales.ts';
import { processEdition, type ProcessedEdition } from '../scripts/process.ts';
import { symbolUrlBuilder } from '../scripts/links.ts';
import { validateEdition } from '../scripts/validate/metadata.ts';

/** The hyphenation transform puts these in long words; tests that compare words drop them. */
export const SOFT_HYPHEN = '\u00AD';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let locales: Promise<Locales> | undefined;
export function projectLocales(): Promise<Locales> {
  locales ??= loadLocales(ROOT, path.join(ROOT, 'locales'), UN_LANGUAGES);
  return locales;
}

/** Run Markdown (with front matter added) through the edition pipeline in one language. */
export async function processMarkdown(body: string, lang: LanguageCode = 'en', file = `test/${lang}.md`): Promise<ProcessedEdition & { html: HastRoot }> {
  const locale = (await projectLocales()).get(lang)!;
  const edition = validateEdition({ lang, file, text: `---\ntitle: Test\n---\n${body}` });
  const processed = processEdition(edition, locale, symbolUrlBuilder('https://undocs.org/{lang}/{symbol}', locale.layout.language.resolverCode));
  return { ...processed, html: fromHtml(processed.bodyHtml, { fragment: true }) };
}

/** A copy of the project's inputs in a temporary folder, for builds that change or break them. */
export async function copyProject(): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'hexapla-test-'));
  for (const dir of ['content', 'locales', 'templates']) await cp(path.join(ROOT, dir), path.join(root, dir), { recursive: true });
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the hexapla command in `cwd` as a user would; never throws, whatever the exit status. */
export function runHexapla(cwd: string, args: string[]): Promise<CommandResult> {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  return new Promise((resolve) => {
    execFile(tsx, [path.join(ROOT, 'scripts', 'cli.ts'), ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
