/**
 * `hexapla parallel --doc <id> --lang en,fr,ar [--out file.pdf]`: the parallel edition
 * (dist/<doc>/parallel.html, written by `hexapla build --format html`) printed for two or three
 * languages as an A4 landscape PDF, by default dist/<doc>/parallel.pdf.
 *
 * The page is printed with Chromium's own print, not with Paged.js: it is one long table, and
 * its print stylesheet (parallel.css: `@page { size: A4 landscape }`, the head row as a
 * `table-header-group`, rows not split) is what Chromium's print paginates, repeating the head row
 * on every page. The columns are chosen as the page itself chooses them: `<html data-columns="…">`
 * (and the language checkboxes), set before printing.
 *
 * The columns print in the order given (chooseParallelColumns moves them); the line printed names
 * them in the order they print.
 *
 * Everything is checked before the browser starts, and the PDF is written only once printed
 * (atomically): a failure leaves no PDF behind.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { fail, HexaplaError } from '../diagnostics.ts';
import { isLanguageCode, UN_LANGUAGES, type LanguageCode } from '../languages/codes.ts';
import { DOCUMENT_META_FILE } from '../load/content.ts';
import { PARALLEL_FILE } from '../outputs/parallel.ts';
import { writeFileAtomic } from '../write/output.ts';

export const PARALLEL_PDF_FILE = 'parallel.pdf';

export interface ParallelCommandOptions {
  root: string;
  document: string;
  /** Two or three, in the order the columns should print. */
  languages: LanguageCode[];
  /** The PDF to write; default dist/<doc>/parallel.pdf. */
  out?: string;
  browser?: string;
  stdout: NodeJS.WritableStream;
}

export interface ParallelCommandResult {
  pdfPath: string;
  /** The columns as printed, in their order. */
  columns: LanguageCode[];
  pages: number;
  bytes: number;
}

const RULE = 'parallel';

