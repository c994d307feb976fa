/**
 * Pages laid out by Paged.js in a tab as the PDF engine lays them out (offline, the source kept out
 * of layout until Paged.js takes it), for tests that look at the paginated page itself.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/paginate/browser.ts';
import { engineScriptUrls, layOutPages } from '../../scripts/paginate/pagedjs.ts';
import { SOURCE_NOT_LAID_OUT } from '../../scripts/paginate/printer.ts';
import { refuseRequestsOutside } from '../../scripts/paginate/tab.ts';

/** One browser for a test file: launched before its tests, with `output` emptied, closed after them. */
export function browserForTests(output: string): () => Browser {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    rmSync(output, { recursive: true, force: true });
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => launched!.browser;
}

/**
 * Lays `htmlFile` out with Paged.js and `scripts` in a new tab, which may read only the files of
 * its folder, and returns what `probe` (a script) evaluates to there.
 */
export async function probeLaidOut<T>(browser: Browser, htmlFile: string, scripts: string[], probe: string): Promise<T> {
  const tab = await browser.newPage();
  try {
    await refuseRequestsOutside(tab, path.dirname(htmlFile), new Set(), engineScriptUrls(scripts));
    // As in the engine: nothing is laid out (nor any face loaded for it) before Paged.js lays it out.
    await tab.evaluateOnNewDocument(SOURCE_NOT_LAID_OUT);
    await layOutPages(tab, pathToFileURL(htmlFile).href, scripts);
    return (await tab.evaluate(probe)) as T;
  } finally {
    await tab.close();
  }
}
