/**
 * Faults around the browser, on real processes: a browser that dies mid-build, a build stopped
 * by SIGINT or SIGTERM, a build killed outright, and pages that try to reach the network. Only
 * the processes a test starts are ever signalled (found by the build's own profile folder).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionTimeout } from '../../scripts/paginate/printer.ts';
import { removeStaleProfiles } from '../../scripts/paginate/browser.ts';
import { projectWith, ROOT } from '../helpers.ts';

const LONG = Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1} recalls resolution 74/32 and the equal treatment of the six official languages in every document of the Organization.`).join('\n\n');

function startBuild(root: string, args: string[]): { child: ChildProcess; output: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'hexapla.js'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const output = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, output };
}

/** Chromium processes started for the build with process id `pid` (its profile is named after it). */
function browsersOf(pid: number): number[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes(`hexapla-chromium-${pid}-`) && !line.includes('hexapla.js')).map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Temporary files (written under a hidden name, then renamed), which must never be left behind. */
const temporary = (names: string[]) => names.filter((name) => /\.\d+\.\d+\.(tmp|print\.html)$/.test(name));

const profilesOf = async (pid: number) => (await readdir(os.tmpdir())).filter((name) => name.startsWith(`hexapla-chromium-${pid}-`));

let project: Awaited<ReturnType<typeof projectWith>>;
beforeAll(async () => {
  const meta = 'symbol: A/80/2\njobNumber: 25-00002\ndate: 2025-10-01\noriginal: en\norgan: general-assembly\nsession:\n  number: 80\n';
  project = await projectWith({ long: { 'document.yml': meta, 'en.md': `---\ntitle: A long document\n---\n\n${LONG}\n`, 'fr.md': `---\ntitle: Un long document\n---\n\n${LONG}\n` } });
});
afterAll(() => project.remove());

describe('signals and a dying browser', () => {
  it('notices within seconds that the browser died, and names the cause', async () => {
    const build = startBuild(project.root, ['build', '--format', 'pdf']);
    // Rendering has begun once the hidden pages are written beside the editions.
    const dist = path.join(project.root, 'dist', 'long');
    await waitFor(async () => (await readdir(dist).catch(() => [])).some((name) => name.endsWith('.print.html')), 30_000, 'rendering to start');
    const browsers = browsersOf(build.child.pid!);
    expect(browsers.length).toBeGreaterThan(0);
    const killedAt = Date.now();
    for (const pid of browsers) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone with its parent
      }
    }
    const result = await build.output;
    expect(Date.now() - killedAt).toBeLessThan(10_000);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✗ long\/(en|fr)\s+pdf\s+failed: the browser exited unexpectedly/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await profilesOf(build.child.pid!)).toEqual([]);
    expect(temporary(await readdir(dist))).toEqual([]);
  }, 60_000);

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('on %s closes the browser, removes its profile and exits %i', async (signal, status) => {
    const build = startBuild(project.root, ['build', '--format', 'pdf']);
    await waitFor(() => browsersOf(build.child.pid!).length > 0, 30_000, 'the browser');
    build.child.kill(signal);
    const result = await build.output;
    expect(result.code).toBe(status);
    expect(browsersOf(build.child.pid!)).toEqual([]);
    expect(await profilesOf(build.child.pid!)).toEqual([]);
    // Nothing half-written is left in dist/.
    expect(temporary(await readdir(path.join(project.root, 'dist', 'long')).catch(() => []))).toEqual([]);
  }, 60_000);

  it('leaves no browser behind when the build is killed outright, and the next build removes its profile', async () => {
    const build = startBuild(project.root, ['build', '--format', 'pdf']);
    await waitFor(() => browsersOf(build.child.pid!).length > 0, 30_000, 'the browser');
    build.child.kill('SIGKILL');
    await build.output;
    // The browser talks over a pipe: it exits when the pipe closes with the build.
    await waitFor(() => browsersOf(build.child.pid!).length === 0, 10_000, 'the browser to exit');
    const left = await profilesOf(build.child.pid!);
    expect(left.length).toBe(1);
    const removed = await removeStaleProfiles();
    expect(removed).toEqual(expect.arrayContaining(left));
    expect(await profilesOf(build.child.pid!)).toEqual([]);
  }, 60_000);
});

