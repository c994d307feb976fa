/**
 * `npm run bench` (PDF part): prints the medians of three ways of turning the same HTML editions
 * into PDFs, and their ratios. A benchmark, not a test: it never fails on speed.
 *
 *   hexapla     our engine: one browser, all editions concurrently (scripts/paginate/printer.ts),
 *               closed as a build closes it, once every edition is printed
 *   pagedjs-cli the pagedjs-cli command run once per edition, one after the other (by hand)
 *   floor       Chromium's own print of the same HTML without Paged.js, one browser, same concurrency
 *
 * Usage: tsx scripts/bench/pdf.ts [--runs N] [--concurrency N] [--methods hexapla,floor] [html files or directories…]
 * Without paths it takes every `dist/<document>/<lang>.html` (run `npx tsx scripts/cli.ts build
 * --format html` first). Each run includes launching the browser(s). PDFs go to a temporary folder.
 *
 * `--large [N]`: one large edition instead, the working paper's English text N times over
 * (default 60: 2 460 paragraphs, 261 pages), built by Hexapla into a temporary project, five runs
 * unless `--runs` says otherwise. The page breaks of Hexapla's PDF and pagedjs-cli's are then
 * compared page by page.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { browserLaunchArgs, findBrowserExecutable, launchBrowser } from '../paginate/browser.ts';
import { openPdfEngine, type PdfJob } from '../paginate/printer.ts';

const run = promisify(execFile);

const METHODS = ['hexapla', 'pagedjs-cli', 'floor'] as const;
type Method = (typeof METHODS)[number];

interface BenchOptions {
  runs: number;
  concurrency: number;
  methods: Method[];
  inputs: string[];
  /** Times the sample's English text is repeated for the large-document mode. */
  large?: number;
}

function parseArguments(argv: string[]): BenchOptions {
  const options: BenchOptions = { runs: 0, concurrency: os.availableParallelism(), methods: [...METHODS], inputs: [] };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--runs') options.runs = Number(argv[++index]);
    else if (argument === '--concurrency') options.concurrency = Number(argv[++index]);
    else if (argument === '--methods') options.methods = argv[++index].split(',').filter((m): m is Method => (METHODS as readonly string[]).includes(m));
    else if (argument === '--large') options.large = /^\d+$/.test(argv[index + 1] ?? '') ? Number(argv[++index]) : 60;
    else options.inputs.push(argument);
  }
  // The large edition's ratios sit close to their targets and one run takes seconds: five runs
  // make its median steadier against the machine's drift.
  if (!options.runs) options.runs = options.large ? 5 : 3;
  return options;
}

/** HTML editions: the files given, the `<lang>.html` directly inside the directories given, or dist/*\/. */
function findEditions(inputs: string[]): string[] {
  // dist/ also holds the index, the manifest and the checksums: only its document folders count.
  const roots =
    inputs.length > 0
      ? inputs
      : existsSync('dist')
        ? readdirSync('dist', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join('dist', entry.name))
        : [];
  return roots
    .flatMap((input) =>
      statSync(input).isDirectory()
        ? readdirSync(input).filter((name) => /^(ar|zh|en|fr|ru|es)\.html$/.test(name)).map((name) => path.join(input, name))
        : [input],
    )
    .map((file) => path.resolve(file))
    .sort();
}

/** "npt-conf-2020-wp-20/zh" for dist/npt-conf-2020-wp-20/zh.html. */
function editionLabel(htmlPath: string): string {
  return `${path.basename(path.dirname(htmlPath))}/${path.basename(htmlPath, '.html')}`;
}

function pdfPathFor(outputDir: string, method: string, htmlPath: string): string {
  return path.join(outputDir, method, editionLabel(htmlPath).replace('/', '-') + '.pdf');
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function hexaplaEngine(editions: string[], outputDir: string, concurrency: number): Promise<void> {
  const engine = await openPdfEngine({ concurrency });
  // As a build does (build.ts): the browser quits once every edition is printed, while the last
  // PDFs are finished and written.
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= engine.close());
  try {
    const jobs: PdfJob[] = editions.map((htmlPath) => ({
      label: editionLabel(htmlPath),
      htmlPath,
      pdfPath: pdfPathFor(outputDir, 'hexapla', htmlPath),
      allowedRoot: path.dirname(htmlPath),
      metadata: { title: editionLabel(htmlPath), subject: '', author: '', lang: 'en', creationDate: new Date(0) },
    }));
    const failed = (await engine.renderAll(jobs, { onPrinted: () => void close().catch(() => undefined) })).filter((result) => !result.ok);
    // (The HTML a build wrote is rendered as it is: the engine's in-page scripts prepare it.)
    if (failed.length > 0) throw new Error(failed.map((result) => `${result.label}: ${result.error}`).join('\n'));
  } finally {
    await close();
  }
}

