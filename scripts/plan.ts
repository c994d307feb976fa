/**
 * The planning step: load → validate → parse → transform → check → render, for every document
 * and language asked for, without writing anything. The result says what every output format
 * will write (pages, assets, media) and carries the warnings; any error stops the plan with all
 * the errors found, so a build with a mistake never touches dist/.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { RootContent } from 'mdast';
import { analyseDocument, urlBuilders } from './analyse.ts';
import { analysisCache, cachedEditionUnits, documentUnits, type CachedEdition, type TranslationDocument } from './translation/project.ts';
import { isTranslationState, markUntranslatedUnits, translationDiagnostics } from './translation/build-checks.ts';
import { translationStatus } from './translation/status.ts';
import { renderParallelPage } from './render/parallel.ts';
import { qaFindings } from './check/qa/index.ts';
import type { HexaplaConfig } from './config.ts';
import { Diagnostics, fail, type Diagnostic } from './diagnostics.ts';
import { UN_LANGUAGES, type LanguageCode } from './languages/index.ts';
import { loadDocuments, selectDocuments, type DocumentSource } from './load/content.ts';
import { loadLocales, type Locales } from './load/locales.ts';
import type { ProcessedEdition } from './process.ts';
import { collectAssets } from './render/assets.ts';
import { pageContext } from './render/context.ts';
import { documentQrCode, jobNumberBarcode } from './render/furniture.ts';
import { renderBody } from './render/html.ts';
import { loadTemplates } from './render/page.ts';
import type { DocumentMeta } from './validate/metadata.ts';
import { type TranslationSummary, browserIdentity, documentInputKey, outputIntact, readRecord, remoteBrowserIdentity, sharedInputs, type DocumentRecord } from './cache.ts';
import { findBrowserExecutable } from './paginate/locate.ts';
import type { AssetFile } from './write/output.ts';
import type { PdfMetadata } from './paginate/pdf-document.ts';

export interface PlanOptions {
  config: HexaplaConfig;
  /** Document ids (folder names under content/); all when absent. */
  documents?: string[];
  /** Languages to write; all that a document has when absent. Parity is checked on all. */
  languages?: LanguageCode[];
  /** The formats that will be written: a document is reused only if all of them are there. */
  formats?: string[];
  /** Plan every document, whatever its record says. */
  force?: boolean;
  /** Seconds since 1970 (SOURCE_DATE_EPOCH): the PDFs' modification date, for reproducible builds. */
  sourceDateEpoch?: number;
  /** Only this share of the editions (shard `index` of `count`, from 1), for builds split across machines. */
  shard?: { index: number; count: number };
  /** The running browser PDFs will be rendered with, if not a local one (its identity decides reuse). */
  browserWSEndpoint?: string;
  /** A release build: stale or missing translations are errors. */
  release?: boolean;
}

/**
 * The editions (document × language) a build writes: those asked for, and of those, when the
 * build is one shard of several, every count-th one in a fixed order (documents by id, languages
 * in the UN's order), so that the shards of any machine split the same way and cover it all.
 */
export function selectEditions(sources: DocumentSource[], options: Pick<PlanOptions, 'languages' | 'shard'>): Map<string, LanguageCode[]> {
  const all = [...sources]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((source) =>
      source.editions
        .map((edition) => edition.lang)
        .filter((lang) => !options.languages || options.languages.includes(lang))
        .sort((a, b) => UN_LANGUAGES.indexOf(a) - UN_LANGUAGES.indexOf(b))
        .map((lang) => ({ id: source.id, lang })),
    );
  const chosen = options.shard ? all.filter((_, k) => k % options.shard!.count === options.shard!.index - 1) : all;
  const selected = new Map<string, LanguageCode[]>();
  for (const { id, lang } of chosen) selected.set(id, [...(selected.get(id) ?? []), lang]);
  return selected;
}

export interface PlannedEdition {
  documentId: string;
  lang: LanguageCode;
  meta: DocumentMeta;
  processed: ProcessedEdition;
  /** The finished HTML page. */
  html: string;
  /** dist/<document>/ */
  outDir: string;
  htmlPath: string;
  pdfPath: string;
  pdfMetadata: PdfMetadata;
  paragraphs: number;
  links: number;
  translation: TranslationSummary;
}

export interface PlannedDocument {
  id: string;
  outDir: string;
  /** The hash of everything the document's outputs are made from (cache.ts). */
  inputKey: string;
  meta: DocumentMeta;
  /** What the previous build recorded, for outputs that may still be reused one by one. */
  previous?: DocumentRecord;
  /** Languages the document has in content/ (all of them, whatever was asked for). */
  languages: LanguageCode[];
  /** Files to publish beside the editions: images and linked files, from the document's folder. */
  media: AssetFile[];
  /** The parallel edition (render/parallel.ts), for a document with two editions or more: written as parallel.html. */
  parallelHtml?: string;
}

/** A document whose inputs and outputs are unchanged since the last build. */
export interface ReusedDocument {
  id: string;
  outDir: string;
  record: DocumentRecord;
  /** Its editions this build would have written. */
  langs: LanguageCode[];
}

