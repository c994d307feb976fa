/**
 * Canaries: pagedjs-cli 0.4.3 `Printer` traps, among the reasons scripts/paginate/pagedjs.ts runs
 * Paged.js without it, shown on the unpatched Printer. If one of these starts failing after an
 * upgrade, the trap is fixed upstream.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Printer from 'pagedjs-cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/paginate/browser.ts';

const fixtureUrl = (name: string) => pathToFileURL(path.resolve('test/fixtures/paginate', name, 'index.html')).href;

describe('pagedjs-cli 0.4.3 Printer, reused', () => {
  let launched: LaunchedBrowser;

  beforeAll(async () => {
    launched = await launchBrowser();
  });

  afterAll(async () => {
    await launched?.close();
  });

  /** A Printer using our browser, as a build that reuses one Printer would. */
  function reusedPrinter(): Printer {
    const printer = new Printer({ closeAfter: false });
    printer.browser = launched.browser;
    return printer;
  }

  it('never resets `pages`: the second document inherits the first one’s pages', async () => {
    const printer = reusedPrinter();
    const first = await printer.render({ url: fixtureUrl('a4-three-pages') });
    await first.close();
    const second = await printer.render({ url: fixtureUrl('a5-one-page') });
    await second.close();
    expect(printer.pages).toHaveLength(3 + 1);
  });

  it('throws in pdf() without outlineTags, and leaves its tab open with closeAfter:false', async () => {
    const tabsBefore = (await launched.browser.pages()).length;
    await expect(reusedPrinter().pdf({ url: fixtureUrl('a5-one-page') })).rejects.toThrow(/join/);
    const tabs = await launched.browser.pages();
    expect(tabs.length).toBe(tabsBefore + 1);
    await Promise.all(tabs.slice(tabsBefore).map((tab) => tab.close()));
  });
});
