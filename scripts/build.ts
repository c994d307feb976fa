/**
 * The build: load → validate → parse → transform → render → paginate → write, for every
 * document and language asked for. Input errors stop the build before anything is written;
 * a failed PDF is reported by name while the other editions go on.
 */
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkParity, type ParityWarning } from './check/parity.ts';
import { loadConfig } from './config.ts';
import { HexaplaError } from './errors.ts';
import { LANGUAGES, UN_LANGUAGES, type LanguageCode } from './languages.ts';
import { symbolUrlBuilder } from './links.ts';
import { loadDocuments } from './load/content.ts';
import { loadLocales, type Locales } from './load/locales.ts';
import { processEdition, type ProcessedEdition } from './process.ts';
import { collectAssets } from './render/assets.ts';
import { documentQrCode, jobNumberBarcode } from './render/furniture.ts';
import { loadTemplates, type PageContext } from './render/page.ts';
import { checkGlossaryKeys, validateDocumentMeta, validateEdition, type DocumentMeta } from './validate/metadata.ts';
import { writeDirectoryAtomic, writeFileAtomic } from './write/output.ts';

export type OutputFormat = 'html' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['html', 'pdf'];

export interface BuildOptions {
  root: string;
  /** Document ids (folder names under content/); all when absent. */
  documents?: string[];
  /** Languages to write; all that a document has when absent. Parity is checked on all. */
  languages?: LanguageCode[];
  formats?: OutputFormat[];
  outDir?: string;
  /** PDF editions rendered at once; default one per CPU. */
  concurrency?: number;
  browser?: string;
  log?: (line: string) => void;
  warn?: (line: string) => void;
}

export interface EditionOutput {
  document: string;
  lang: LanguageCode;
  format: OutputFormat;
  ok: boolean;
  path?: string;
  bytes?: number;
  pages?: number;
  paragraphs: number;
  links: number;
  ms: number;
  error?: string;
}

export interface BuildResult {
  outputs: EditionOutput[];
  warnings: ParityWarning[];
  ok: boolean;
}

/** An HTML edition ready to be written. */
interface PlannedEdition {
  documentId: string;
  meta: DocumentMeta;
  processed: ProcessedEdition;
  html: string;
  htmlPath: string;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  const warn = options.warn ?? log;
  const formats = options.formats ?? ['html', 'pdf'];
  const config = await loadConfig(options.root, { outDir: options.outDir });

  let documents = await loadDocuments(options.root, config.contentDir);
  if (options.documents?.length) {
    const unknown = options.documents.filter((id) => !documents.some((d) => d.id === id));
    if (unknown.length) {
      throw new HexaplaError(`no document named ${unknown.map((id) => `"${id}"`).join(', ')}`, {
        location: { file: path.relative(options.root, config.contentDir) || '.' },
        hint: `documents here: ${documents.map((d) => d.id).join(', ') || 'none'}`,
      });
    }
    documents = documents.filter((d) => options.documents!.includes(d.id));
  }

  // Every locale is loaded: mastheads may use another language's strings (e.g. an English date).
  const locales = await loadLocales(options.root, config.localesDir, UN_LANGUAGES);
  const renderPage = await loadTemplates(config.templatesDir, locales);
  // Where each edition's links point: the configured resolver with the locale's resolver code.
  const urlFor = new Map(UN_LANGUAGES.map((lang) => [lang, symbolUrlBuilder(config.resolver, locales.get(lang)!.layout.language.resolverCode)]));

  // Validate and transform everything before writing anything.
  const planned: PlannedEdition[] = [];
  const warnings: ParityWarning[] = [];
  for (const source of documents) {
    const meta = validateDocumentMeta(source.meta);
    const editions = source.editions.map(validateEdition);
    checkGlossaryKeys(source.meta, meta, editions.map((e) => e.lang), (lang, key) => locales.get(lang)!.term(key) !== undefined);
    const processed = editions.map((edition) => processEdition(edition, locales.get(edition.lang)!, urlFor.get(edition.lang)!));
    // Every edition is compared with the original-language one when there is one.
    const byOriginalFirst = [...processed].sort((a, b) => Number(b.edition.lang === meta.original) - Number(a.edition.lang === meta.original));
    warnings.push(...checkParity(source.id, byOriginalFirst.map((p) => ({ lang: p.edition.lang, file: p.edition.file, outline: p.outline }))));
    for (const edition of processed) {
      if (options.languages && !options.languages.includes(edition.edition.lang)) continue;
      planned.push({
        documentId: source.id,
        meta,
        processed: edition,
        html: renderPage(await pageContext(meta, edition, locales, urlFor.get(edition.edition.lang)!)),
        htmlPath: path.join(config.outDir, source.id, `${edition.edition.lang}.html`),
      });
    }
  }
  for (const warning of warnings) warn(`warning: ${warning.message}`);