export interface BuildPlan {
  config: HexaplaConfig;
  documents: PlannedDocument[];
  editions: PlannedEdition[];
  reused: ReusedDocument[];
  /** The templates' assets and the fonts, written to dist/<document>/assets. */
  assets: AssetFile[];
  warnings: Diagnostic[];
  /** Whether every document and language was asked for (stale outputs may then be swept). */
  complete: boolean;
}

export async function planBuild(options: PlanOptions): Promise<BuildPlan> {
  const { config } = options;
  const rel = (p: string) => path.relative(config.root, p).split(path.sep).join('/') || '.';
  const sources = selectDocuments(await loadDocuments(config.root, config.contentDir), options.documents, rel(config.contentDir));

  // What every document shares, and what each one was built from last time.
  const shared = sharedInputs(config);
  const selected = selectEditions(sources, options);
  const reused: ReusedDocument[] = [];
  const toPlan: { source: DocumentSource; inputKey: string; langs: LanguageCode[]; previous?: DocumentRecord }[] = [];
  for (const source of sources) {
    const langs = selected.get(source.id);
    if (!langs) continue; // none of its editions is this build's to write
    const inputKey = documentInputKey(source, shared);
    const outDir = path.join(config.outDir, source.id);
    const previous = options.force ? undefined : await readRecord(outDir);
    if (previous && (await stillValid(previous, inputKey, outDir, langs, options))) reused.push({ id: source.id, outDir, record: previous, langs });
    else toPlan.push({ source, inputKey, langs, previous });
  }

  const diagnostics = new Diagnostics();
  const documents: PlannedDocument[] = [];
  const editions: PlannedEdition[] = [];
  if (toPlan.length > 0) {
    // Every locale is loaded: mastheads may use another language's strings (e.g. an English date).
    const locales = await loadLocales(config.root, config.localesDir, UN_LANGUAGES);
    const renderPage = await loadTemplates(config.root, config.templatesDir, locales);
    const urlFor = urlBuilders(config.resolver);
    for (const { source, inputKey, langs, previous } of toPlan) {
      const planned = await diagnostics.captureAsync(() => planDocument(source, langs, options, config, locales, urlFor, renderPage, diagnostics));
      if (!planned) continue;
      documents.push({ ...planned.document, inputKey, previous });
      editions.push(...planned.editions);
    }
  }
  // Warnings of reused documents are still true: they are reported again.
  for (const document of reused) diagnostics.add(...document.record.warnings.map((w) => (options.release && isTranslationState(w) ? { ...w, severity: 'error' as const } : w)));
  diagnostics.throwIfErrors();
  if (options.languages?.length && selected.size === 0) {
    throw fail('options/nothing-to-build', `no edition in ${options.languages.join(', ')}`, { file: rel(config.contentDir) }, 'check --lang against the <lang>.md files of the documents');
  }
  return {
    config,
    documents,
    editions,
    reused,
    assets: documents.length > 0 ? await collectAssets(config.templatesDir) : [],
    warnings: diagnostics.warnings,
    complete: !options.documents?.length && !options.languages?.length && !options.shard,
  };
}

/**
 * A record can stand for a new build when the inputs hash to its key and every output asked for
 * (each language, each format) is still there byte for byte, a PDF made by the same browser.
 */
async function stillValid(record: DocumentRecord, inputKey: string, outDir: string, langs: LanguageCode[], options: PlanOptions): Promise<boolean> {
  if (record.inputKey !== inputKey) return false;
  const formats = options.formats ?? ['html', 'pdf'];
  if (formats.includes('html') && record.languages.length >= 2 && !(await access(path.join(outDir, 'parallel.html')).then(() => true, () => false))) return false;
  const browser = formats.includes('pdf') ? (options.browserWSEndpoint ? remoteBrowserIdentity(options.browserWSEndpoint) : currentBrowserIdentity()) : undefined;
  for (const lang of langs) {
    const edition = record.editions.find((e) => e.lang === lang);
    if (!edition) return false;
    for (const format of formats as ('html' | 'pdf')[]) {
      const output = edition.outputs[format];
      if (!(await outputIntact(outDir, output))) return false;
      if (format === 'pdf' && output?.browser !== browser) return false;
    }
  }
  return true;
}

/** The identity of the browser a PDF build would use; undefined when there is none. */
function currentBrowserIdentity(): string | undefined {
  try {
    return browserIdentity(findBrowserExecutable().path);
  } catch {
    return undefined;
  }
}

