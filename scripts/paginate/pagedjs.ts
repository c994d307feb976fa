/**
 * Paged.js in a tab: the page loaded, Paged.js and Hexapla's in-page scripts added, the pages laid
 * out.
 *
 * This does what pagedjs-cli 0.4.3's `Printer.render()` does, with the same Paged.js (the bundle
 * pagedjs-cli injects, dist/browser.js), so the pages are the ones pagedjs-cli lays out; the pages
 * are measured as Printer measures them, once they are all laid out (page-layout.ts). It does it
 * without Printer because of what Printer costs an edition:
 * - Printer sends Paged.js (900 kB) into the page as inline script text over the DevTools
 *   connection (130–230 ms an edition). Here the page loads it by URL, as a web page would, which
 *   Chromium can stream to its compiler (50–90 ms, the in-page scripts included, which come the
 *   same way, in one round trip).
 * - Printer makes a dozen round trips before layout starts (serializing the page, three exposed
 *   functions, a script tag each), and waits for the network to be idle after layout.
 * - Printer keeps every page it ever laid out (`pages` is never reset), throws in `pdf()` without
 *   `outlineTags`, and closes the whole browser after a failure with `closeAfter: true`; the
 *   engine used a fresh Printer per edition and its own printing to avoid them.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';

const require = createRequire(import.meta.url);

/** Paged.js 0.4.3 as pagedjs-cli gives it to the page (its package exports only its index). */
export const PAGED_JS = path.join(path.dirname(require.resolve('pagedjs-cli')), '..', 'dist', 'browser.js');

/**
 * Runs in the page once it has loaded: tells Paged.js to wait to be started (as Printer does, after
 * the page's own scripts, which may set PagedConfig), then adds the scripts in order (fetched at
 * once, run one after the other) and settles when the last has run, or names the first that
 * could not load.
 */
const ADD_SCRIPTS = `async (urls) => {
  window.PagedConfig = window.PagedConfig || {};
  window.PagedConfig.auto = false;
  const loaded = urls.map((url) => new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = false;
    script.onload = resolve;
    script.onerror = () => reject(new Error('could not load ' + url));
    document.head.append(script);
  }));
  await Promise.all(loaded);
}`;

/**
 * Runs in the page: lays it out with Paged.js. A page's own PagedConfig.before and .after hooks
 * run around the layout, as with Printer. (Printer also measures each page as it comes; the
 * engine measures them all once they are laid out, page-layout.ts.)
 */
const LAY_OUT_PAGES = `async () => {
  const config = window.PagedConfig;
  if (config.before) await config.before();
  const done = await window.PagedPolyfill.preview();
  if (config.after) await config.after(done);
}`;

/**
 * Loads `htmlUrl` in `tab`, adds Paged.js and `scripts`, lays the pages out. Requests for the
 * scripts must be let through by the tab's request filter.
 */
export async function layOutPages(tab: Page, htmlUrl: string, scripts: string[]): Promise<void> {
  await tab.emulateMediaType('print');
  await tab.goto(htmlUrl, { waitUntil: 'load', timeout: 0 });
  const urls = [PAGED_JS, ...scripts].map((file) => pathToFileURL(file).href);
  await tab.evaluate(`(${ADD_SCRIPTS})(${JSON.stringify(urls)})`);
  await tab.evaluate(`(${LAY_OUT_PAGES})()`);
  // Paged.js waited for the fonts and images it laid out; only what is still in flight (a CSS
  // background image, say) is waited for, without puppeteer's default 500 ms of silence after it.
  await tab.waitForNetworkIdle({ idleTime: 0, timeout: 0 });
}

/** The URLs of the engine's own scripts, which a tab may load whatever its allowed root. */
export function engineScriptUrls(scripts: string[]): Set<string> {
  return new Set([PAGED_JS, ...scripts].map((file) => pathToFileURL(file).href));
}
