import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HexaplaError } from '../../scripts/diagnostics.ts';
import { browserLaunchArgs, findBrowserExecutable } from '../../scripts/paginate/browser.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fake "browser" file: findBrowserExecutable only checks that the file exists. */
function fakeBrowser(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hexapla-browser-test-'));
  made.push(dir);
  const file = path.join(dir, name);
  writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
  return file;
}

describe('findBrowserExecutable', () => {
  it('prefers the explicit option over PUPPETEER_EXECUTABLE_PATH', () => {
    const explicit = fakeBrowser('explicit-chrome');
    const fromEnv = fakeBrowser('env-chrome');
    expect(findBrowserExecutable(explicit, { PUPPETEER_EXECUTABLE_PATH: fromEnv })).toEqual({ path: explicit, source: 'option' });
    expect(findBrowserExecutable(undefined, { PUPPETEER_EXECUTABLE_PATH: fromEnv })).toEqual({
      path: fromEnv,
      source: 'PUPPETEER_EXECUTABLE_PATH',
    });
  });

  it('refuses a requested browser that does not exist instead of silently using another', () => {
    expect(() => findBrowserExecutable('/nowhere/chrome', {})).toThrow(HexaplaError);
    expect(() => findBrowserExecutable(undefined, { PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' })).toThrow(/PUPPETEER_EXECUTABLE_PATH/);
  });

  it('finds a browser on PATH on platforms without known install paths', () => {
    const onPath = fakeBrowser('chromium');
    expect(findBrowserExecutable(undefined, { PATH: path.dirname(onPath) }, 'freebsd')).toEqual({ path: onPath, source: 'system' });
  });

  it('says how to get a browser when none is found', () => {
    let error: unknown;
    try {
      findBrowserExecutable(undefined, { PATH: '' }, 'freebsd');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HexaplaError);
    expect((error as HexaplaError).diagnostics[0]!.hint).toMatch(/npm run setup/);
    expect((error as HexaplaError).diagnostics[0]!.hint).toMatch(/PUPPETEER_EXECUTABLE_PATH/);
  });

  it("finds this machine's Chromium", () => {
    expect(findBrowserExecutable(undefined, { PATH: process.env.PATH }).path).toMatch(/chrom/i);
  });
});

describe('browserLaunchArgs', () => {
  it('disables the sandbox only for root and always uses the given profile directory', () => {
    expect(browserLaunchArgs('/tmp/profile', true)).toContain('--no-sandbox');
    const asUser = browserLaunchArgs('/tmp/profile', false);
    expect(asUser).not.toContain('--no-sandbox');
    expect(asUser).toEqual(
      expect.arrayContaining([
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--font-render-hinting=none',
        '--user-data-dir=/tmp/profile',
      ]),
    );
  });
});
