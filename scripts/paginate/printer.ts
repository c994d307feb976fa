/**
 * The PDF engine: editions paginated by Paged.js (pagedjs.ts) and printed by Chromium.
 *
 * One browser serves the whole build; each edition gets its own tab, and up to `concurrency` tabs
 * paginate at once. A job that fails or times out yields `ok: false` with its label and the reason;
 * the others go on.
 *
 * What the engine does that pagedjs-cli's own command does not, and why:
 * - Chromium's output is loaded once with pdf-lib's `ParseSpeeds.Fastest` (pagedjs-cli's default
 *   parse yields to the event loop every 100 objects), and post-processed by pdf-document.ts: the
 *   outline from the headings found, if any, TrimBoxes, metadata and reproducible dates.
 * - Paged.js paces itself with animation frames, which only the visible tab gets. → Frame
 *   callbacks become microtasks (FRAME_CALLBACKS_AS_MICROTASKS), so concurrent tabs all make
 *   progress, without a task a callback.
 * - Paged.js loads every @font-face before layout: all 240 of the build's fonts.css, in every tab,
 *   ~0.5 s of CPU an edition. → in-page/load-fonts-in-use.js loads the faces that will draw the
 *   document's characters (for an English edition, 12 of 240); if layout asks for another, the
 *   edition is paginated again in a fresh tab without it, so the PDF is the one Paged.js gives.
 * - The PDF is tagged: CDP `Page.printToPDF` with `generateTaggedPDF` (puppeteer 20's `pdf()`
 *   has no such option).
 * - Chromium lays the whole edition out on load, only for Paged.js to lay it out again. → The
 *   source is kept out of layout (SOURCE_NOT_LAID_OUT).
 * - Paged.js lays each page out with every page before it still in the document, so a page costs
 *   more the further it is (14 ms at the start of a 261-page edition, 30 ms at its end). →
 *   in-page/retire-pages.js takes finished pages out of the layout until all are laid out.
 * - The tagged PDF would hold Paged.js's five boxes around each page's content as nested groups.
 *   → in-page/untag-page-boxes.js takes them out of the structure (and a tenth of the printing).
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { mapWithConcurrency } from '../concurrency.ts';
import { writeFileAtomic } from '../write/output.ts';
import { connectBrowser, launchBrowser } from './browser.ts';
import { engineScriptUrls, layOutPages } from './pagedjs.ts';
import { collectPaginatedLayout, type PaginatedLayout } from './page-layout.ts';
import type { PdfMetadata } from './pdf-document.ts';
import { isAllowedRequest, NO_SOCKETS, printTaggedPdf, REFUSED_TAG, refuseRequestsOutside, settled, withDeadline } from './tab.ts';

export type { PdfMetadata } from './pdf-document.ts';
export { isAllowedRequest, REFUSED_TAG, settled } from './tab.ts';

export interface PdfJob {
  /** Names the edition in results and errors, e.g. "npt-conf-2020-wp-20/zh". */
  label: string;
  htmlPath: string;
  pdfPath: string;
  metadata: PdfMetadata;
  /** The directory whose files the page may load; every other request is refused. */
  allowedRoot: string;
}

export interface PdfResult {
  label: string;
  ok: boolean;
  pdfPath?: string;
  pages?: number;
  ms: number;
  error?: string;
  /** URLs the page tried to load and was refused (outside `allowedRoot`, or not file://). */
  blockedRequests: string[];
}

export interface PdfEngine {
  render(job: PdfJob): Promise<PdfResult>;
  /**
   * Renders up to `concurrency` jobs at a time; results are in the order of `jobs`. `onPrinted` is
   * called once the browser has done its part of every job (printed it, or failed): what is left
   * (post-processing, writing) needs no browser, which may close meanwhile.
   */
  renderAll(jobs: PdfJob[], hooks?: { onStart?: (label: string) => void; onPrinted?: () => void }): Promise<PdfResult[]>;
  /** Tabs open in the shared browser (the browser's own blank tab included, the engine's spare tab not); for leak checks. */
  openTabCount(): Promise<number>;
  /** The executable that renders, for build logs. */
  readonly browserPath: string;
  close(): Promise<void>;
}

