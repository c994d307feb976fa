/**
 * `npm run bench` (command part): how fast the `hexapla` command starts and finishes, as whole
 * processes, against pagedjs-cli run the same way. A benchmark, not a test: it never fails on speed.
 *
 *   --help                 `hexapla --help`, the compiled command (npm run compile makes it)
 *   one edition, PDF       `hexapla build --doc npt-conf-2020-wp-20 --lang en --format pdf --force`
 *                          against `pagedjs-cli en.html -o en.pdf` on the HTML that build wrote
 *   incremental builds     on a copy of the project, built once: `hexapla build` with nothing
 *                          changed (target ≤ 1 s), then with one paragraph of fr.md changed
 *                          (which must write the French edition only)
 *
 * Usage: tsx scripts/bench/cli.ts [--runs N]
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { browserLaunchArgs, findBrowserExecutable } from '../paginate/browser.ts';

const run = promisify(execFile);
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const started = performance.now();
  await run(file, args, { env, maxBuffer: 64 * 1024 * 1024 });
  return performance.now() - started;
}

async function measure(label: string, work: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < runs; index++) times.push(await work());
  const result = median(times);
  console.log(`  ${label.padEnd(44)} median ${(result / 1000).toFixed(2)} s   runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')}`);
  return result;
}

/** Runs each piece of work `runs` times, taking turns; prints and returns their medians. */
async function measureInTurns(works: [string, () => Promise<number>][]): Promise<number[]> {
  const times = works.map(() => [] as number[]);
  for (let index = 0; index < runs; index++) {
    for (const [at, [, work]] of works.entries()) times[at]!.push(await work());
  }
  return works.map(([label], at) => {
    const result = median(times[at]!);
    console.log(`  ${label.padEnd(44)} median ${(result / 1000).toFixed(2)} s   runs: ${times[at]!.map((t) => (t / 1000).toFixed(2)).join(', ')}`);
    return result;
  });
}

const bin = path.resolve('bin/hexapla.js');
const outDir = mkdtempSync(path.join(os.tmpdir(), 'hexapla-bench-cli-'));
const profile = mkdtempSync(path.join(os.tmpdir(), 'hexapla-bench-profile-'));
const project = mkdtempSync(path.join(os.tmpdir(), 'hexapla-bench-project-'));
try {
  console.log(`Command bench: ${runs} runs each, ${os.availableParallelism()} CPUs`);
  const help = await measure('hexapla --help', () => timed(process.execPath, [bin, '--help']));
  const build = ['build', '--doc', 'npt-conf-2020-wp-20', '--lang', 'en', '--out', outDir];
  // The HTML pagedjs-cli is given is the one Hexapla writes.
  await run(process.execPath, [bin, ...build, '--format', 'html']);
  const browser = findBrowserExecutable();
  const html = path.join(outDir, 'npt-conf-2020-wp-20', 'en.html');
  // The two commands take turns, so that a slower spell of the machine weighs on both alike.
  const [hexapla, cli] = await measureInTurns([
    ['hexapla build --lang en --format pdf --force', () => timed(process.execPath, [bin, ...build, '--format', 'pdf', '--force'])],
    [
      'pagedjs-cli en.html -o en.pdf',
      () =>
        timed(path.resolve('node_modules/.bin/pagedjs-cli'), [html, '-o', path.join(outDir, 'pagedjs-cli.pdf'), '--browserArgs', browserLaunchArgs(profile).join(',')], {
          ...process.env,
          PUPPETEER_EXECUTABLE_PATH: browser.path,
        }),
    ],
  ]);
  console.log(`  --help: ${(help / 1000).toFixed(2)} s   (target ≤ 0.3 s)`);
  console.log(`  one edition, hexapla / pagedjs-cli = ${(hexapla / cli).toFixed(2)}   (target ≤ 0.7)`);

  // Incremental builds, on a copy of the project (the edit must not touch content/).
  for (const folder of ['content', 'locales', 'templates']) cpSync(path.resolve(folder), path.join(project, folder), { recursive: true });
  const whole = ['-C', project, 'build'];
  const full = await timed(process.execPath, [bin, ...whole]);
  console.log(`  full build of the samples (12 editions)      ${(full / 1000).toFixed(2)} s`);
  const noop = await measure('hexapla build, nothing changed', () => timed(process.execPath, [bin, ...whole]));
  const fr = path.join(project, 'content', 'npt-conf-2020-wp-20', 'fr.md');
  let edits = 0;
  let written: string[] = [];
  const oneParagraph = await measure('hexapla build, one paragraph of fr.md changed', async () => {
    writeFileSync(fr, readFileSync(fr, 'utf8').replace(/(\S)\n$/, `$1 (${++edits})\n`));
    const started = performance.now();
    const { stdout } = await run(process.execPath, [bin, ...whole], { maxBuffer: 64 * 1024 * 1024 });
    written = stdout.split('\n').filter((line) => line.startsWith('✓') && !line.includes('unchanged')).map((line) => line.split(/\s+/).slice(1, 3).join(' '));
    return performance.now() - started;
  });
  console.log(`  nothing changed: ${(noop / 1000).toFixed(2)} s   (target ≤ 1 s); one paragraph of fr.md: ${(oneParagraph / 1000).toFixed(2)} s, written: ${written.join(', ')}\n`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
}
