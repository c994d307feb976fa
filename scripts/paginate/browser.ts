/**
 * Launching the Chromium that renders the PDF editions (found by locate.ts). One browser
 * serves the whole build (see printer.ts).
 *
 * The browser cannot outlive the build: it talks to us over a pipe (not a port), and Chromium
 * exits when that pipe closes, however the build ends (even SIGKILL). SIGINT and SIGTERM close it
 * and remove its temporary profile; profiles left by builds that were killed are removed at the
 * next launch.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { fail } from '../diagnostics.ts';
import { onInterrupt } from '../interrupt.ts';
import { findBrowserExecutable, HOW_TO_GET_A_BROWSER, type BrowserExecutable } from './locate.ts';

export { findBrowserExecutable, type BrowserExecutable, type BrowserSource } from './locate.ts';

/** Temporary profiles are named after the build's process, so a later build can tell whose they are. */
const PROFILE_PREFIX = 'hexapla-chromium-';

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
    // The same bytes on any machine with the same browser: no locale or time zone of its own.
    env: { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
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

/**
 * A browser that runs elsewhere (a container, another machine), reached over its DevTools
 * WebSocket. It must see dist/ at the same path (the pages load their files from disk), for
 * instance through a shared volume. The build only disconnects from it at the end.
 */
export async function connectBrowser(endpoint: string): Promise<LaunchedBrowser> {
  if (!/^wss?:\/\/[^\s/]+/i.test(endpoint)) {
    throw fail('browser/endpoint', `"${endpoint}" is not a browser's WebSocket address`, undefined, 'give the address the browser prints, e.g. --browser-ws ws://127.0.0.1:9222/devtools/browser/…');
  }
  let browser: Browser;
  try {
    browser = await puppeteer.connect({ browserWSEndpoint: endpoint });
  } catch (cause) {
    throw fail('browser/connect', `could not reach the browser at ${endpoint}: ${(cause as Error).message.split('\n')[0]}`, undefined, 'check that it runs and listens there (chromium --remote-debugging-port=9222)');
  }
  let closing = false;
  const died = new Promise<string>((resolve) => {
    browser.once('disconnected', () => {
      if (!closing) resolve(`the connection to the browser at ${endpoint} was lost`);
    });
  });
  const release = onInterrupt(() => close());
  const close = async () => {
    closing = true;
    release();
    await Promise.race([Promise.resolve().then(() => browser.disconnect()).catch(() => undefined), sleep(3_000)]);
  };
  return { browser, executable: { path: endpoint, source: 'option' }, died, close };
}

const sleep = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref());

function describeExit(browser: Browser): string {
  const child = browser.process();
  if (!child) return 'connection lost';
  if (child.signalCode) return `killed by ${child.signalCode}`;
  if (child.exitCode !== null) return `exit status ${child.exitCode}`;
  return 'connection lost';
}