export interface PdfEngineOptions {
  /** A Chromium/Chrome executable; otherwise found by `findBrowserExecutable`. */
  executablePath?: string;
  /** A browser already running (ws://…): rendered with, never started or closed by the engine. */
  browserWSEndpoint?: string;
  /** Tabs rendering at once. Default: `os.availableParallelism()`. */
  concurrency?: number;
  /** Deadline for one edition, from opening its tab to the finished PDF. Default: by the page's size (editionTimeout). */
  timeoutMs?: number;
}

/**
 * How long an edition may take: a floor for the browser's own work, plus time in proportion to
 * the page's size (the 261-page English edition, 1.7 MB, renders in about 22 s on 2 cores).
 */
export function editionTimeout(htmlBytes: number): number {
  return 30_000 + Math.ceil(htmlBytes / 1024) * 150;
}

/**
 * Paged.js yields between pages with requestAnimationFrame / requestIdleCallback. Headless
 * Chromium runs those only in the one visible tab, so with several editions at once every tab
 * but one crawled (an edition took 6 s instead of 1 s). Timers did no better: a timer set from a
 * timer waits at least 4 ms (the HTML standard's clamp for nested timers), 1 s of a 261-page
 * edition. Messages to the page itself (a MessageChannel) ran in every tab, but each was a task
 * of its own: 2 000 tasks on a 261-page edition, 0.3 s of scheduling. The callbacks run as
 * microtasks: each tab, in its own process, lays its pages out without waiting for anything
 * but what Paged.js itself awaits (fonts, images).
 */
const FRAME_CALLBACKS_AS_MICROTASKS = `(() => {
  window.requestAnimationFrame = (callback) => {
    queueMicrotask(() => callback(performance.now()));
    return 0;
  };
  window.requestIdleCallback = (callback) => {
    queueMicrotask(() => callback({ didTimeout: false, timeRemaining: () => 50 }));
    return 0;
  };
})()`;

/**
 * Chromium lays the edition out as it loads it, then Paged.js lays the same content out again
 * page by page: the first layout is thrown away (2.8 s of 10 on a 261-page edition, most of it
 * text shaping). A stylesheet adopted before the document parses keeps everything but Paged.js's
 * pages out of layout. Paged.js reads the content from the DOM, not from its boxes, and puts its
 * pages in `.pagedjs_pages` under <body>, so the PDF is the same, byte for byte.
 */
export const SOURCE_NOT_LAID_OUT = `(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('body > :not(.pagedjs_pages) { display: none !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
})()`;


/** Launches the shared browser. Call `close()` when the build is done, even after failures. */
export async function openPdfEngine(options: PdfEngineOptions = {}): Promise<PdfEngine> {
  const launched = options.browserWSEndpoint ? await connectBrowser(options.browserWSEndpoint) : await launchBrowser({ executablePath: options.executablePath });
  const concurrency = Math.max(1, options.concurrency ?? os.availableParallelism());
  // Once the browser is gone, every edition it held fails at once with the real cause.
  const died = launched.died.then((reason) => Promise.reject(new Error(reason)));
  died.catch(() => undefined);
  // The first edition's tab opens while the build still plans (a tenth of a second of a
  // one-edition build); every later one opens when its edition starts.
  let spareTab: Promise<Page> | undefined = launched.browser.newPage();
  spareTab.catch(() => undefined);
  const newTab = () => {
    const tab = spareTab ?? launched.browser.newPage();
    spareTab = undefined;
    return tab;
  };
  const render = (job: PdfJob, printed?: () => void) => renderJob(newTab, job, options.timeoutMs, died, printed);
  return {
    render,
    renderAll: (jobs, hooks) => {
      let toPrint = jobs.length;
      const printed = () => {
        if (--toPrint === 0) hooks?.onPrinted?.();
      };
      return mapWithConcurrency(jobs, concurrency, (job) => {
        hooks?.onStart?.(job.label);
        return render(job, printed);
      });
    },
    openTabCount: async () => {
      const spare = spareTab;
      await spare?.catch(() => undefined);
      return (await launched.browser.pages()).length - (spare && spare === spareTab ? 1 : 0);
    },
    browserPath: launched.executable.path,
    close: () => launched.close(),
  };
}

