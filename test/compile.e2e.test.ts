/**
 * The compiled command (scripts/compile.ts bundles scripts/ with esbuild): a bundle of its own,
 * made here, must do what the TypeScript does, files it finds beside itself included (the
 * in-page scripts the PDF engine gives the browser).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
  const entry = (name: string) => JSON.stringify(pathToFileURL(path.join(bundle, name)).href);
  writeFileSync(
    path.join(work, 'hexapla.mjs'),
    `const [{ main }, { interruptStatus }] = await Promise.all([import(${entry('cli.js')}), import(${entry('interrupt.js')})]);
const status = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() });
process.exit(interruptStatus() ?? status);
`,
  );
}, 120_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(bundle, { recursive: true, force: true });
});

describe('the compiled command', () => {
  it('is a bundle: two entry points and chunks, with the files it finds beside itself', () => {
    const files = readdirSync(bundle);
    expect(files).toContain('cli.js');
    expect(files).toContain('interrupt.js');
    expect(existsSync(path.join(bundle, 'in-page', 'retire-pages.js'))).toBe(true);
    expect(existsSync(path.join(bundle, 'client.js'))).toBe(true);
    expect(files.filter((name) => name.endsWith('.js')).length).toBeGreaterThan(5);
  });

  it('answers --help', async () => {
    const { stdout } = await hexapla(['--help']);
    expect(stdout).toMatch(/Usage: hexapla/);
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
