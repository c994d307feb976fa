/**
 * `npm run bench` (translators' part): `hexapla status` and `hexapla check`, each as a whole
 * process, on one 615-paragraph document in six languages (the working paper's 41 paragraphs
 * fifteen times over, in a temporary project). Target: both together under 2 s. Four cases:
 * nothing changed since the last run (the analysis is cached), one paragraph of the original
 * changed (status analyses that edition again, check reuses it), a fresh checkout after its
 * build (which leaves its analysis for them), and no cache at all (both analyse everything).
 * A benchmark, not a test: it never fails on speed.
 *
 * Usage: tsx scripts/bench/translation.ts [--runs N]   (after npm run compile)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UN_LANGUAGES } from '../languages/codes.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const COPIES = 15;
const SAMPLE = path.resolve('content', 'npt-conf-2020-wp-20');
const root = mkdtempSync(path.join(os.tmpdir(), 'hexapla-bench-translation-'));
for (const folder of ['locales', 'templates']) cpSync(path.resolve(folder), path.join(root, folder), { recursive: true });
// A node_modules folder of its own: the analysis cache goes there, and away with the project.
mkdirSync(path.join(root, 'node_modules'));
const doc = path.join(root, 'content', 'large');
mkdirSync(doc, { recursive: true });
cpSync(path.join(SAMPLE, 'document.yml'), path.join(doc, 'document.yml'));
for (const lang of UN_LANGUAGES) {
  const text = readFileSync(path.join(SAMPLE, `${lang}.md`), 'utf8');
  const end = text.indexOf('\n---', 3) + 4;
  writeFileSync(path.join(doc, `${lang}.md`), text.slice(0, end) + `\n${text.slice(end).trim()}\n`.repeat(COPIES));
}
const bin = path.resolve('bin', 'hexapla.js');
const time = (args: string[]) => {
  const started = performance.now();
  try {
    execFileSync(process.execPath, [bin, '-C', root, ...args], { stdio: 'pipe' });
  } catch (error) {
    // check exits 1 on findings; anything else is a broken bench
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    if (args[0] !== 'check' || stderr.includes('error:')) throw new Error(`hexapla ${args.join(' ')} failed:\n${stderr}`);
  }
  return performance.now() - started;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
try {
  time(['sync']); // every edition current, as in a real project
  const cache = path.join(root, 'node_modules', '.cache');
  const en = path.join(doc, 'en.md');
  const cases: [string, () => void][] = [
    ['unchanged', () => undefined],
    ['original edited', () => writeFileSync(en, readFileSync(en, 'utf8').replace(/(\S)\n$/, `$1 (edit ${performance.now()})\n`))],
    ['after a build', () => (rmSync(cache, { recursive: true, force: true }), time(['build', '--format', 'html', '--force']))],
    ['no cache', () => rmSync(cache, { recursive: true, force: true })],
  ];
  console.log(`translators' tools on one ${41 * COPIES}-paragraph document × 6 languages (median of ${runs}; target ≤ 2 s together):`);
  for (const [name, prepare] of cases) {
    const status: number[] = [];
    const check: number[] = [];
    for (let run = 0; run < runs; run++) {
      prepare();
      status.push(time(['status']));
      if (name === 'no cache') rmSync(cache, { recursive: true, force: true });
      check.push(time(['check']));
    }
    const total = median(status) + median(check);
    console.log(`  ${name.padEnd(16)} status ${(median(status) / 1000).toFixed(2)} s + check ${(median(check) / 1000).toFixed(2)} s = ${(total / 1000).toFixed(2)} s ${total <= 2000 ? '✓' : '✗'}`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
