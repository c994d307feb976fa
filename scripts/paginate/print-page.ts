/**
 * Printing a static page with Chromium's own print, offline: no Paged.js. For pages that lay
 * themselves out for print with their own CSS (`@page`, `thead { display: table-header-group }`,
 * `break-inside: avoid`), such as the parallel edition: one long table that Chromium's print
 * paginates itself, repeating the head row on every page and keeping rows whole. Paged.js would
 * have to split that table itself (in-page/tables.js) and gains nothing here.
 *
 * As for the editions (printer.ts): the browser is launched through browser.ts (offline by
 * design, closed on interrupts and in `finally`), the page is opened from file://, and every
 * request outside `allowedRoot` is refused (`isAllowedRequest`). The caller may run one function
 * in the page before printing (to choose what prints); the fonts are awaited after it, since what
 * it shows may need other faces. The PDF is tagged and gets the metadata given, with the dates
 * given (never the clock) and Chromium's varying structure ids renumbered, so the same input gives
 * the same bytes.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDict, PDFDocument, ParseSpeeds } from 'pdf-lib';
import { launchBrowser } from './browser.ts';
import { renumberStructureIds } from './pdf-document.ts';
import { isAllowedRequest, NO_SOCKETS, printTaggedPdf, refuseRequestsOutside, settled, withDeadline } from './tab.ts';

export interface StaticPdfMetadata {
  title: string;
  subject?: string;
  author?: string;
  keywords?: string[];
  /** BCP 47 language tag written as the catalog's `/Lang`. */
  lang: string;
  /** CreationDate and ModDate; without it the PDF has no dates at all (never today's). */
  date?: Date;
  /** Default "Hexapla". */
  producer?: string;
}

/** A function that runs inside the page (serialized: self-contained, no inner named functions). */
export type InPageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface PrintPageOptions<A, R> {
  htmlPath: string;
  /** The folder whose files the page may load; every other request is refused. */
  allowedRoot: string;
  /** A Chromium/Chrome executable; otherwise found by locate.ts. */
  executablePath?: string;
  /** Runs in the page once it has loaded, before the fonts are awaited and the page printed. */
  prepare?: { run: InPageFunction<A, R>; arg: A };
  metadata: StaticPdfMetadata;
  /** Deadline from opening the page to the printed PDF. Default: by the page's size. */
  timeoutMs?: number;
}

export interface PrintedPage<R> {
  bytes: Uint8Array;
  pageCount: number;
  /** What `prepare` returned. */
  prepared: R | undefined;
  /** URLs the page tried to load and was refused (outside `allowedRoot`, or not file://). */
  blockedRequests: string[];
}

/**
 * For the parallel edition (render/parallel.ts): shows the columns of `langs` the way the page
 * itself does, `<html data-columns="en fr ar">` (in the order given) with the checkboxes to match
 * (its CSS hides a column for either), and the columns moved into that order. Returns the
 * languages of the head row's columns that show, in the order they print.
 * Runs in the page: self-contained, no inner named functions (tsx's keepNames would wrap them in
 * a `__name` helper that the page lacks).
 */
export const chooseParallelColumns: InPageFunction<string[], { shown: string[] }> = (langs) => {
  document.documentElement.setAttribute('data-columns', langs.join(' '));
  for (const box of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="lang"]'))) box.checked = langs.includes(box.value);
  // The columns in the order given: each row's language cells moved after its unit cell.
  for (const row of Array.from(document.querySelectorAll<HTMLTableRowElement>('table.parallel-table tr'))) {
    for (const lang of [...langs].reverse()) {
      const cell = row.querySelector<HTMLElement>(`:scope > .col-${lang}`);
      const unit = row.querySelector<HTMLElement>(':scope > .unit');
      if (cell && unit) unit.after(cell);
    }
  }
  const heads = Array.from(document.querySelectorAll<HTMLElement>('table.parallel-table thead th[lang]'));
  return { shown: heads.filter((th) => getComputedStyle(th).display !== 'none').map((th) => th.getAttribute('lang') ?? '') };
};

