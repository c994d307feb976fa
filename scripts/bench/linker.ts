/**
 * Benchmark of the citation recogniser and linker (not a test): `npx tsx scripts/bench/linker.ts`.
 * Times `findCitations` on the sample editions and on adversarial megabyte inputs, and the
 * linker (the remark plugin, which makes the links in the tree) on one paragraph of 25 000 to
 * 100 000 citations, printing the median of several runs. Linear time shows as 2 MB taking about
 * twice as long as 1 MB, and 100 000 citations about four times as long as 25 000.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { UN_LANGUAGES, type LanguageCode } from '../languages/index.ts';
import { symbolUrlBuilder } from '../links.ts';
import { parseMarkdown } from '../parse/markdown.ts';
import { findCitations } from '../symbols/index.ts';
import { remarkLinkSymbols } from '../transform/link-symbols.ts';

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

console.log(`median of ${RUNS} runs\n`);
for (const sample of ['npt-conf-2020-wp-20', 'a-res-80-212']) {
  for (const lang of UN_LANGUAGES) {
    const file = join(import.meta.dirname, '../../content', sample, `${lang}.md`);
    if (existsSync(file)) time(`${sample} ${lang}.md`, readFileSync(file, 'utf8'), lang);
  }
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

console.log('');
// The linker itself, on one paragraph: building 2 links per citation must stay linear too.
const urlFor = symbolUrlBuilder('https://undocs.org/{lang}/{symbol}', 'en');
for (const count of [25_000, 50_000, 100_000]) {
  const markdown = `General Assembly resolutions ${'74/32, '.repeat(count - 1)}and 75/45.\n`;
  const samples: number[] = [];
  let links = 0;
  for (let i = 0; i < 3; i++) {
    const tree = parseMarkdown(markdown);
    const started = performance.now();
    unified().use(remarkLinkSymbols, { lang: 'en', urlFor }).runSync(tree, new VFile());
    samples.push(performance.now() - started);
    const paragraph = tree.children[0] as { children: { type: string }[] };
    links = paragraph.children.filter((child) => child.type === 'link').length;
  }
  console.log(`${`linker, one paragraph of ${count} citations`.padEnd(46)} ${`${(markdown.length / 1024).toFixed(0)} k`.padStart(8)} chars  ${median(samples).toFixed(2).padStart(9)} ms  ${String(links).padStart(7)} links`);
}
