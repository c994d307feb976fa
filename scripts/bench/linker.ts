/**
 * Benchmark of the citation recogniser (not a test): `npx tsx scripts/bench/linker.ts`.
 * Times `findCitations` on the sample editions and on adversarial megabyte inputs, printing the
 * median of several runs. Linear time shows as the 1 MB inputs finishing in milliseconds, and as
 * 2 MB taking about twice as long as 1 MB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UN_LANGUAGES, type LanguageCode } from '../languages/index.ts';
import { findCitations } from '../symbols/index.ts';

const RUNS = 7;
const MB = 1024 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(label: string, text: string, lang: LanguageCode): void {
  let found = 0;
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    found = findCitations(text, lang).length;
    samples.push(performance.now() - started);
  }
  const size = text.length >= MB ? `${(text.length / MB).toFixed(1)} M` : `${(text.length / 1024).toFixed(1)} k`;
  console.log(`${label.padEnd(46)} ${size.padStart(8)} chars  ${median(samples).toFixed(2).padStart(9)} ms  ${String(found).padStart(7)} citations`);
}

/** `unit` repeated up to `length` characters. */
function repeat(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const sampleDir = join(import.meta.dirname, '../../content/npt-conf-2020-wp-20');
console.log(`median of ${RUNS} runs\n`);
for (const lang of UN_LANGUAGES) {
  const file = join(sampleDir, `${lang}.md`);
  if (existsSync(file)) time(`sample ${lang}.md`, readFileSync(file, 'utf8'), lang);
}

console.log('');
const adversarial: [string, string, LanguageCode][] = [
  ['digits and slashes "12/34/56/…"', repeat('12/34/', MB), 'en'],
  ['digits and slashes, random', Array.from({ length: MB }, (_, i) => ((i * 7919) % 11 === 0 ? '/' : String((i * 31) % 10))).join(''), 'en'],
  ['one digit run', repeat('7', MB), 'en'],
  ['slashes only', repeat('/', MB), 'en'],
  ['"resolution 1/1, " (one endless list)', repeat('resolution 1/1, ', MB), 'en'],
  ['"resolution 74/32. " (many lists)', repeat('resolution 74/32. ', MB), 'en'],
  ['"resolutions 68/32 and " (fr/ru/zh/ar shapes)', repeat('résolutions 68/32 et ', MB), 'fr'],
  ['"第 68/32、" (zh list, no closing 号决议)', repeat('第 68/32、', MB), 'zh'],
  ['"قرارات 68/32 و " (ar list)', repeat('قرارات 68/32 و ', MB), 'ar'],
  ['"2231 (2015 " unclosed parentheses', repeat('2231 (2015 ', MB), 'en'],
  ['"A/B/C/D/…" symbol-like run', repeat('A/B1/', MB), 'en'],
  ['"A/47/975-S/" double-symbol chain', repeat('A/47/975-S/', MB), 'en'],
  ['"S-1/1 " special sessions', repeat('S-1/1 ', MB), 'en'],
  ['"https://x/74/32 " URLs', repeat('https://x/74/32 ', MB), 'en'],
  ['"`" backticks', repeat('`resolution 74/32` ', MB), 'en'],
];
for (const [label, text, lang] of adversarial) time(label, text, lang);

console.log('');
// Doubling the input should double the time, not quadruple it.
for (const size of [MB, 2 * MB]) time(`"resolution 74/32, " at ${size / MB} MB`, repeat('resolution 74/32, ', size), 'en');