export async function runParallelCommand(options: ParallelCommandOptions): Promise<ParallelCommandResult> {
  const { root, document: id } = options;
  const shown = (p: string) => {
    const relative = path.relative(root, p);
    return relative.startsWith('..') || path.isAbsolute(relative) ? p : relative.split(path.sep).join('/');
  };
  const build = `hexapla build --doc ${id} --format html`;

  const languages = options.languages;
  const twice = languages.find((lang, index) => languages.indexOf(lang) !== index);
  if (twice) throw fail(`${RULE}/languages`, `--lang names ${twice} twice`, undefined, 'name each language once, e.g. --lang en,fr,ar');
  if (languages.length < 2 || languages.length > 3) {
    throw fail(
      `${RULE}/languages`,
      `the parallel PDF shows two or three languages side by side, not ${languages.length} (${languages.join(', ')})`,
      undefined,
      'give two or three, e.g. --lang en,fr or --lang en,fr,ar; more columns would not fit an A4 landscape page (the HTML page shows all six)',
    );
  }

  const config = await loadConfig(root);
  const documentDir = path.join(config.outDir, id);
  const htmlPath = path.join(documentDir, PARALLEL_FILE);
  const contentDir = path.join(config.contentDir, id);
  const editions = await readdir(contentDir).then(
    (names) => UN_LANGUAGES.filter((lang) => names.includes(`${lang}.md`)),
    () => undefined,
  );
  let html: string;
  try {
    html = await readFile(htmlPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fail(`${RULE}/read`, `cannot read the parallel edition: ${(error as Error).message}`, { file: shown(htmlPath) });
    if (editions === undefined) {
      throw fail(`${RULE}/no-document`, `there is no document "${id}"`, { file: shown(contentDir) }, `give the name of a folder under ${shown(config.contentDir)}/ with --doc`);
    }
    if (editions.length < 2) {
      throw fail(`${RULE}/one-edition`, `"${id}" has ${editions.length === 1 ? `only one edition (${editions[0]})` : 'no editions'}, so it has no parallel edition`, { file: shown(contentDir) }, 'a parallel edition needs two editions or more');
    }
    throw fail(`${RULE}/not-built`, `the parallel edition of "${id}" has not been built`, { file: shown(htmlPath) }, `run \`${build}\` first`);
  }

  // The document's languages: the page's columns (what can print), else its editions in content/.
  const pageColumns = columnsOfPage(html);
  const available = pageColumns.length > 0 ? pageColumns : (editions ?? []);
  const lacking = languages.filter((lang) => !available.includes(lang));
  if (lacking.length > 0) {
    const fromContent = editions !== undefined && lacking.filter((lang) => editions.includes(lang));
    throw fail(
      `${RULE}/no-edition`,
      `"${id}" has no ${lacking.join(', ')} edition${lacking.length > 1 ? 's' : ''} in its parallel edition (it has ${available.join(', ')})`,
      { file: shown(htmlPath) },
      fromContent && fromContent.length === lacking.length ? `content/ has it now: run \`${build}\` again` : `choose two or three of ${available.join(', ')}`,
    );
  }

  const meta = await documentMeta(path.join(contentDir, DOCUMENT_META_FILE));
  const symbol = meta.symbol ?? /<meta name="dc\.identifier" content="([^"]*)"/.exec(html)?.[1];
  const pageTitle = unescapeHtml(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? id);
  const pdfPath = options.out ?? path.join(documentDir, PARALLEL_PDF_FILE);

  const { printStaticPage, chooseParallelColumns } = await import('../paginate/print-page.ts');
  const printed = await printStaticPage({
    htmlPath,
    allowedRoot: documentDir,
    executablePath: options.browser,
    prepare: { run: chooseParallelColumns, arg: languages },
    metadata: {
      title: `${pageTitle} (${languages.join(', ')})`,
      subject: symbol,
      keywords: [symbol, meta.jobNumber, ...languages].filter((k): k is string => Boolean(k)),
      // The language of the first column; each cell carries its own in the page.
      lang: languages[0]!,
      date: meta.date,
    },
  }).catch((error: unknown) => {
    if (error instanceof HexaplaError) throw error;
    throw fail(`${RULE}/print`, `could not print ${shown(htmlPath)}: ${error instanceof Error ? error.message : String(error)}`, undefined, 'run again with DEBUG=hexapla for details; check that the page opens in a browser');
  });
  if (printed.blockedRequests.length > 0) {
    throw fail(`${RULE}/offline`, `the page tried to load ${printed.blockedRequests.join(', ')}, outside ${shown(documentDir)}`, { file: shown(htmlPath) }, `printing is offline; run \`${build}\` again so the page and its assets match`);
  }
  const columns = (printed.prepared?.shown ?? []).filter(isLanguageCode);
  if (columns.length !== languages.length || !languages.every((lang) => columns.includes(lang))) {
    throw fail(`${RULE}/columns`, `the page printed the columns ${columns.join(', ') || '(none)'} instead of ${languages.join(', ')}`, { file: shown(htmlPath) }, `run \`${build}\` again, then this command`);
  }
  await writeFileAtomic(pdfPath, printed.bytes);
  const kB = Math.max(1, Math.round(printed.bytes.length / 1024));
  options.stdout.write(`✓ ${id} parallel ${columns.join('+')} → ${shown(pdfPath)} (${printed.pageCount} page${printed.pageCount === 1 ? '' : 's'}, ${kB} kB)\n`);
  return { pdfPath, columns, pages: printed.pageCount, bytes: printed.bytes.length };
}

/** The language columns of the page's head row, in the page's order. */
export function columnsOfPage(html: string): LanguageCode[] {
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
  return [...head.matchAll(/<th\b[^>]*\bclass="col col-([a-z]{2})"/g)].map((m) => m[1]!).filter(isLanguageCode);
}

/** The fields of document.yml the PDF needs; none when it cannot be read (the page has the symbol). */
async function documentMeta(file: string): Promise<{ symbol?: string; jobNumber?: string; date?: Date }> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  try {
    const { parse } = await import('yaml');
    const data = parse(text) as { symbol?: unknown; jobNumber?: unknown; date?: unknown } | null;
    const string = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
    const date = string(data?.date);
    const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : undefined;
    return { symbol: string(data?.symbol), jobNumber: string(data?.jobNumber), date: day && !Number.isNaN(day.getTime()) ? day : undefined };
  } catch {
    return {};
  }
}

const unescapeHtml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

