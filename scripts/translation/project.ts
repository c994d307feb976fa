/**
 * The documents as translators' tools see them: every edition analysed (as the build does) and
 * cut into translation units, with the document's translation record beside it. Loading stops
 * with the build's own errors when an edition cannot be read.
 *
 * Analysing is most of the time `status` and `check` take (Markdown parsing above all), so what
 * they read — units, outlines, warnings — is kept in `<dist>/.hexapla-cache/units/<doc>.json`,
 * under a hash of everything it is made from (the document's files, the locales, the
 * configuration, Hexapla's code). A document is analysed again when any of that changed.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyseDocument, urlBuilders } from '../analyse.ts';
import { loadConfig, type HexaplaConfig } from '../config.ts';
import { Diagnostics, fail, type Diagnostic } from '../diagnostics.ts';
import { UN_LANGUAGES, type LanguageCode } from '../languages/index.ts';
import { loadDocuments, type DocumentSource } from '../load/content.ts';
import { loadLocales, type Locales } from '../load/locales.ts';
import type { ProcessedEdition } from '../process.ts';
import type { Outline } from '../structure/outline.ts';
import { hashTree, hexaplaIdentity, sha256 } from '../cache.ts';
import { writeFileAtomic } from '../write/output.ts';
import type { DocumentMeta, EditionMeta } from '../validate/metadata.ts';
import { RECORD_FILE, readTranslationRecord, type TranslationRecord } from './record.ts';
import { translationUnits, type TranslationUnit } from './units.ts';

export interface EditionUnits {
  lang: LanguageCode;
  /** The edition's front matter (title, subtitle). */
  meta: EditionMeta;
  /** What the checks compare per unit (the symbols it links …). */
  outline: Outline;
  /** Relative to the project, as shown in messages. */
  file: string;
  absolute: string;
  /** The file's text as loaded (LF line ends). */
  text: string;
  /** The processed edition, when it was analysed in this run (always, in a build). */
  processed?: ProcessedEdition;
  units: TranslationUnit[];
  byId: Map<string, TranslationUnit>;
}

export interface TranslationDocument {
  id: string;
  source: DocumentSource;
  meta: DocumentMeta;
  original: LanguageCode;
  /** Its editions in the UN's order. */
  editions: EditionUnits[];
  record: TranslationRecord;
  warnings: Diagnostic[];
}

export interface TranslationProject {
  config: HexaplaConfig;
  documents: TranslationDocument[];
  /** Loaded when a document had to be analysed (always with `processed: true`). */
  locales?: Locales;
}

/** `processed: true` analyses every document (no cache), for tools that need the processed trees. */
export async function loadTranslationProject(root: string, options: { documents?: string[]; processed?: boolean } = {}): Promise<TranslationProject> {
  const config = await loadConfig(root);
  const rel = (p: string) => path.relative(config.root, p).split(path.sep).join('/') || '.';
  let sources = await loadDocuments(config.root, config.contentDir);
  if (options.documents?.length) {
    const unknown = options.documents.filter((id) => !sources.some((d) => d.id === id));
    if (unknown.length) {
      throw fail('options/unknown-document', `no document named ${unknown.map((id) => `"${id}"`).join(', ')}`, { file: rel(config.contentDir) }, `documents here: ${sources.map((d) => d.id).join(', ')}`);
    }
    sources = sources.filter((d) => options.documents!.includes(d.id));
  }
  let analysers: { locales: Locales; urlFor: ReturnType<typeof urlBuilders> } | undefined;
  const shared = sha256(`${hexaplaIdentity()}\0${hashTree(config.localesDir)}\0${config.resolver}`);
  const diagnostics = new Diagnostics();
  const documents: TranslationDocument[] = [];
  for (const source of sources) {
    const document = await diagnostics.captureAsync(async () => {
      const cacheFile = path.join(config.outDir, '.hexapla-cache', 'units', `${source.id}.json`);
      // The record is read fresh every time: sync changes it, not the analysis.
      const key = sha256(`${shared}\0${hashTree(source.dir, (name) => name === RECORD_FILE)}`);
      const cached = options.processed ? undefined : await readCache(cacheFile, key);
      if (cached) return fromCache(source, cached, rel);
      analysers ??= { locales: await loadLocales(config.root, config.localesDir, UN_LANGUAGES), urlFor: urlBuilders(config.resolver) };
      const analysed = await analyseDocument(source, analysers.locales, analysers.urlFor, { forPrint: false });
      const document = await documentUnits(source, analysed.meta, analysed.processed, analysed.warnings, rel);
      await writeCache(cacheFile, key, document);
      return document;
    });
    if (document) documents.push(document);
  }
  diagnostics.throwIfErrors();
  return { config, documents, locales: analysers?.locales };
}

interface CachedDocument {
  key: string;
  meta: DocumentMeta;
  warnings: Diagnostic[];
  editions: Omit<EditionUnits, 'processed' | 'byId' | 'text' | 'absolute'>[];
}

async function readCache(file: string, key: string): Promise<CachedDocument | undefined> {
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as CachedDocument;
    return cached.key === key ? cached : undefined;
  } catch {
    return undefined;
  }
}

/** A cache that cannot be written (a read-only dist/) only costs time. */
async function writeCache(file: string, key: string, document: TranslationDocument): Promise<void> {
  const cached: CachedDocument = {
    key,
    meta: document.meta,
    warnings: document.warnings,
    editions: document.editions.map(({ lang, meta, outline, file: name, units }) => ({ lang, meta, outline, file: name, units })),
  };
  await mkdir(path.dirname(file), { recursive: true })
    .then(() => writeFileAtomic(file, JSON.stringify(cached)))
    .catch(() => undefined);
}

async function fromCache(source: DocumentSource, cached: CachedDocument, rel: (p: string) => string): Promise<TranslationDocument> {
  const editions = cached.editions.map((edition): EditionUnits => ({
    ...edition,
    absolute: path.join(source.dir, `${edition.lang}.md`),
    text: source.editions.find((e) => e.lang === edition.lang)!.text,
    byId: new Map(edition.units.map((unit) => [unit.id, unit])),
  }));
  return { id: source.id, source, meta: cached.meta, original: cached.meta.original, editions, record: await readTranslationRecord(source.dir, rel), warnings: cached.warnings };
}

/** A document's editions cut into units, with its record (used by the build as well). */
export async function documentUnits(
  source: DocumentSource,
  meta: DocumentMeta,
  processed: ProcessedEdition[],
  warnings: Diagnostic[],
  rel: (p: string) => string,
): Promise<TranslationDocument> {
  const editions = processed
    .map((result): EditionUnits => {
      const loaded = source.editions.find((e) => e.lang === result.edition.lang)!;
      const units = translationUnits(result, loaded.text);
      return {
        lang: result.edition.lang,
        meta: result.edition.meta,
        outline: result.outline,
        file: loaded.file,
        absolute: path.join(source.dir, `${result.edition.lang}.md`),
        text: loaded.text,
        processed: result,
        units,
        byId: new Map(units.map((unit) => [unit.id, unit])),
      };
    })
    .sort((a, b) => UN_LANGUAGES.indexOf(a.lang) - UN_LANGUAGES.indexOf(b.lang));
  return {
    id: source.id,
    source,
    meta,
    original: meta.original,
    editions,
    record: await readTranslationRecord(source.dir, rel),
    warnings,
  };
}

export function originalEdition(document: TranslationDocument): EditionUnits {
  return document.editions.find((edition) => edition.lang === document.original)!;
}