async function planDocument(
  source: DocumentSource,
  selected: LanguageCode[],
  options: PlanOptions,
  config: HexaplaConfig,
  locales: Locales,
  urlFor: Map<LanguageCode, (symbol: string) => string>,
  renderPage: Awaited<ReturnType<typeof loadTemplates>>,
  diagnostics: Diagnostics,
): Promise<{ document: Omit<PlannedDocument, 'inputKey' | 'previous'>; editions: PlannedEdition[] }> {
  // Editions read only to be compared (parity, staleness, QA) need no soft hyphens, unless the
  // parallel edition (written with the HTML) shows them all. Without it, those unchanged since
  // the analysis cache stored them are compared from there, not parsed again (five of the six
  // editions of a `--lang en` build).
  const writesHtml = (options.formats ?? ['html']).includes('html');
  const cache = analysisCache(config);
  const { known } = writesHtml ? { known: new Map<LanguageCode, CachedEdition>() } : await cache.read(source);
  for (const lang of selected) known.delete(lang);
  const analysed = await analyseDocument(source, locales, urlFor, { forPrint: writesHtml ? true : selected, known });
  const { meta, rules, processed } = analysed;
  const fresh = await documentUnits(source, meta, processed, analysed.warnings, (p) => path.relative(config.root, p).split(path.sep).join('/'));
  // What the translators' tools read, ready for them (hexapla status, check).
  const stored = await cache.store(source, analysed, fresh, known);
  const translation: TranslationDocument =
    known.size === 0 ? fresh : { ...fresh, editions: [...fresh.editions, ...cachedEditionUnits(source, [...known.values()])].sort((a, b) => UN_LANGUAGES.indexOf(a.lang) - UN_LANGUAGES.indexOf(b.lang)) };
  diagnostics.add(...stored.warnings);
  const status = translationStatus(translation);
  // Reported for the editions this build writes (a shard, --lang), as other problems are.
  diagnostics.add(...translationDiagnostics(translation, status.filter((s) => selected.includes(s.lang)), options.release ?? false));
  markUntranslatedUnits(processed, status);
  // The cross-edition quality checks (hexapla check) are warnings in a build.
  // (Every edition's findings go into the parallel edition; a PDF build needs its own only.)
  const findings = translation.editions.length >= 2 ? qaFindings(translation, writesHtml ? {} : { languages: selected }) : [];
  diagnostics.add(...findings.filter((finding) => selected.includes(finding.lang)));
  const parallelHtml = processed.length >= 2 && writesHtml ? renderParallelPage({ document: translation, status, findings, locales }) : undefined;

  const outDir = path.join(config.outDir, source.id);
  const media = new Set([...processed.flatMap((p) => p.media), ...[...known.values()].flatMap((e) => e.media)]);
  const languages = source.editions.map((e) => e.lang).filter((lang) => translation.editions.some((e) => e.lang === lang));
  const planned: PlannedEdition[] = [];
  const barcodeSvg = jobNumberBarcode(meta.jobNumber);
  for (const result of processed) {
    const lang = result.edition.lang;
    if (!selected.includes(lang)) continue;
    const locale = locales.get(lang)!;
    const url = urlFor.get(lang)!(meta.symbol.replace(/\*$/, ''));
    const { body, annexes, notes } = renderParts(result, { signed: locale.t('letter.signed') });
    const context = pageContext({
      meta,
      edition: result.edition,
      rules,
      locales,
      url,
      body,
      annexes,
      notes,
      hasTitleNote: result.notes.notes.some((n) => n.id === 'fn-title'),
      furniture: { barcodeSvg, qrSvg: await documentQrCode(url) },
      languages,
    });
    const html = await diagnostics.captureAsync(async () => renderPage(context));
    if (html === undefined) continue;
    const htmlPath = path.join(outDir, `${lang}.html`);
    planned.push({
      documentId: source.id,
      lang,
      meta,
      processed: result,
      html,
      outDir,
      htmlPath,
      pdfPath: path.join(outDir, `${lang}.pdf`),
      pdfMetadata: {
        title: context.document.title,
        subject: meta.symbol,
        author: locale.term(meta.organ ?? meta.body ?? '') ?? meta.organ ?? meta.body ?? '',
        lang,
        keywords: [meta.symbol, meta.jobNumber],
        creationDate: new Date(`${meta.date}T00:00:00Z`),
        modificationDate: options.sourceDateEpoch === undefined ? undefined : new Date(options.sourceDateEpoch * 1000),
      },
      paragraphs: result.outline.paragraphs.filter((p) => p.numbered).length,
      links: result.outline.units.reduce((sum, unit) => sum + unit.symbols.length, 0),
      translation: lang === meta.original ? 'original' : !translation.record.exists ? 'untracked' : status.find((s) => s.lang === lang)!.counts,
    });
  }
  return {
    document: {
      id: source.id,
      outDir,
      meta,
      languages,
      media: [...media].sort().map((file) => ({ path: file, from: path.join(source.dir, file) })),
      parallelHtml,
    },
    editions: planned,
  };
}

/**
 * The edition's HTML in the three places the page puts them: the main text (then the type's
 * closing block, such as a resolution's meeting and date), the annexes, and the notes.
 */
function renderParts(processed: ProcessedEdition, strings: { signed: string }) {
  const render = (children: RootContent[]) => (children.length ? renderBody({ type: 'root', children }, strings) : '');
  const kind = (node: RootContent) => node.type as string;
  const children = processed.tree.children;
  return {
    body: render(children.filter((n) => kind(n) !== 'hexaplaAnnex' && kind(n) !== 'hexaplaNotes')),
    annexes: render(children.filter((n) => kind(n) === 'hexaplaAnnex')),
    notes: render(children.filter((n) => kind(n) === 'hexaplaNotes')),
  };
}
