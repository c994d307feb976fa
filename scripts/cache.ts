/**
 * Incremental builds: what each document's outputs were made from, as content hashes, recorded
 * beside them (`dist/<document>/.hexapla-record.json`). A document whose inputs — its folder,
 * the locales, the templates and assets, the fonts, the configuration and Hexapla's own code —
 * hash to the recorded key, and whose outputs are still there byte for byte, is not built
 * again. A document that changed is planned again, but a PDF is rendered again only when what it
 * is made from (its page, assets, engine and browser) changed: editing fr.md re-renders fr.pdf
 * alone. Records are written after the outputs, by rename, so a crash or a second build at the
 * same time can only cause work to be done again, never a wrong output to be reused.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { HexaplaConfig } from './config.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { LanguageCode } from './languages/codes.ts';
import type { DocumentSource } from './load/content.ts';
import { writeFileAtomic } from './write/output.ts';

/** `original`, `untracked` (no translations.yml yet), or the units' counts. */
export type TranslationSummary = 'original' | 'untracked' | { current: number; stale: number; missing: number };

export interface OutputRecord {
  /** Path relative to the document's output folder. */
  path: string;
  sha256: string;
  bytes: number;
  pages?: number;
  /** For PDFs: the hash of what the PDF was made from (page, assets, engine, browser). */
  key?: string;
  /** For PDFs: the browser that rendered it (browserIdentity). */
  browser?: string;
}

export interface EditionRecord {
  lang: LanguageCode;
  title: string;
  paragraphs: number;
  links: number;
  /** Where the edition stands against the original (translation/status.ts); absent in older records. */
  translation?: TranslationSummary;
  outputs: { html?: OutputRecord; pdf?: OutputRecord };
}

export interface DocumentRecord {
  inputKey: string;
  symbol: string;
  jobNumber: string;
  date: string;
  type: string;
  /** Every language the document has, whatever was built. */
  languages: LanguageCode[];
  warnings: Diagnostic[];
  editions: EditionRecord[];
}

export const RECORD_FILE = '.hexapla-record.json';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every file under `dir` (sorted, with its relative path) folded into one hash; '' if none. */
export function hashTree(dir: string, skip: (name: string) => boolean = () => false): string {
  if (!existsSync(dir)) return '';
  const hash = createHash('sha256');
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (skip(entry.name)) continue;
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) hash.update(`${path.relative(dir, full)}\0`).update(readFileSync(full)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

const require = createRequire(import.meta.url);
let codeIdentity: string | undefined;

/**
 * Hexapla's own identity: its version, the code that is running (compiled or not) and the
 * versions of the packages that shape output (the fonts, Paged.js).
 */
export function hexaplaIdentity(): string {
  if (codeIdentity) return codeIdentity;
  // The sources, whether this runs from them (scripts/) or from their compiled copy
  // (node_modules/.cache/hexapla/, made only when newer than the sources): one identity for both.
  const here = path.dirname(new URL(import.meta.url).pathname);
  const compiled = here.split(path.sep).slice(-3).join('/') === 'node_modules/.cache/hexapla';
  const sources = compiled ? path.resolve(here, '..', '..', '..', 'scripts') : here;
  const versionOf = (pkg: string) => {
    try {
      return `${pkg}@${(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version}`;
    } catch {
      return `${pkg}@?`;
    }
  };
  const packages = ['@fontsource/tinos', '@fontsource/noto-serif-sc', '@fontsource/amiri', 'pagedjs-cli', 'puppeteer-core'].map(versionOf).join(' ');
  codeIdentity = sha256(`${hashTree(sources, (name) => name === 'bench')}\0${packages}`);
  return codeIdentity;
}

/** The browser that renders, told apart by where it is and what its file is. */
export function browserIdentity(executable: string): string {
  const stat = statSync(executable);
  return sha256(`${executable}\0${stat.size}\0${stat.mtimeMs}`);
}

/** A browser reached over a WebSocket, known by its address (hashed: it may carry a token). */
export function remoteBrowserIdentity(endpoint: string): string {
  return sha256(`remote\0${endpoint.replace(/\/devtools\/browser\/.*$/, '')}`);
}

/** What every document shares: locales, templates, configuration and Hexapla itself. */
export function sharedInputs(config: HexaplaConfig): string {
  // Only settings that change outputs: not where they are written (shards write elsewhere).
  const settings = JSON.stringify({ resolver: config.resolver });
  return sha256(`${hashTree(config.localesDir)}\0${hashTree(config.templatesDir)}\0${settings}\0${hexaplaIdentity()}`);
}

/** The key of one document's inputs: its own folder and what every document shares. */
export function documentInputKey(source: DocumentSource, shared: string): string {
  return sha256(`${hashTree(source.dir)}\0${shared}`);
}

export function recordPath(outDir: string): string {
  return path.join(outDir, RECORD_FILE);
}

export async function readRecord(outDir: string): Promise<DocumentRecord | undefined> {
  try {
    return JSON.parse(await readFile(recordPath(outDir), 'utf8')) as DocumentRecord;
  } catch {
    return undefined;
  }
}

export async function writeRecord(outDir: string, record: DocumentRecord): Promise<void> {
  await writeFileAtomic(recordPath(outDir), `${JSON.stringify(record, null, 2)}\n`);
}

/** Whether the output a record describes is still there, byte for byte. */
export async function outputIntact(outDir: string, output: OutputRecord | undefined): Promise<boolean> {
  if (!output) return false;
  try {
    const data = await readFile(path.join(outDir, output.path));
    return data.length === output.bytes && sha256(data) === output.sha256;
  } catch {
    return false;
  }
}

/**
 * Whether a build will probably render PDFs, guessed before planning from what is cheap to see:
 * a document without a record or without a PDF in it, or an input file modified after the
 * oldest record was written. The plan decides what is really rendered; a wrong guess only
 * starts the browser early for nothing, or late.
 */
export async function pdfsMayBeMissing(config: HexaplaConfig, documents?: string[]): Promise<boolean> {
  let ids: string[];
  try {
    ids = readdirSync(config.contentDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && (!documents || documents.includes(entry.name)))
      .map((entry) => entry.name);
  } catch {
    return false; // the plan will say what is wrong with content/
  }
  let oldestRecord = Infinity;
  for (const id of ids) {
    const file = recordPath(path.join(config.outDir, id));
    const record = await readRecord(path.join(config.outDir, id));
    if (!record || record.editions.some((edition) => !edition.outputs.pdf)) return true;
    oldestRecord = Math.min(oldestRecord, statSync(file).mtimeMs);
  }
  const newerThanRecords = (dir: string): boolean => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    return entries.some((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newerThanRecords(full) : statSync(full).mtimeMs > oldestRecord;
    });
  };
  return [config.localesDir, config.templatesDir, ...ids.map((id) => path.join(config.contentDir, id))].some(newerThanRecords);
}
