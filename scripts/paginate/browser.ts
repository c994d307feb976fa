/**
 * Finding and launching the Chromium that renders the PDF editions.
 *
 * Hexapla never downloads a browser (see .puppeteerrc.cjs): it uses, in order, an explicit path,
 * PUPPETEER_EXECUTABLE_PATH, a browser puppeteer downloaded earlier (if one is on disk), then the
 * machine's Chromium or Chrome. One browser serves the whole build (see printer.ts).
 *
 * The browser cannot outlive the build: it talks to us over a pipe (not a port), and Chromium
 * exits when that pipe closes, however the build ends (even SIGKILL). SIGINT and SIGTERM close it
 * and remove its temporary profile; profiles left by builds that were killed are removed at the
 * next launch.
 */
import { statSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { fail } from '../diagnostics.ts';
import { onInterrupt } from '../interrupt.ts';

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

const HOW_TO_GET_A_BROWSER =
  "run `npm run setup` (installs Debian's chromium package), install Chromium or Google Chrome, " +
  'or set PUPPETEER_EXECUTABLE_PATH to a Chromium/Chrome executable';

/** Temporary profiles are named after the build's process, so a later build can tell whose they are. */
const PROFILE_PREFIX = 'hexapla-chromium-';

function isRegularFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** The browser puppeteer downloaded into its cache, if one is actually on disk. */
function puppeteerCachedBrowser(): string | undefined {
  try {
    // Throws when the expected revision was never downloaded (our default: downloads are skipped).
    const cached = puppeteer.executablePath();
    return isRegularFile(cached) ? cached : undefined;
  } catch {
    return undefined;
  }
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
  const cached = puppeteerCachedBrowser();
  if (cached) return { path: cached, source: 'puppeteer-cache' };
  const system = systemBrowser(platform, env.PATH ?? '');
  if (system) return { path: system, source: 'system' };
  throw fail('browser/not-found', 'no Chromium or Chrome browser found to print the PDF editions', undefined, HOW_TO_GET_A_BROWSER);
}

/**
 * Command-line switches for a rendering browser. Everything that could reach the network on its own
 * (updates, field trials) is off, font hinting is off so glyph metrics match across machines, and
 * file:// pages may read their own stylesheets (Paged.js fetches `<link>` CSS with XHR; which files
 * are reachable is enforced by request interception in printer.ts).
 */
export function browserLaunchArgs(userDataDir: string, runningAsRoot = process.getuid?.() === 0): string[] {
  return [
    ...(runningAsRoot ? ['--no-sandbox'] : []), // Chromium refuses to start sandboxed as root.
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--font-render-hinting=none',
    '--disable-dev-shm-usage', // containers often have a tiny /dev/shm
    '--allow-file-access-from-files',
    '--export-tagged-pdf',
    // Offline, whatever a page tries: every connection goes to a proxy that does not exist
    // (loopback included), and WebRTC may not send UDP around it. Request interception refuses
    // and reports requests before that (printer.ts).
    '--proxy-server=127.0.0.1:9',
    '--proxy-bypass-list=<-loopback>',
    '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
    `--user-data-dir=${userDataDir}`,
  ];
}

export interface LaunchedBrowser {
  browser: Browser;
  executable: BrowserExecutable;
  /** Settles when the browser goes away without being asked to (a crash, a kill); never rejects. */
  died: Promise<string>;
  /** Closes the browser and removes its temporary profile. Safe to call twice. */
  close(): Promise<void>;
}

/** Removes the profiles of builds whose process no longer runs (killed before they could clean up). */
export async function removeStaleProfiles(tmp = os.tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(tmp).catch(() => [] as string[])) {
    const pid = Number(new RegExp(`^${PROFILE_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    await rm(path.join(tmp, name), { recursive: true, force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Launches one headless browser with a fresh, temporary profile. From before the launch until
 * `close()`, an interrupted build closes the browser and removes its profile (interrupt.ts).
 */
export async function launchBrowser(options: { executablePath?: string } = {}): Promise<LaunchedBrowser> {
  const executable = findBrowserExecutable(options.executablePath);
  await removeStaleProfiles();
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  let closing = false;
  let closed: Promise<void> | undefined;
  const launching = puppeteer.launch({
    executablePath: executable.path,
    headless: 'new',
    pipe: true,
    args: browserLaunchArgs(userDataDir),
    // Our own handlers close the browser and remove the profile; puppeteer's would only kill it.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const close = () => {
    closing = true;
    closed ??= (async () => {
      release();
      // Interrupted while starting: wait (a little) for the browser, so it can be closed too.
      const browser = await Promise.race([launching.catch(() => undefined), sleep(3_000)]);
      if (browser) {
        // A browser that died or hangs never answers: wait a little, then kill it.
        const child = browser.process();
        await Promise.race([browser.close().catch(() => undefined), sleep(3_000)]);
        if (child && child.exitCode === null && child.signalCode === null) {
          child.kill('SIGKILL');
          await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(1_000)]);
        }
      }
      // (If the browser never came up, the next build removes the profile: see removeStaleProfiles.)
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }).catch(() => undefined);
    })();
    return closed;
  };
  const release = onInterrupt(close);
  let browser: Browser;
  try {
    browser = await launching;
  } catch (cause) {
    await close();
    throw fail(
      'browser/launch',
      `could not start the browser ${executable.path}: ${(cause as Error).message.split('\n')[0]}`,
      undefined,
      `check that it runs (\`${executable.path} --version\`), or ${HOW_TO_GET_A_BROWSER}`,
    );
  }
  const died = new Promise<string>((resolve) => {
    browser.once('disconnected', () => {
      if (!closing) resolve(`the browser exited unexpectedly (${describeExit(browser)})`);
    });
  });
  return { browser, executable, died, close };
}

const sleep = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref());

function describeExit(browser: Browser): string {
  const child = browser.process();
  if (!child) return 'connection lost';
  if (child.signalCode) return `killed by ${child.signalCode}`;
  if (child.exitCode !== null) return `exit status ${child.exitCode}`;
  return 'connection lost';
}