export const STATIC_PDF_CREATOR = 'Hexapla (Chromium print)';

/** Prints `htmlPath` to PDF bytes (the caller writes them). Throws when anything fails. */
export async function printStaticPage<A, R>(options: PrintPageOptions<A, R>): Promise<PrintedPage<R>> {
  const allowedRoot = path.resolve(options.allowedRoot);
  const url = pathToFileURL(path.resolve(options.htmlPath)).href;
  if (!isAllowedRequest(url, allowedRoot)) throw new Error(`${options.htmlPath} is not inside ${options.allowedRoot}`);
  const timeoutMs = options.timeoutMs ?? 60_000 + Math.ceil((await stat(options.htmlPath)).size / 1024) * 100;
  const launched = await launchBrowser({ executablePath: options.executablePath });
  const blocked = new Set<string>();
  const pageErrors: string[] = [];
  try {
    const died = launched.died.then((reason) => Promise.reject(new Error(reason)));
    died.catch(() => undefined);
    const tab = await launched.browser.newPage();
    try {
      tab.on('pageerror', (error) => pageErrors.push(error.message));
      const work = (async () => {
        await refuseRequestsOutside(tab, allowedRoot, blocked);
        await tab.evaluateOnNewDocument(NO_SOCKETS);
        // The print stylesheet from the start, so the fonts awaited are those the print shows.
        await tab.emulateMediaType('print');
        await tab.goto(url, { waitUntil: 'load' });
        const prepared = options.prepare ? ((await tab.evaluate(options.prepare.run as (arg: unknown) => R, options.prepare.arg as unknown)) as R) : undefined;
        // Lay the page out as it will print, then wait for the faces that layout asked for.
        await tab.evaluate(() => document.fonts.ready.then(() => document.body.offsetHeight).then(() => document.fonts.ready).then(() => undefined));
        return { prepared, printed: await printTaggedPdf(tab, 'css') };
      })();
      const { prepared, printed } = await withDeadline(Promise.race([work, died]), timeoutMs);
      const { bytes, pageCount } = await finishStaticPdf(printed, options.metadata);
      return { bytes, pageCount, prepared, blockedRequests: [...blocked] };
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      const causes = [...(blocked.size > 0 ? [`refused offline: ${[...blocked].join(', ')}`] : []), ...(pageErrors.length > 0 ? [`script error in the page: ${pageErrors[0]}`] : [])];
      throw new Error(causes.length > 0 ? `${message} (${causes.join('; ')})` : message);
    } finally {
      await settled(tab.close());
    }
  } finally {
    await launched.close();
  }
}


/** Metadata and `/Lang`, the dates given or none, structure ids renumbered. */
export async function finishStaticPdf(printed: Uint8Array, metadata: StaticPdfMetadata): Promise<{ bytes: Uint8Array; pageCount: number }> {
  // updateMetadata:false: no pdf-lib Producer, no today's dates.
  const doc = await PDFDocument.load(printed, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
  // Chromium's own entries go (its dates are the clock's).
  const info = doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict);
  for (const key of info?.keys() ?? []) info!.delete(key);
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.subject) doc.setSubject(metadata.subject);
  if (metadata.author) doc.setAuthor(metadata.author);
  if (metadata.keywords?.length) doc.setKeywords(metadata.keywords);
  doc.setProducer(metadata.producer ?? 'Hexapla');
  doc.setCreator(STATIC_PDF_CREATOR);
  if (metadata.date) {
    doc.setCreationDate(metadata.date);
    doc.setModificationDate(metadata.date);
  }
  doc.setLanguage(metadata.lang);
  renumberStructureIds(doc);
  const bytes = await doc.save({ objectsPerTick: Infinity });
  return { bytes, pageCount: doc.getPageCount() };
}