/** One edition, start to finish; never throws. */
async function renderJob(newTab: () => Promise<Page>, job: PdfJob, timeoutOption: number | undefined, died: Promise<never>, printed = () => {}): Promise<PdfResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const blocked = new Set<string>(); // the same URL is often requested twice (browser, then Paged.js)
  const pageErrors: string[] = [];
  const lostContent: string[] = [];
  const tabs = new Set<Page>();
  const inNewTab = async <T>(work: (tab: Page) => Promise<T>): Promise<T> => {
    const tab = await newTab();
    tabs.add(tab);
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    // Paged.js skips what it cannot place with only this warning (layout.js:108-147): text lost.
    tab.on('console', (message) => {
      const text = message.text();
      if (/Unable to layout item/.test(text)) lostContent.push(text);
      if (text.startsWith(REFUSED_TAG)) blocked.add(text.slice(REFUSED_TAG.length + 1));
    });
    try {
      return await work(tab);
    } finally {
      tabs.delete(tab);
      await settled(tab.close());
    }
  };
  // The browser's part ends once, printed or failed.
  let told = false;
  const browserDone = () => {
    if (!told) printed();
    told = true;
  };
  try {
    const timeoutMs = timeoutOption ?? editionTimeout((await stat(job.htmlPath)).size);
    const edition = await withDeadline(Promise.race([printEdition(inNewTab, job, blocked), died]), timeoutMs).finally(browserDone);
    if (lostContent.length > 0) {
      throw new Error(`Paged.js could not place part of the page, so its text would be missing from the PDF (${lostContent.length}×: ${lostContent[0]}); a table row or a block taller than a page is the usual cause`);
    }
    const { finishPdf } = await loadPostProcessing();
    const pdf = await finishPdf(edition.printed, edition.layout, job.metadata);
    await writeFileAtomic(job.pdfPath, pdf.bytes);
    return { label: job.label, ok: true, pdfPath: job.pdfPath, pages: pdf.pageCount, ms: elapsed(), blockedRequests: [...blocked] };
  } catch (error) {
    browserDone();
    const reason = describeFailure(error, pageErrors, [...blocked]);
    return { label: job.label, ok: false, ms: elapsed(), error: reason, blockedRequests: [...blocked] };
  } finally {
    // Closing also aborts whatever a timed-out job was still waiting for. A dead browser never
    // answers, so cleaning up may not wait long.
    await Promise.all([...tabs].map((tab) => settled(tab.close())));
  }
}

/**
 * Paginates with only the fonts in use; if layout needed another face (its text was measured in a
 * fallback font), paginates again in a fresh tab with every face loaded, as Paged.js does alone.
 */
/** What the browser made of an edition: the printed PDF and where things fell on its pages. */
interface PrintedEdition {
  printed: Uint8Array;
  layout: PaginatedLayout;
}

async function printEdition(inNewTab: <T>(work: (tab: Page) => Promise<T>) => Promise<T>, job: PdfJob, blocked: Set<string>): Promise<PrintedEdition> {
  const withFontsInUse = await inNewTab((tab) => paginateAndPrint(tab, job, blocked, 'fonts-in-use'));
  return withFontsInUse ?? (await inNewTab(async (tab) => (await paginateAndPrint(tab, job, blocked, 'all-fonts'))!));
}

/**
 * One line that says why an edition failed. Paged.js rejects with a bare `ProgressEvent` when it
 * cannot read a stylesheet, so refused requests and script errors are added as the likely cause.
 */
