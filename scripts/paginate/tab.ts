/**
 * What every tab that prints shares, whether Paged.js lays it out (printer.ts) or Chromium's own
 * print does (print-page.ts): it is kept offline, and it is printed to a tagged PDF.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page, Protocol } from 'puppeteer-core';

/**
 * Connections that request interception never sees — WebSocket, WebTransport, WebRTC — are
 * taken away from the page's scripts: each attempt throws, and is reported on the console with
 * a tag the engine turns into a refused request.
 */
export const REFUSED_TAG = '[hexapla-refused]';
export const NO_SOCKETS = `(() => {
  const refuse = (kind) => function (url) {
    console.warn(${JSON.stringify(REFUSED_TAG)} + ' ' + String(url ?? kind));
    throw new DOMException(kind + ' is not available while rendering (offline)', 'SecurityError');
  };
  for (const kind of ['WebSocket', 'WebTransport', 'RTCPeerConnection', 'webkitRTCPeerConnection']) {
    if (kind in window) Object.defineProperty(window, kind, { value: refuse(kind), configurable: false, writable: false });
  }
})()`;

/**
 * Rendering is offline: the page may load `file:` URLs under `allowedRoot`, and `data:`/`blob:`/
 * `about:` URLs (which never leave the process). The engine's own scripts (Paged.js and the
 * in-page scripts) are let through by refuseRequestsOutside, by their exact URLs.
 */
export function isAllowedRequest(url: string, allowedRoot: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
  if (parsed.protocol !== 'file:') return false;
  const relative = path.relative(allowedRoot, fileURLToPath(parsed));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export async function refuseRequestsOutside(tab: Page, allowedRoot: string, blockedRequests: Set<string>, engineScripts: ReadonlySet<string> = new Set()): Promise<void> {
  // WebSockets bypass request interception: the page's scripts cannot open them (NO_SOCKETS),
  // and the browser sends what else escapes to a proxy that does not exist (browserLaunchArgs).
  await tab.setRequestInterception(true);
  tab.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (isAllowedRequest(url, allowedRoot) || engineScripts.has(url)) {
      request.continue().catch(() => undefined); // the tab may be closing
    } else {
      blockedRequests.add(url);
      request.abort('blockedbyclient').catch(() => undefined);
    }
  });
}

/**
 * `Page.printToPDF` with tags (puppeteer 20's `page.pdf()` cannot ask for them), at the size of
 * the page's `@page`. `margins: 'none'` when Paged.js has already made every page box that size.
 */
export async function printTaggedPdf(tab: Page, margins: 'none' | 'css' = 'none'): Promise<Uint8Array> {
  const session = await tab.target().createCDPSession();
  try {
    const request: Protocol.Page.PrintToPDFRequest & { generateTaggedPDF: boolean } = {
      printBackground: true,
      preferCSSPageSize: true,
      ...(margins === 'none' ? { marginTop: 0, marginBottom: 0, marginLeft: 0, marginRight: 0 } : {}),
      generateTaggedPDF: true,
      transferMode: 'ReturnAsBase64',
    };
    const { data } = await session.send('Page.printToPDF', request);
    return Buffer.from(data, 'base64');
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Waits for `work` to settle, at most `ms`; never throws. For cleanup that must not hang. */
export function settled(work: Promise<unknown>, ms = 2_000): Promise<void> {
  return Promise.race([work.then(() => undefined, () => undefined), new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
}

/** Rejects when `work` is not done within `ms`; the caller must then stop the work (close the tab). */
export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  work.catch(() => undefined); // a late failure of abandoned work is not an unhandled rejection
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