/** The pagedjs-cli command once per edition, as a user would run it by hand. */
async function pagedjsCli(editions: string[], outputDir: string): Promise<void> {
  const browser = findBrowserExecutable();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'hexapla-bench-profile-'));
  // Same switches as our engine (sandbox, GPU, profile) so only the way of working differs.
  const browserArgs = browserLaunchArgs(profile).join(',');
  try {
    for (const htmlPath of editions) {
      const output = pdfPathFor(outputDir, 'pagedjs-cli', htmlPath);
      await run(path.resolve('node_modules/.bin/pagedjs-cli'), [htmlPath, '-o', output, '--browserArgs', browserArgs], {
        env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: browser.path },
      });
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Chromium printing the HTML as it is (no Paged.js): the floor. */
async function chromiumOnly(editions: string[], outputDir: string, concurrency: number): Promise<void> {
  const launched = await launchBrowser();
  try {
    const queue = [...editions];
    const worker = async () => {
      for (let htmlPath = queue.shift(); htmlPath; htmlPath = queue.shift()) {
        const tab = await launched.browser.newPage();
        try {
          await tab.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
          await tab.evaluate(() => document.fonts.ready.then(() => undefined));
          await tab.pdf({ path: pdfPathFor(outputDir, 'floor', htmlPath), printBackground: true, preferCSSPageSize: true });
        } finally {
          await tab.close();
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await launched.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * A project holding one English edition: the working paper's text `times` over, in a temporary
 * folder that shares the project's locales and templates; built to HTML by Hexapla.
 */
async function largeEdition(times: number): Promise<{ htmlPath: string; cleanup: () => void }> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hexapla-bench-large-'));
  const sample = path.resolve('content/npt-conf-2020-wp-20');
  mkdirSync(path.join(root, 'content', 'large'), { recursive: true });
  for (const folder of ['locales', 'templates']) cpSync(path.resolve(folder), path.join(root, folder), { recursive: true });
  cpSync(path.join(sample, 'document.yml'), path.join(root, 'content/large/document.yml'));
  const [, frontMatter, body] = readFileSync(path.join(sample, 'en.md'), 'utf8').split(/^---$/m);
  writeFileSync(path.join(root, 'content/large/en.md'), `---${frontMatter}---\n${`${body.trim()}\n\n`.repeat(times)}`);
  const { build } = await import('../build.ts');
  const result = await build({ root, formats: ['html'] });
  if (!result.ok) throw new Error("the large edition did not build");
  return { htmlPath: path.join(root, 'dist/large/en.html'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Each page's text, as pdftotext extracts it, whitespace folded. */
async function pageTexts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 });
  return stdout.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ' ').trim());
}

/** Where two PDFs of the same edition break their pages differently, if they do. */
async function comparePageBreaks(a: string, b: string): Promise<string> {
  const [pagesA, pagesB] = await Promise.all([pageTexts(a), pageTexts(b)]);
  const first = pagesA.findIndex((text, index) => text !== pagesB[index]);
  if (first === -1 && pagesA.length === pagesB.length) return `identical: ${pagesA.length} pages, each with the same text`;
  return `DIFFERENT: ${pagesA.length} pages against ${pagesB.length}; page ${first + 1} differs`;
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if (options.large) {
    const large = await largeEdition(options.large);
    try {
      await benchEditions([large.htmlPath], options);
    } finally {
      large.cleanup();
    }
    return;
  }
  const editions = findEditions(options.inputs);
  if (editions.length === 0) {
    console.error('No HTML editions found: run `npm run build -- --format html`, or pass HTML files or folders.');
    process.exitCode = 1;
    return;
  }
  // One measurement per document, so each sample's ratios stand on their own.
  const byDocument = new Map<string, string[]>();
  for (const edition of editions) {
    const document = path.basename(path.dirname(edition));
    byDocument.set(document, [...(byDocument.get(document) ?? []), edition]);
  }
  for (const group of byDocument.values()) await benchEditions(group, options);
}

async function benchEditions(editions: string[], options: BenchOptions): Promise<void> {
  const outputDir = mkdtempSync(path.join(os.tmpdir(), 'hexapla-bench-'));
  for (const method of METHODS) mkdirSync(path.join(outputDir, method));
  const work: Record<Method, () => Promise<void>> = {
    hexapla: () => hexaplaEngine(editions, outputDir, options.concurrency),
    'pagedjs-cli': () => pagedjsCli(editions, outputDir),
    floor: () => chromiumOnly(editions, outputDir, options.concurrency),
  };
  console.log(
    `PDF bench${options.large ? ` (large document: the working paper ×${options.large})` : ''}: ${editions.length} editions (${editions.map(editionLabel).join(', ')}), ${options.runs} runs each, ` +
      `concurrency ${options.concurrency}, ${os.availableParallelism()} CPUs, browser ${findBrowserExecutable().path}`,
  );
  const medians: Record<string, number> = {};
  try {
    // The methods take turns, so that a slower spell of the machine weighs on each alike.
    const times = Object.fromEntries(options.methods.map((name) => [name, [] as number[]]));
    for (let index = 0; index < options.runs; index++) {
      for (const name of options.methods) times[name]!.push(await timed(work[name]));
    }
    for (const name of options.methods) {
      medians[name] = median(times[name]!);
      console.log(`  ${name.padEnd(12)} median ${seconds(medians[name])}   runs: ${times[name]!.map(seconds).join(', ')}`);
    }
    if (editions.length === 1 && options.methods.includes('hexapla') && options.methods.includes('pagedjs-cli')) {
      const pdf = (method: Method) => pdfPathFor(outputDir, method, editions[0]);
      console.log(`  page breaks, hexapla against pagedjs-cli: ${await comparePageBreaks(pdf('hexapla'), pdf('pagedjs-cli'))}`);
    }
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
  const ratio = (a: Method, b: Method) => (a in medians && b in medians ? (medians[a] / medians[b]).toFixed(2) : 'n/a');
  // The targets: for a conference's short documents, and for one large edition.
  const [vsCli, vsFloor] = options.large ? ['0.6', '1.4'] : ['0.33', '2'];
  console.log(`  hexapla / pagedjs-cli = ${ratio('hexapla', 'pagedjs-cli')}   (target ≤ ${vsCli})`);
  console.log(`  hexapla / floor       = ${ratio('hexapla', 'floor')}   (target ≤ ${vsFloor})\n`);
}

await main();
