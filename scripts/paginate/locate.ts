/**
 * Finding the Chromium that renders the PDF editions, without loading puppeteer (builds that
 * reuse their PDFs need only to know which browser would render them).
 *
 * Hexapla never downloads a browser (see .puppeteerrc.cjs): it uses, in order, an explicit path,
 * PUPPETEER_EXECUTABLE_PATH, a browser puppeteer downloaded earlier (if one is on disk), then the
 * machine's Chromium or Chrome.
 */
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fail } from '../diagnostics.ts';

/** Where a browser executable was found, so build logs can say which one rendered the PDFs. */
export type BrowserSource = 'option' | 'PUPPETEER_EXECUTABLE_PATH' | 'puppeteer-cache' | 'system';

export interface BrowserExecutable {
  path: string;
  source: BrowserSource;
}

/** Absolute paths of Chromium/Chrome installations, most specific first. */
const SYSTEM_BROWSER_PATHS: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    path.join(os.homedir(), 'Applications/Chromium.app/Contents/MacOS/Chromium'),
    path.join(os.homedir(), 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
};

/** Executable names looked up on PATH when none of the usual absolute paths exists. */
const BROWSER_COMMAND_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

export const HOW_TO_GET_A_BROWSER =
  "run `npm run setup` (installs Debian's chromium package), install Chromium or Google Chrome, " +
  'or set PUPPETEER_EXECUTABLE_PATH to a Chromium/Chrome executable';


function isRegularFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** A browser puppeteer downloaded into its cache (~/.cache/puppeteer/chrome/<build>/…), if any. */
function puppeteerCachedBrowser(env: NodeJS.ProcessEnv): string | undefined {
  const cache = path.join(env.PUPPETEER_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'puppeteer'), 'chrome');
  let builds: string[];
  try {
    builds = readdirSync(cache).sort().reverse();
  } catch {
    return undefined;
  }
  const inside = ['chrome-linux64/chrome', 'chrome-linux/chrome', 'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-win64/chrome.exe'];
  for (const build of builds) {
    const found = inside.map((file) => path.join(cache, build, file)).find(isRegularFile);
    if (found) return found;
  }
  return undefined;
}

function systemBrowser(platform: NodeJS.Platform, searchPath: string): string | undefined {
  const known = (SYSTEM_BROWSER_PATHS[platform] ?? []).find(isRegularFile);
  if (known) return known;
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    for (const name of BROWSER_COMMAND_NAMES) {
      const candidate = path.join(dir, name);
      if (isRegularFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The browser to render with. An explicit path or PUPPETEER_EXECUTABLE_PATH that does not exist is
 * an error rather than a reason to fall through: the user asked for that browser.
 */
export function findBrowserExecutable(
  explicitPath?: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): BrowserExecutable {
  const requested: Array<[string | undefined, BrowserSource]> = [
    [explicitPath, 'option'],
    [env.PUPPETEER_EXECUTABLE_PATH, 'PUPPETEER_EXECUTABLE_PATH'],
  ];
  for (const [candidate, source] of requested) {
    if (!candidate) continue;
    if (isRegularFile(candidate)) return { path: candidate, source };
    throw fail(
      'browser/not-found',
      `the browser given by ${source === 'option' ? '--browser' : source} does not exist: ${candidate}`,
      undefined,
      `point it at a Chromium/Chrome executable, or unset it to use the machine's browser; or ${HOW_TO_GET_A_BROWSER}`,
    );
  }
  const cached = puppeteerCachedBrowser(env);
  if (cached) return { path: cached, source: 'puppeteer-cache' };
  const system = systemBrowser(platform, env.PATH ?? '');
  if (system) return { path: system, source: 'system' };
  throw fail('browser/not-found', 'no Chromium or Chrome browser found to print the PDF editions', undefined, HOW_TO_GET_A_BROWSER);
}

