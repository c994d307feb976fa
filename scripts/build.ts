/**
 * A build: plan (load → validate → parse → transform → check → render, nothing written; documents
 * unchanged since the last build are reused whole), then each output format asked for writes the
 * plan into dist/ (a PDF made from unchanged inputs is reused), then each document's record is
 * written (cache.ts), outputs of editions and documents no longer in content/ are swept away,
 * and dist/'s index, manifest and checksums are made anew (publish.ts). Input errors stop the build before anything is written; a failed PDF is reported by name
 * while the other editions go on.
 */
import { readdir, rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import { pdfsMayBeMissing, recordPath, writeRecord, type DocumentRecord, type EditionRecord } from './cache.ts';
import { loadConfig, type HexaplaConfig } from './config.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { LanguageCode } from './languages/codes.ts';
import type { EditionOutput, OutputFormatName } from './outputs/index.ts';
import type { PdfEngineStart } from './outputs/format.ts';
import { startPdfEngine } from './outputs/pdf-engine-start.ts';
import type { BuildPlan } from './plan.ts';

export type { EditionOutput } from './outputs/index.ts';
export type OutputFormat = OutputFormatName;

export interface BuildOptions {
  root: string;
  /** Document ids (folder names under content/); all when absent. */
  documents?: string[];
  /** Languages to write; all that a document has when absent. Parity is checked on all. */
  languages?: LanguageCode[];
  formats?: OutputFormatName[];
  outDir?: string;
  /** PDF editions rendered at once; default one per CPU. */
  concurrency?: number;
  browser?: string;
  /** A running browser to render with (ws://…), instead of starting one. */
  browserWSEndpoint?: string;
  /** Build everything again, whatever the records say. */
  force?: boolean;
  /** SOURCE_DATE_EPOCH: the PDFs' modification date (their creation date is the document's date). */
  sourceDateEpoch?: number;
  /** Only this share of the editions, for builds split across machines (see `hexapla merge`). */
  shard?: { index: number; count: number };
  /** A release build: stale or missing translations are errors, not warnings. */
  release?: boolean;
  /** A PDF engine that outlives the build (hexapla dev keeps one): used, never closed. */
  engine?: PdfEngineStart;
  /** Called with each edition's result as it is written (or reused). */
  onOutput?: (output: EditionOutput) => void;
  /** Called when an edition starts rendering, and with how many there are to render. */
  onStart?: (label: string) => void;
  onPlan?: (counts: { total: number; reused: number }) => void;
  /** Called with each warning (a diagnostic of severity warning, or a rendering note). */
  onWarning?: (warning: Diagnostic | string) => void;
}

export interface BuildResult {
  outputs: EditionOutput[];
  warnings: (Diagnostic | string)[];
  /** Outputs of editions or documents no longer in content/, removed from dist/. */
  removed: string[];
  /** Every document's record after the build (for the index and the manifest). */
  records: { id: string; outDir: string; record: DocumentRecord }[];
  ok: boolean;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const formats = options.formats ?? ['html', 'pdf'];
  const config = await loadConfig(options.root, { outDir: options.outDir });
  // The browser boots while the documents are planned, unless every PDF may be reused.
  const ownEngine =
    !options.engine && formats.includes('pdf') && (options.force || (await pdfsMayBeMissing(config, options.documents))) ? startPdfEngine(options) : undefined;
  try {
    // The pipeline's modules are loaded now, after the browser was asked to start: it boots meanwhile.
    const pipeline = await loadPipeline();
    return await buildWith(pipeline, options, formats, config, options.engine ?? ownEngine, () => ownEngine?.close());
  } finally {
    await ownEngine?.close();
  }
}

async function loadPipeline() {
  const [{ planBuild }, { OUTPUT_FORMATS }, { writePublication }] = await Promise.all([import('./plan.ts'), import('./outputs/index.ts'), import('./publish.ts')]);
  return { planBuild, OUTPUT_FORMATS, writePublication };
}

async function buildWith(
  { planBuild, OUTPUT_FORMATS, writePublication }: Awaited<ReturnType<typeof loadPipeline>>,
  options: BuildOptions,
  formats: OutputFormatName[],
  config: HexaplaConfig,
  engine: PdfEngineStart | undefined,
  closeOwnEngine: () => Promise<void> | undefined,
): Promise<BuildResult> {
  const plan = await planBuild({
    config,
    documents: options.documents,
    languages: options.languages,
    formats,
    force: options.force,
    sourceDateEpoch: options.sourceDateEpoch,
    shard: options.shard,
    browserWSEndpoint: options.browserWSEndpoint,
    release: options.release,
  });
  const warnings: (Diagnostic | string)[] = [...plan.warnings];
  plan.warnings.forEach((w) => options.onWarning?.(w));

  const outputs: EditionOutput[] = reusedOutputs(plan, formats);
  options.onPlan?.({ total: outputs.length + plan.editions.length * formats.length, reused: outputs.length });
  outputs.forEach((output) => options.onOutput?.(output));
  for (const name of formats) {
    outputs.push(
      ...(await OUTPUT_FORMATS[name].write(plan, {
        concurrency: options.concurrency,
        browser: options.browser,
        browserWSEndpoint: options.browserWSEndpoint,
        force: options.force,
        engine,
        // The browser this build started may quit while the PDFs are post-processed and written.
        onBrowserDone: () => void closeOwnEngine()?.catch(() => undefined),
        onOutput: options.onOutput,
        onStart: options.onStart,
        warn: (message) => {
          warnings.push(message);
          options.onWarning?.(message);
        },
      })),
    );
  }
  // Every output is written: the browser this build started may quit while dist/'s records and
  // publication are written (build() still waits for it before returning).
  closeOwnEngine()?.catch(() => undefined);
  const records = await writeRecords(plan, outputs);
  const removed = await sweepStaleOutputs(plan);
  await writePublication(config.outDir);
  return { outputs, warnings, removed, records, ok: outputs.every((o) => o.ok) };
}

/** The outputs of documents reused whole, as if they had been written. */
function reusedOutputs(plan: BuildPlan, formats: OutputFormatName[]): EditionOutput[] {
  return plan.reused.flatMap(({ id, outDir, record, langs }) =>
    record.editions
      .filter((edition) => langs.includes(edition.lang))
      .flatMap((edition) =>
        formats.map((format) => {
          const output = edition.outputs[format]!;
          return {
            document: id,
            lang: edition.lang,
            format,
            ok: true,
            reused: true,
            path: path.join(outDir, output.path),
            bytes: output.bytes,
            pages: output.pages,
            paragraphs: edition.paragraphs,
            links: edition.links,
            ms: 0,
            record: output,
          };
        }),
      ),
  );
}

/**
 * Each planned document's record: its input key, and what each edition's outputs are. Outputs not
 * made this time (another format, a failed PDF) keep what the previous record said only if the
 * inputs are the same; a failed output is left out, so the next build makes it again.
 */
async function writeRecords(plan: BuildPlan, outputs: EditionOutput[]): Promise<BuildResult['records']> {
  const records: BuildResult['records'] = plan.reused.map(({ id, outDir, record }) => ({ id, outDir, record }));
  // A record reused as it was is dated now: it stands for inputs checked now (see pdfsMayBeMissing).
  const now = new Date();
  await Promise.all(plan.reused.map(({ outDir }) => utimes(recordPath(outDir), now, now).catch(() => undefined)));
  for (const document of plan.documents) {
    const editions: EditionRecord[] = [];
    const sameInputs = document.previous?.inputKey === document.inputKey;
    for (const edition of plan.editions.filter((e) => e.documentId === document.id)) {
      const previous = sameInputs ? document.previous?.editions.find((e) => e.lang === edition.lang)?.outputs : undefined;
      const mine = (format: string) => outputs.find((o) => o.document === document.id && o.lang === edition.lang && o.format === format);
      const recordOf = (format: 'html' | 'pdf') => {
        const output = mine(format);
        return output ? (output.ok ? output.record : undefined) : previous?.[format];
      };
      editions.push({ lang: edition.lang, title: edition.pdfMetadata.title, paragraphs: edition.paragraphs, links: edition.links, translation: edition.translation, outputs: { html: recordOf('html'), pdf: recordOf('pdf') } });
    }
    const record: DocumentRecord = {
      inputKey: document.inputKey,
      symbol: document.meta.symbol,
      jobNumber: document.meta.jobNumber,
      date: document.meta.date,
      type: document.meta.type,
      languages: document.languages,
      warnings: plan.warnings.filter((w) => w.message.startsWith(`${document.id}:`) || w.location?.file.includes(`/${document.id}/`)),
      editions,
    };
    await writeRecord(document.outDir, record);
    records.push({ id: document.id, outDir: document.outDir, record });
  }
  return records;
}

const EDITION_OUTPUT = /^(ar|zh|en|fr|ru|es)\.(html|pdf)$/;
const HEXAPLA_FOLDERS = new Set(['assets', 'media']);
const HEXAPLA_FILES = new Set(['.hexapla-record.json', 'parallel.html', 'parallel.pdf']);

/**
 * Editions and documents removed from content/ leave old outputs in dist/: those are removed, so
 * dist/ never publishes a withdrawn edition. Only what Hexapla itself writes is touched (edition
 * files, its record, its assets and media folders); a folder holding anything else is left alone.
 */
async function sweepStaleOutputs(plan: BuildPlan): Promise<string[]> {
  const removed: string[] = [];
  if (!plan.complete) return removed;
  const list = async (dir: string) => readdir(dir, { withFileTypes: true }).catch(() => []);
  const remove = async (target: string) => {
    await rm(target, { recursive: true, force: true });
    removed.push(path.relative(plan.config.root, target).split(path.sep).join('/'));
  };
  const current = new Map<string, { outDir: string; languages: LanguageCode[] }>([
    ...plan.documents.map((d) => [d.id, { outDir: d.outDir, languages: d.languages }] as const),
    ...plan.reused.map((d) => [d.id, { outDir: d.outDir, languages: d.record.languages }] as const),
  ]);
  for (const { outDir, languages } of current.values()) {
    for (const entry of await list(outDir)) {
      const match = EDITION_OUTPUT.exec(entry.name);
      if (entry.isFile() && match && !languages.includes(match[1] as LanguageCode)) await remove(path.join(outDir, entry.name));
      // A document down to one edition has no parallel edition any more.
      if (entry.isFile() && entry.name === 'parallel.html' && languages.length < 2) await remove(path.join(outDir, entry.name));
    }
  }
  for (const entry of await list(plan.config.outDir)) {
    if (!entry.isDirectory() || current.has(entry.name) || entry.name.startsWith('.')) continue;
    const dir = path.join(plan.config.outDir, entry.name);
    const contents = await list(dir);
    const ours = contents.length > 0 && contents.every((c) => (c.isFile() && (EDITION_OUTPUT.test(c.name) || HEXAPLA_FILES.has(c.name))) || (c.isDirectory() && HEXAPLA_FOLDERS.has(c.name)));
    if (ours) await remove(dir);
  }
  return removed;
}
