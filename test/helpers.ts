/** Shared test fixtures: the project's real locales, and throw-away copies of the project. */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Root as HastRoot } from 'hast';
import { HexaplaError } from '../scripts/diagnostics.ts';
import { DOCUMENT_TYPE_RULES } from '../scripts/doctypes/index.ts';
import { LANGUAGES, UN_LANGUAGES, type LanguageCode } from '../scripts/languages/index.ts';
import { loadLocales, type Locales } from '../scripts/load/locales.ts';
import { processEdition, type ProcessedEdition } from '../scripts/process.ts';
import { symbolUrlBuilder } from '../scripts/links.ts';
import { typeContextFor } from '../scripts/render/context.ts';
import { renderBody } from '../scripts/render/html.ts';
import { DocumentMetaSchema, validateEdition, type DocumentType } from '../scripts/validate/metadata.ts';

/** The hyphenation transform puts these in long words; tests that compare words drop them. */
export const SOFT_HYPHEN = '\u00AD';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let locales: Promise<Locales> | undefined;
export function projectLocales(): Promise<Locales> {
  locales ??= loadLocales(ROOT, path.join(ROOT, 'locales'), UN_LANGUAGES);
  return locales;
}

export interface ProcessOptions {
  type?: DocumentType;
  /** Files in the document's folder, for images and file links. */
  files?: string[];
  /** Keep going when the edition has errors (to inspect the diagnostics). */
  allowErrors?: boolean;
}

/**
 * Runs Markdown (with front matter added) through the edition pipeline in one language, and
 * renders its body. Throws a HexaplaError with the edition's errors, as a build would stop.
 */
export async function processMarkdown(body: string, lang: LanguageCode = 'en', file = `test/${lang}.md`, options: ProcessOptions = {}): Promise<ProcessedEdition & { html: HastRoot; bodyHtml: string }> {
  const type = options.type ?? 'report';
  const locale = (await projectLocales()).get(lang)!;
  const meta = DocumentMetaSchema.parse({ type, symbol: type === 'resolution' ? 'A/RES/80/1' : 'A/80/1', jobNumber: '25-00001', date: '2025-12-01', original: 'en', organ: 'general-assembly', ...(type === 'letter' ? { letter: { date: '2025-11-03', sender: 'general-assembly', recipient: 'security-council' } } : {}) });
  const edition = validateEdition({ lang, file, text: `---\ntitle: Test\n---\n${body}` }, type);
  const processed = processEdition({
    edition,
    locale,
    rules: DOCUMENT_TYPE_RULES[type],
    typeContext: typeContextFor(meta, edition, locale),
    urlFor: symbolUrlBuilder('https://undocs.org/{lang}/{symbol}', LANGUAGES[lang].resolverCode),
    documentFiles: new Set(options.files ?? []),
  });
  const errors = processed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 && !options.allowErrors) throw new HexaplaError(errors);
  const bodyHtml = renderBody(processed.tree, { signed: locale.t('letter.signed') });
  return { ...processed, bodyHtml, html: fromHtml(bodyHtml, { fragment: true }) };
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
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin', 'hexapla.js'), ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/**
 * A throw-away project holding the real locales and templates and the documents given
 * (`{ 'doc-id': { 'document.yml': …, 'en.md': … } }`), for builds that exercise one feature.
 */
export async function projectWith(documents: Record<string, Record<string, string | Uint8Array>>): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'hexapla-test-'));
  for (const dir of ['locales', 'templates']) await cp(path.join(ROOT, dir), path.join(root, dir), { recursive: true });
  for (const [id, files] of Object.entries(documents)) {
    for (const [name, content] of Object.entries(files)) {
      const target = path.join(root, 'content', id, name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

/** Builds the HTML editions of a project in-process and returns each page parsed. */
export async function buildHtml(root: string, documentId: string, langs: LanguageCode[]): Promise<Map<LanguageCode, HastRoot>> {
  const { build } = await import('../scripts/build.ts');
  await build({ root, formats: ['html'] });
  const pages = new Map<LanguageCode, HastRoot>();
  for (const lang of langs) pages.set(lang, fromHtml(await readFile(path.join(root, 'dist', documentId, `${lang}.html`), 'utf8')));
  return pages;
}