  const outputs: EditionOutput[] = [];
  const assets = await collectAssets(config.templatesDir);
  for (const documentId of new Set(planned.map((p) => p.documentId))) {
    await writeDirectoryAtomic(path.join(config.outDir, documentId, 'assets'), assets);
  }
  for (const edition of planned) {
    const started = performance.now();
    await writeFileAtomic(edition.htmlPath, edition.html);
    if (formats.includes('html')) {
      outputs.push(await report(edition, 'html', edition.htmlPath, performance.now() - started));
      log(summaryLine(outputs[outputs.length - 1]!, options.root));
    }
  }

  if (formats.includes('pdf') && planned.length > 0) {
    const { renderPdfEditions } = await import('./paginate/editions.ts');
    const results = await renderPdfEditions(
      planned.map((edition) => ({
        label: `${edition.documentId}/${edition.processed.edition.lang}`,
        htmlPath: edition.htmlPath,
        pdfPath: edition.htmlPath.replace(/\.html$/, '.pdf'),
        allowedRoot: path.dirname(edition.htmlPath),
        metadata: pdfMetadata(edition, locales),
      })),
      { concurrency: options.concurrency, executablePath: options.browser },
    );
    for (const [index, result] of results.entries()) {
      const edition = planned[index]!;
      for (const url of result.blockedRequests) warn(`warning: ${result.label}: refused to load ${url} (rendering is offline; ship the file with the templates)`);
      const output = result.ok
        ? { ...(await report(edition, 'pdf', result.pdfPath!, result.ms)), pages: result.pages }
        : { ...baseReport(edition, 'pdf', result.ms), ok: false, error: result.error };
      outputs.push(output);
      log(summaryLine(output, options.root));
    }
    // The HTML was written only as the PDF's source: leave dist/ as asked.
    if (!formats.includes('html')) await Promise.all(planned.map((p) => rm(p.htmlPath, { force: true })));
  }
  return { outputs, warnings, ok: outputs.every((o) => o.ok) };
}

async function pageContext(meta: DocumentMeta, processed: ProcessedEdition, locales: Locales, urlFor: (symbol: string) => string): Promise<PageContext> {
  const { edition } = processed;
  const locale = locales.get(edition.lang)!;
  const url = urlFor(meta.symbol);
  return {
    lang: edition.lang,
    dir: LANGUAGES[edition.lang].dir,
    assets: 'assets',
    document: {
      symbol: meta.symbol,
      jobNumber: meta.jobNumber,
      editionLetter: locale.layout.language.editionLetter,
      distribution: meta.distribution,
      date: meta.date,
      original: meta.original,
      isTranslation: edition.lang !== meta.original,
      body: meta.body,
      session: meta.session,
      agendaItem: meta.agendaItem,
      title: edition.meta.title,
      subtitle: edition.meta.subtitle,
      agendaTitle: edition.meta.agendaTitle,
      url,
    },
    furniture: { barcodeSvg: jobNumberBarcode(meta.jobNumber), qrSvg: await documentQrCode(url) },
    body: processed.bodyHtml,
  };
}

function pdfMetadata(edition: PlannedEdition, locales: Locales) {
  const locale = locales.get(edition.processed.edition.lang)!;
  return {
    title: edition.processed.edition.meta.title,
    subject: edition.meta.symbol,
    author: locale.term(edition.meta.body) ?? edition.meta.body,
    lang: edition.processed.edition.lang,
    keywords: [edition.meta.symbol, edition.meta.jobNumber],
    creationDate: new Date(`${edition.meta.date}T00:00:00Z`),
  };
}

function baseReport(edition: PlannedEdition, format: OutputFormat, ms: number): EditionOutput {
  return {
    document: edition.documentId,
    lang: edition.processed.edition.lang,
    format,
    ok: true,
    paragraphs: edition.processed.outline.paragraphs.length,
    links: edition.processed.outline.paragraphs.reduce((sum, p) => sum + p.symbols.length, 0),
    ms,
  };
}

async function report(edition: PlannedEdition, format: OutputFormat, file: string, ms: number): Promise<EditionOutput> {
  return { ...baseReport(edition, format, ms), path: file, bytes: (await stat(file)).size };
}

export function summaryLine(output: EditionOutput, root: string): string {
  const label = `${output.document}/${output.lang}`.padEnd(28);
  if (!output.ok) return `✗ ${label} ${output.format.padEnd(4)} failed: ${output.error}`;
  const size = `${Math.max(1, Math.round((output.bytes ?? 0) / 1024))} kB`;
  const pages = output.pages ? `, ${output.pages} pages` : '';
  return `✓ ${label} ${output.format.padEnd(4)} ${output.paragraphs} paragraphs, ${output.links} links${pages} → ${path.relative(root, output.path!)} (${size}, ${Math.round(output.ms)} ms)`;
}