describe('the offline guard', () => {
  let server: Server;
  let connections = 0;
  let port = 0;
  beforeAll(async () => {
    server = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses and reports a page\'s requests to the network, WebSockets included', async () => {
    const template = path.join(project.root, 'templates', 'document.hbs');
    const original = await readFile(template, 'utf8');
    try {
      const script = `<script>try { new WebSocket('ws://127.0.0.1:${port}/socket'); } catch (e) {} fetch('http://127.0.0.1:${port}/data').catch(() => {});</script>`;
      await writeFile(template, original.replace('</head>', `${script}\n</head>`));
      const build = startBuild(project.root, ['build', '--format', 'pdf', '--lang', 'en']);
      const result = await build.output;
      expect(result.stderr).toContain(`refused to load ws://127.0.0.1:${port}/socket`);
      expect(result.stderr).toContain(`refused to load http://127.0.0.1:${port}/data`);
      expect(connections).toBe(0);
    } finally {
      await writeFile(template, original);
    }
  }, 60_000);
});

describe('a browser running elsewhere', () => {
  it('renders with a browser reached over its WebSocket (--browser-ws), and leaves it running', async () => {
    const { default: puppeteer } = await import('puppeteer');
    const { browserLaunchArgs, findBrowserExecutable } = await import('../../scripts/paginate/browser.ts');
    const profile = await mkdtemp(path.join(os.tmpdir(), 'hexapla-remote-profile-'));
    const remote = await puppeteer.launch({ executablePath: findBrowserExecutable().path, headless: 'new', args: browserLaunchArgs(profile) });
    try {
      const result = await startBuild(project.root, ['build', '--format', 'pdf', '--lang', 'en', '--force', '--browser-ws', remote.wsEndpoint()]).output;
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/✓ long\/en\s+pdf/);
      expect(remote.isConnected()).toBe(true);
      expect((await readFile(path.join(project.root, 'dist', 'long', 'en.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
      const refused = await startBuild(project.root, ['build', '--format', 'pdf', '--force', '--browser-ws', 'http://example.org']).output;
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/not a browser's WebSocket address \[browser\/endpoint\]/);
    } finally {
      await remote.close();
      await rm(profile, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('outputs', () => {
  it('--format pdf renders beside a built HTML edition without touching it', async () => {
    const html = path.join(project.root, 'dist', 'long', 'en.html');
    expect((await startBuild(project.root, ['build', '--format', 'html']).output).code).toBe(0);
    const before = { text: await readFile(html, 'utf8'), mtime: (await stat(html)).mtimeMs };
    expect((await startBuild(project.root, ['build', '--format', 'pdf', '--lang', 'en']).output).code).toBe(0);
    expect(await readFile(html, 'utf8')).toBe(before.text);
    expect((await stat(html)).mtimeMs).toBe(before.mtime);
    const names = await readdir(path.dirname(html));
    expect(temporary(names)).toEqual([]);
  }, 120_000);

  it('gives an edition time in proportion to its size', () => {
    expect(editionTimeout(40_000)).toBeLessThan(editionTimeout(2_000_000));
    expect(editionTimeout(40_000)).toBeGreaterThanOrEqual(30_000);
    expect(editionTimeout(2_000_000)).toBeGreaterThan(120_000);
  });
});

/** A small tmpfs of our own (as root); undefined where this machine does not allow mounting. */
function mountTmpfs(options: string): string | undefined {
  const dir = execFileSync('mktemp', ['-d', path.join(os.tmpdir(), 'hexapla-mount-XXXXXX')], { encoding: 'utf8' }).trim();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    execFileSync('rmdir', [dir]);
    return undefined;
  }
}
const unmount = (dir: string) => execFileSync('sh', ['-c', `umount "${dir}" && rmdir "${dir}"`]);
const canMount = (() => {
  const dir = process.getuid?.() === 0 ? mountTmpfs('size=16k') : undefined;
  if (dir) unmount(dir);
  return dir !== undefined;
})();

describe.skipIf(!canMount)('file-system faults (on a tmpfs of the test\'s own)', () => {
  it.each([
    ['a full disk', 'size=64k', /^error: \S*dist\S*: cannot write: the disk is full \[fs\/enospc\]$/m, /free some space/],
    ['a read-only disk', 'ro,size=64k', /^error: \S*dist\S*: cannot (create the folder|write): the file system is read-only \[fs\/erofs\]$/m, /--out/],
  ])('names the path and the cause of %s, and exits 1 without a stack trace', async (_name, options, message, hint) => {
    const dir = mountTmpfs(options)!;
    try {
      const result = await startBuild(project.root, ['build', '--format', 'html', '--out', path.join(dir, 'dist')]).output;
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(hint);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      unmount(dir);
    }
  }, 60_000);
});
