/**
 * The documents as translators' tools see them: every edition analysed (as the build does) and
 * cut into translation units, with the document's translation record beside it. Loading stops
 * with the build's own errors when an edition cannot be read.
 *
 * Analysing is most of the time `status` and `check` take (Markdown parsing above all), so what
 * they read — units, outlines, warnings — is cached (analysisCacheDir) per edition, under a hash
 * of everything it is made from (the edition, the document's other files, the locales, the
 * configuration, Hexapla's code): only an edition that changed is analysed again.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyseDocument, urlBuilders, type AnalysedDocument } from '../analyse.ts';
import { loadConfig, type HexaplaConfig } from '../config.ts';
import { Diagnostics, type Diagnostic } from '../diagnostics.ts';
import { UN_LANGUAGES, type LanguageCode } from '../languages/index.ts';
import { loadDocuments, selectDocuments, type DocumentSource } from '../load/content.ts';
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
  const sources = selectDocuments(await loadDocuments(config.root, config.contentDir), options.documents, rel(config.contentDir));
  let analysers: { locales: Locales; urlFor: ReturnType<typeof urlBuilders> } | undefined;
  const cache = analysisCache(config);
  const diagnostics = new Diagnostics();
  const documents: TranslationDocument[] = [];
  for (const source of sources) {
    const document = await diagnostics.captureAsync(async () => {
      const { cached, known } = options.processed ? { cached: undefined, known: new Map<LanguageCode, CachedEdition>() } : await cache.read(source);
      if (cached && known.size === source.editions.length) return fromCache(source, cached.meta, [...known.values()], cached.warnings, rel);

      // Only the editions that changed are analysed again; the others are compared from the cache.
      analysers ??= { locales: await loadLocales(config.root, config.localesDir, UN_LANGUAGES), urlFor: urlBuilders(config.resolver) };
      const analysed = await analyseDocument(source, analysers.locales, analysers.urlFor, { forPrint: false, known });
      const fresh = await documentUnits(source, analysed.meta, analysed.processed, analysed.warnings, rel);
      const stored = await cache.store(source, analysed, fresh, known);
      return known.size === 0 ? { ...fresh, warnings: stored.warnings } : fromCache(source, analysed.meta, stored.editions, stored.warnings, rel);
    });
    if (document) documents.push(document);
  }
  diagnostics.throwIfErrors();
  return { config, documents, locales: analysers?.locales };
}

/**
 * The analysis cache of a project: per document, each edition's units, outline and warnings under
 * a key of everything they are made from. The build stores what it analysed too, so the
 * translators' tools find a built project's analysis ready.
 */
export function analysisCache(config: HexaplaConfig): AnalysisCache {
  let cache = caches.get(config);
  if (!cache) caches.set(config, (cache = openAnalysisCache(config)));
  return cache;
}

export type AnalysisCache = ReturnType<typeof openAnalysisCache>;
const caches = new WeakMap<HexaplaConfig, AnalysisCache>();

