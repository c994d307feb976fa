/**
 * Types for pagedjs-cli 0.4.3's `Printer` (the package ships none). Hexapla runs Paged.js without it
 * (paginate/pagedjs.ts, which finds the package's Paged.js bundle); the tests use it as the
 * reference of what Paged.js alone lays out. The package's `exports` map only exposes its index
 * (`export default Printer`), so `pagedjs-cli/src/printer.js` cannot be imported directly.
 */
declare module 'pagedjs-cli' {
  import { EventEmitter } from 'node:events';
  import type { Page } from 'puppeteer-core';

  /** A box in PostScript points, measured from the top-left corner of the page element. */
  export interface PagedBox {
    width: number;
    height: number;
    x: number;
    y: number;
  }

  /** What the Printer records for every page Paged.js lays out (its `onPage` callback). */
  export interface PagedPageInfo {
    id: string;
    width: number;
    height: number;
    position: number;
    boxes: { media: PagedBox; crop: PagedBox };
  }

  /** The only members of a puppeteer Browser that `Printer.render()` touches. */
  export interface PrinterBrowser {
    newPage(): Promise<Page>;
    close(): Promise<void>;
  }

  export interface PrinterOptions {
    closeAfter?: boolean;
    timeout?: number;
    emulateMedia?: 'print' | 'screen';
    allowLocal?: boolean;
    allowRemote?: boolean;
    allowedPaths?: string[];
    allowedDomains?: string[];
    browserArgs?: string[];
    enableWarnings?: boolean;
    additionalScripts?: string[];
    styles?: string[];
  }

  export default class Printer extends EventEmitter {
    constructor(options?: PrinterOptions);
    browser: PrinterBrowser | undefined;
    /** Every page laid out since construction — never reset between documents. */
    pages: PagedPageInfo[];
    closeAfter: boolean;
    setup(): Promise<unknown>;
    /** Loads `input` (a path or URL), runs Paged.js in it, and returns the paginated tab. */
    render(input: string | { url?: string; html?: string }): Promise<Page>;
    pdf(input: string | { url?: string; html?: string }, options?: { outlineTags?: string[] }): Promise<Uint8Array>;
    close(): Promise<void>;
  }
}