function describeFailure(error: unknown, pageErrors: string[], blockedRequests: string[]): string {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const causes = [
    ...(blockedRequests.length > 0 ? [`refused offline: ${blockedRequests.join(', ')}`] : []),
    ...(pageErrors.length > 0 ? [`script error in the page: ${pageErrors[0]}`] : []),
  ];
  return causes.length > 0 ? `${message} (${causes.join('; ')})` : message;
}

/**
 * Paginates the job's HTML with Paged.js in `tab` and prints it; with
 * 'fonts-in-use', undefined when layout needed a face that was left unloaded.
 */
async function paginateAndPrint(tab: Page, job: PdfJob, blockedRequests: Set<string>, fonts: 'fonts-in-use' | 'all-fonts'): Promise<PrintedEdition | undefined> {
  const allowedRoot = path.resolve(job.allowedRoot);
  const htmlUrl = pathToFileURL(path.resolve(job.htmlPath)).href;
  if (!isAllowedRequest(htmlUrl, allowedRoot)) {
    throw new Error(`${job.htmlPath} is not inside the allowed root ${job.allowedRoot}`);
  }
  const scripts = [PREPARE_PRINT, FOOTNOTES, TABLES, RETIRE_PAGES, UNTAG_PAGE_BOXES, ...(fonts === 'fonts-in-use' ? [LOAD_FONTS_IN_USE] : [])];
  await refuseRequestsOutside(tab, allowedRoot, blockedRequests, engineScriptUrls(scripts));
  await tab.evaluateOnNewDocument([FRAME_CALLBACKS_AS_MICROTASKS, NO_SOCKETS, SOURCE_NOT_LAID_OUT].join(';\n'));
  await layOutPages(tab, htmlUrl, scripts);
  if (fonts === 'fonts-in-use' && (await skippedFacesLoadedByLayout(tab)) > 0) return undefined;
  const layout = await collectPaginatedLayout(tab);
  const printing = printTaggedPdf(tab);
  loadPostProcessing().catch(() => undefined); // (pdf-lib loads while Chromium prints)
  return { printed: await printing, layout };
}

/**
 * pdf-document.ts, which post-processes the printed PDFs, with pdf-lib: 40 ms of loading that
 * would delay the browser's start if it came with this module.
 */
let postProcessing: Promise<typeof import('./pdf-document.ts')> | undefined;
const loadPostProcessing = () => (postProcessing ??= import('./pdf-document.ts'));

/** See the header of in-page/prepare-print.js: the HTML edition made into Paged.js's input. */
const PREPARE_PRINT = fileURLToPath(new URL('./in-page/prepare-print.js', import.meta.url));

/** See the headers of in-page/footnotes.js and in-page/tables.js. */
const FOOTNOTES = fileURLToPath(new URL('./in-page/footnotes.js', import.meta.url));
const TABLES = fileURLToPath(new URL('./in-page/tables.js', import.meta.url));

/** See the header of in-page/retire-pages.js: finished pages leave the layout until the end. */
const RETIRE_PAGES = fileURLToPath(new URL('./in-page/retire-pages.js', import.meta.url));

/** See the header of in-page/untag-page-boxes.js: Paged.js's page boxes stay out of the PDF's tags. */
const UNTAG_PAGE_BOXES = fileURLToPath(new URL('./in-page/untag-page-boxes.js', import.meta.url));

/** See the header of in-page/load-fonts-in-use.js. */
const LOAD_FONTS_IN_USE = fileURLToPath(new URL('./in-page/load-fonts-in-use.js', import.meta.url));

/** Faces that load-fonts-in-use.js left unloaded but layout then started loading. */
function skippedFacesLoadedByLayout(tab: Page): Promise<number> {
  return tab.evaluate(() => {
    const skipped = (window as unknown as { hexaplaSkippedFaces?: FontFace[] }).hexaplaSkippedFaces ?? [];
    return skipped.filter((face) => face.status !== 'unloaded').length;
  });
}