function openAnalysisCache(config: HexaplaConfig) {
  const dir = analysisCacheDir(config.root);
  const shared = sha256(`${hexaplaIdentity()}\0${hashTree(config.localesDir)}\0${config.resolver}`);
  // A document's keys are read once, whether it is then read from the cache, stored, or both.
  const documentKeys = new WeakMap<DocumentSource, { file?: string; documentKey: string; editionKey: (text: string) => string }>();
  const keys = (source: DocumentSource) => {
    let found = documentKeys.get(source);
    if (!found) {
      // Everything in the folder but the editions and the record (read fresh: sync changes it).
      const documentKey = sha256(`${shared}\0${hashTree(source.dir, (name) => name === RECORD_FILE || /\.md$/i.test(name))}`);
      found = { file: dir && path.join(dir, `${source.id}.json`), documentKey, editionKey: (text: string) => sha256(`${documentKey}\0${text}`) };
      documentKeys.set(source, found);
    }
    return found;
  };
  return {
    /** What the cache holds for the document, and which of its editions are unchanged since. */
    async read(source: DocumentSource): Promise<{ cached?: CachedDocument; known: Map<LanguageCode, CachedEdition> }> {
      const { file, documentKey, editionKey } = keys(source);
      const cached = file ? await readCache(file, documentKey) : undefined;
      const known = new Map<LanguageCode, CachedEdition>();
      for (const edition of cached?.editions ?? []) {
        const loaded = source.editions.find((e) => e.lang === edition.lang);
        if (loaded && edition.key === editionKey(loaded.text)) known.set(edition.lang, edition);
      }
      return { cached, known };
    },
    /** Stores a fresh analysis (with the editions `known` unchanged); returns what it stored. */
    async store(source: DocumentSource, analysed: Pick<AnalysedDocument, 'meta' | 'processed' | 'warnings'>, fresh: TranslationDocument, known = new Map<LanguageCode, CachedEdition>()): Promise<CachedDocument> {
      const { file, documentKey, editionKey } = keys(source);
      const editionWarnings = new Map(analysed.processed.map((p) => [p.edition.lang, p.diagnostics.filter((d) => d.severity === 'warning')]));
      const editionMedia = new Map(analysed.processed.map((p) => [p.edition.lang, p.media]));
      const editions: CachedEdition[] = [
        ...fresh.editions
          .filter((edition) => !known.has(edition.lang))
          .map(({ lang, meta, outline, file: name, units }) => ({
            lang,
            key: editionKey(source.editions.find((e) => e.lang === lang)!.text),
            meta,
            outline,
            file: name,
            units: units.map(({ text: _text, ...unit }) => unit),
            warnings: editionWarnings.get(lang) ?? [],
            media: editionMedia.get(lang) ?? [],
          })),
        ...known.values(),
      ];
      // Warnings of the editions not processed now are still true.
      const warnings = [...analysed.warnings, ...[...known.values()].flatMap((e) => e.warnings)];
      const document: CachedDocument = { key: documentKey, meta: analysed.meta, warnings, editions };
      if (file) await writeCache(file, document);
      return document;
    },
  };
}

/**
 * Where the analysis cache lives: node_modules/.cache/hexapla-analysis in the project, as build
 * tools keep their caches (never in dist/, which holds only what is published). A project
 * without node_modules gets no cache: nothing is left behind elsewhere, it only costs time.
 */
export function analysisCacheDir(root: string): string | undefined {
  const modules = path.join(root, 'node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'hexapla-analysis') : undefined;
}

/** An edition as the cache keeps it: its units without their text (the file has it). */
export interface CachedEdition extends Omit<EditionUnits, 'processed' | 'byId' | 'text' | 'absolute' | 'units'> {
  key: string;
  units: Omit<TranslationUnit, 'text'>[];
  warnings: Diagnostic[];
  /** The document's files the edition shows (images), which the build publishes with it. */
  media: string[];
}

interface CachedDocument {
  key: string;
  meta: DocumentMeta;
  /** Every warning of the document's analysis: its own, its editions', parity's. */
  warnings: Diagnostic[];
  editions: CachedEdition[];
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
async function writeCache(file: string, cached: CachedDocument): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
    .then(() => writeFileAtomic(file, JSON.stringify(cached)))
    .catch(() => undefined);
}

async function fromCache(source: DocumentSource, meta: DocumentMeta, cached: CachedEdition[], warnings: Diagnostic[], rel: (p: string) => string): Promise<TranslationDocument> {
  return { id: source.id, source, meta, original: meta.original, editions: cachedEditionUnits(source, cached), record: await readTranslationRecord(source.dir, rel), warnings };
}

/** Cached editions as units again, their text taken from the files (in the UN's order). */
export function cachedEditionUnits(source: DocumentSource, cached: CachedEdition[]): EditionUnits[] {
  return cached
    .map(({ lang, meta: editionMeta, outline, file, units: stored }): EditionUnits => {
      const text = source.editions.find((e) => e.lang === lang)!.text;
      const units = stored.map((unit) => ({ ...unit, text: unit.ranges.map((range) => text.slice(range.start, range.end)).join('\n\n') }));
      return { lang, meta: editionMeta, outline, file, text, absolute: path.join(source.dir, `${lang}.md`), units, byId: new Map(units.map((unit) => [unit.id, unit])) };
    })
    .sort((a, b) => UN_LANGUAGES.indexOf(a.lang) - UN_LANGUAGES.indexOf(b.lang));
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
