/**
 * The compiled command (scripts/compile.ts bundles scripts/ with esbuild; bin/run-compiled.js
 * runs it): a bundle of its own, made here, must do what the TypeScript does, files it finds
 * beside itself included (the in-page scripts the PDF engine gives the browser).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from './pdf-tools.ts';

const run = promisify(execFile);
const work = mkdtempSync(path.join(os.tmpdir(), 'hexapla-compile-'));
// Inside the project's node_modules, as the real one is: bundled code resolves packages from there.
const bundle = path.resolve('node_modules', '.cache', `hexapla-compile-test-${process.pid}`);
const dist = path.join(work, 'dist');

/** Runs the bundle's `main` as bin/hexapla.js does, in the project's folder. */
function hexapla(args: string[]) {
  return run(process.execPath, [path.join(work, 'hexapla.mjs'), ...args], { cwd: path.resolve('.'), maxBuffer: 1 << 24 });
}

beforeAll(async () => {
  await run(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/compile.ts', '--out', bundle]);
  const runner = JSON.stringify(pathToFileURL(path.resolve('bin/run-compiled.js')).href);
  const folder = JSON.stringify(pathToFileURL(`${bundle}/`).href);
  writeFileSync(
    path.join(work, 'hexapla.mjs'),
    `const { runCompiled } = await import(${runner});
const [{ main }, { interruptStatus }, saveCodeCache] = runCompiled(new URL(${folder}), process.argv[2]);
const status = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() });
saveCodeCache();
process.exit(interruptStatus() ?? status);
`,
  );
}, 120_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(bundle, { recursive: true, force: true });
});

describe('the compiled command', () => {
  it('is one script, with the files it finds beside itself', () => {
    expect(readdirSync(bundle).sort()).toEqual(['client.js', 'hexapla.cjs', 'in-page', 'stamp.json']);
    expect(existsSync(path.join(bundle, 'in-page', 'retire-pages.js'))).toBe(true);
    // Node's own modules are required, not imported: the bin runs the script without module loader.
    expect(readFileSync(path.join(bundle, 'hexapla.cjs'), 'utf8')).not.toMatch(/\bimport\(["']/);
  });

  it('answers --help, and keeps its compiled code for the next run, which takes it', async () => {
    const { stdout } = await hexapla(['--help']);
    expect(stdout).toMatch(/Usage: hexapla/);
    const cache = path.join(bundle, 'hexapla.cjs.help.v8-cache');
    const written = statSync(cache).mtimeMs;
    expect((await hexapla(['--help'])).stdout).toBe(stdout);
    expect(statSync(cache).mtimeMs).toBe(written); // accepted by V8, so not written again
  });

  it('takes a damaged code cache for none: the command runs, and the cache is written again', async () => {
    const cache = path.join(bundle, 'hexapla.cjs.help.v8-cache');
    writeFileSync(cache, 'not V8 code');
    const { stdout, stderr } = await hexapla(['--help']);
    expect(stdout).toMatch(/Usage: hexapla/);
    expect(stderr).toBe('');
    expect(readFileSync(cache).subarray(0, 11).toString()).not.toBe('not V8 code');
  });

  it('builds an edition to PDF, its page furniture and notes included', async () => {
    const { stdout } = await hexapla(['build', '--doc', 'npt-conf-2020-wp-20', '--lang', 'en', '--out', dist]);
    expect(stdout).toMatch(/2 written/);
    const pdf = path.join(dist, 'npt-conf-2020-wp-20', 'en.pdf');
    expect(Number(pdfInfo(pdf).Pages)).toBe(5);
    // The running head on a later page and the footer's page number: Paged.js and the in-page scripts ran.
    expect(pdfText(pdf, 3)).toMatch(/NPT\/CONF\.2020\/WP\.20/);
    expect(pdfText(pdf, 3)).toMatch(/3\/5/);
  }, 120_000);
});
