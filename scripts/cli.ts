/**
 * The `hexapla` command: `build` (the pipeline), `dev` (build, watch, serve), `merge` and `release`
 * (publishing from CI), `status`, `sync`, `xliff` and `check` (translators) and `symbols` (what
 * the linker would link).
 * Every failure is one `error:` line per problem (file:line: message [rule]) with a hint, and
 * exit status 1; a stack trace appears only with DEBUG=hexapla. Stages are imported when a
 * command runs, so `hexapla --help` starts fast. `main` runs in-process (tests call it); the
 * bin (bin/hexapla.js) sets the exit status from what it returns.
 */
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formatDiagnostic, HexaplaError } from './diagnostics.ts';
import { isLanguageCode, UN_LANGUAGES, type LanguageCode } from './languages/codes.ts';

export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

function languageList(value: string, previous: LanguageCode[] = []): LanguageCode[] {
  const codes = value.split(',').map((code) => code.trim()).filter(Boolean);
  if (codes.length === 0) throw new InvalidArgumentError(`expected one or more of ${UN_LANGUAGES.join(', ')}`);
  for (const code of codes) {
    if (!isLanguageCode(code)) throw new InvalidArgumentError(`"${code}" is not one of ${UN_LANGUAGES.join(', ')}`);
  }
  return [...previous, ...(codes as LanguageCode[])];
}

function oneLanguage(value: string): LanguageCode {
  const codes = languageList(value);
  if (codes.length > 1) throw new InvalidArgumentError(`one language at a time (got ${codes.join(', ')}); run the command once per language`);
  return codes[0]!;
}

const FORMATS = ['html', 'pdf'] as const;
type FormatName = (typeof FORMATS)[number];
function formatList(value: string): FormatName[] {
  const formats = value.split(',').map((f) => f.trim()).filter(Boolean);
  if (formats.length === 0) throw new InvalidArgumentError(`expected ${FORMATS.join(', ')} or both`);
  for (const format of formats) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new InvalidArgumentError(`"${format}" is not one of ${FORMATS.join(', ')}`);
  }
  return [...new Set(formats)] as FormatName[];
}

/** SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970, or ignored. */
function sourceDateEpoch(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/** "2/4": the second of four shards. */
function shardOption(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4');
  return { index, count };
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return number;
}

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0: any free port)');
  return number;
}

function program(io: CommandIO): Command {
  const write = (stream: NodeJS.WritableStream) => (text: string) => void stream.write(text);
  const root = (command: Command) => path.resolve(io.cwd, command.optsWithGlobals<{ root?: string }>().root ?? '.');
  const cli = new Command()
    .name('hexapla')
    .description('Build numbered, linked UN-style documents in the six UN languages.')
    .option('-C, --root <dir>', 'project folder (holding content/, locales/, templates/)')
    // One error line and one hint, as for every other failure (not the whole help).
    .showHelpAfterError('  → see the options with: hexapla --help, hexapla build --help, hexapla symbols --help')
    .configureOutput({ writeOut: write(io.stdout), writeErr: write(io.stderr), outputError: (text, out) => out(text.startsWith('error:') ? text : `error: ${text}`) })
    .exitOverride();

  cli
    .command('build')
    .description('build HTML and PDF editions of the documents in content/ into dist/')
    .option('-d, --doc <id...>', 'only these documents (folder names under content/)')
    .option('-l, --lang <codes>', `only these languages, comma-separated (${UN_LANGUAGES.join(',')})`, languageList)
    .option('-f, --format <formats>', 'html, pdf or html,pdf', formatList, ['html', 'pdf'] as FormatName[])
    .option('-o, --out <dir>', 'output folder (default: dist)')
    .option('-j, --concurrency <n>', 'PDF editions rendered at once', positiveInteger, os.availableParallelism())
    .addOption(new Option('--browser <path>', 'Chromium or Chrome to render PDFs with (or PUPPETEER_EXECUTABLE_PATH)'))
    .option('--browser-ws <url>', 'render with a browser already running (ws://…), e.g. in a container; it must see dist/ at the same path')
    .option('--force', 'build everything again, even what is unchanged since the last build', false)
    .option('--shard <i/n>', 'build only the i-th of n equal shares of the editions (then: hexapla merge)', shardOption)
    .option('--release', 'fail when a translated edition has stale or missing units (see hexapla status)', false)
    .action(async (options: { doc?: string[]; lang?: LanguageCode[]; format: FormatName[]; out?: string; concurrency: number; browser?: string; browserWs?: string; force: boolean; shard?: { index: number; count: number }; release: boolean }, command: Command) => {
      const { runBuildCommand } = await import('./commands/build.ts');
      const ok = await runBuildCommand({
        ...options,
        root: root(command),
        out: options.out === undefined ? undefined : path.resolve(io.cwd, options.out),
        browser: options.browser ?? (io.env.PUPPETEER_EXECUTABLE_PATH || undefined),
        sourceDateEpoch: sourceDateEpoch(io.env.SOURCE_DATE_EPOCH),
        stdout: io.stdout,
        stderr: io.stderr,
      });
      if (!ok) exitStatus = 1;
    });

  cli
    .command('dev')
    .description('build, then rebuild on every change to content/, locales/ or templates/, serving dist/ with live reload')
    .option('-d, --doc <id...>', 'only these documents (folder names under content/)')
    .option('-l, --lang <codes>', `only these languages, comma-separated (${UN_LANGUAGES.join(',')})`, languageList)
    .option('-p, --port <n>', 'port on 127.0.0.1 (the next free one if taken)', port, 4173)
    .option('--no-pdf', 'HTML only: do not render PDFs after each change')
    .option('-j, --concurrency <n>', 'PDF editions rendered at once', positiveInteger, os.availableParallelism())
    .addOption(new Option('--browser <path>', 'Chromium or Chrome to render PDFs with (or PUPPETEER_EXECUTABLE_PATH)'))
    .action(async (options: { doc?: string[]; lang?: LanguageCode[]; port: number; pdf: boolean; concurrency: number; browser?: string }, command: Command) => {
      const { runDevCommand } = await import('./commands/dev.ts');
      await runDevCommand({
        root: root(command),
        documents: options.doc,
        languages: options.lang,
        port: options.port,
        pdf: options.pdf,
        concurrency: options.concurrency,
        browser: options.browser ?? (io.env.PUPPETEER_EXECUTABLE_PATH || undefined),
        stdout: io.stdout,
      });
    });

  cli
    .command('merge')
    .description('put the outputs of shard builds together into one dist/, with its index, manifest and checksums')
    .argument('<dirs...>', 'the folders the shard builds wrote (build --shard i/n --out DIR)')
    .option('-o, --out <dir>', 'output folder (default: dist)')
    .action(async (dirs: string[], options: { out?: string }, command: Command) => {
      const { mergeShards } = await import('./merge.ts');
      const { loadConfig } = await import('./config.ts');
      const config = await loadConfig(root(command), { outDir: options.out === undefined ? undefined : path.resolve(io.cwd, options.out) });
      const shown = (p: string) => {
        const relative = path.relative(io.cwd, p);
        return relative === '' ? '.' : relative.startsWith('..') ? p : relative;
      };
      const result = await mergeShards(dirs.map((dir) => path.resolve(io.cwd, dir)), config.outDir, shown);
      io.stdout.write(`merged ${result.editions} editions of ${result.documents} documents into ${shown(config.outDir)}\n`);
    });

  cli
    .command('release')
    .description('make a built dist/ into release files: the PDFs, a zip of the HTML, the manifest and checksums')
    .option('--dist <dir>', 'the built output folder (default: dist)')
    .option('-o, --out <dir>', 'where to put the release files', 'release')
    .action(async (options: { dist?: string; out: string }, command: Command) => {
      const { packRelease } = await import('./release.ts');
      const { loadConfig } = await import('./config.ts');
      const config = await loadConfig(root(command), { outDir: options.dist === undefined ? undefined : path.resolve(io.cwd, options.dist) });
      const out = path.resolve(io.cwd, options.out);
      const files = await packRelease(config.outDir, out, (p) => path.relative(io.cwd, p) || '.');
      io.stdout.write(`${files.length} release files in ${path.relative(io.cwd, out) || '.'}: ${files.join(', ')}\n`);
    });

  cli
    .command('status')
    .description('which units of each translated edition are current, stale (the original changed since) or missing')
    .option('-d, --doc <id...>', 'only these documents (folder names under content/)')
    .option('-l, --lang <codes>', 'only these editions, comma-separated', languageList)
    .option('--diff', 'show, for each stale unit, what changed in the original since it was translated', false)
    .option('--json', 'print JSON instead of text', false)
    .option('--check', 'exit with status 1 when any unit is stale or missing (for CI)', false)
    .action(async (options: { doc?: string[]; lang?: LanguageCode[]; diff: boolean; json: boolean; check: boolean }, command: Command) => {
      const { runStatusCommand } = await import('./commands/status.ts');
      const ok = await runStatusCommand({ root: root(command), documents: options.doc, languages: options.lang, diff: options.diff, json: options.json, check: options.check, stdout: io.stdout });
      if (!ok) exitStatus = 1;
    });

  cli
    .command('sync')
    .description('record units of translated editions as current, after review (all of them when no --para is given)')
    .option('-d, --doc <id...>', 'only these documents (folder names under content/)')
    .option('-l, --lang <codes>', 'only these editions, comma-separated (default: every translated edition)', languageList)
    .option('-p, --para <units...>', 'only these units: paragraph numbers (12 = para-12 and its sub-items) or unit ids (fn-3, annex-1-para-2)')
    .action(async (options: { doc?: string[]; lang?: LanguageCode[]; para?: string[] }, command: Command) => {
      const { runSyncCommand } = await import('./commands/sync.ts');
      await runSyncCommand({ root: root(command), documents: options.doc, languages: options.lang, units: options.para, stdout: io.stdout });
    });

  const xliff = cli.command('xliff').description('exchange a translated edition with CAT tools (Trados, memoQ, OmegaT …) as XLIFF');
  xliff
    .command('export')
    .description('write one XLIFF file for a document and a target language: a unit per paragraph, sub-item, note, cell …')
    .requiredOption('-d, --doc <id>', 'the document (folder name under content/)')
    .requiredOption('-l, --lang <code>', 'the target language', oneLanguage)
    .addOption(new Option('--xliff <version>', 'XLIFF version').choices(['1.2', '2.0']).default('1.2'))
    .option('-o, --out <file>', 'where to write it (default: <doc>.<lang>.xlf in the current folder; - for standard output)')
    .action(async (options: { doc: string; lang: LanguageCode; xliff: '1.2' | '2.0'; out?: string }, command: Command) => {
      const { runXliffExport } = await import('./commands/xliff.ts');
      await runXliffExport({ root: root(command), document: options.doc, lang: options.lang, version: options.xliff, out: options.out === undefined || options.out === '-' ? options.out : path.resolve(io.cwd, options.out), cwd: io.cwd, stdout: io.stdout });
    });
  xliff
    .command('import')
    .description("write an XLIFF file's targets back into the edition it was exported from")
    .argument('<file>', 'the XLIFF file (1.2 or 2.0) a CAT tool returned')
    .option('--force', 'import even where the original changed since the export (those units stay stale)', false)
    .action(async (file: string, options: { force: boolean }, command: Command) => {
      const { runXliffImport } = await import('./commands/xliff.ts');
      await runXliffImport({ root: root(command), file: path.resolve(io.cwd, file), shownAs: file, force: options.force, stdout: io.stdout });
    });

  cli
    .command('parallel')
    .description('print the parallel edition of a document (built before, as dist/<doc>/parallel.html) to an A4 landscape PDF for two or three languages')
    .requiredOption('-d, --doc <id>', 'the document (folder name under content/)')
    .requiredOption('-l, --lang <codes>', 'two or three languages, comma-separated, in the order of the columns', languageList)
    .option('-o, --out <file>', 'where to write the PDF (default: dist/<doc>/parallel.pdf)')
    .addOption(new Option('--browser <path>', 'Chromium or Chrome to print with (or PUPPETEER_EXECUTABLE_PATH)'))
    .action(async (options: { doc: string; lang: LanguageCode[]; out?: string; browser?: string }, command: Command) => {
      const { runParallelCommand } = await import('./commands/parallel.ts');
      await runParallelCommand({
        root: root(command),
        document: options.doc,
        languages: options.lang,
        out: options.out === undefined ? undefined : path.resolve(io.cwd, options.out),
        browser: options.browser ?? (io.env.PUPPETEER_EXECUTABLE_PATH || undefined),
        stdout: io.stdout,
      });
    });

  cli
    .command('check')
    .description('quality checks across editions: numbers, dates, symbols, terms, untranslated units, punctuation …')
    .option('-d, --doc <id...>', 'only these documents (folder names under content/)')
    .option('-l, --lang <codes>', 'only these editions, comma-separated', languageList)
    .option('--json', 'print JSON instead of text', false)
    .action(async (options: { doc?: string[]; lang?: LanguageCode[]; json: boolean }, command: Command) => {
      const { runCheckCommand } = await import('./commands/check.ts');
      const ok = await runCheckCommand({ root: root(command), documents: options.doc, languages: options.lang, json: options.json, stdout: io.stdout });
      if (!ok) exitStatus = 1;
    });

  cli
    .command('symbols')
    .description('print the document links Hexapla would make in Markdown (FILE or standard input)')
    .requiredOption('-l, --lang <code>', 'language of the text (one of ar, zh, en, fr, ru, es)', oneLanguage)
    .option('--json', 'print a JSON array instead of tab-separated lines', false)
    .argument('[file]', 'Markdown file (default: standard input)')
    .action(async (file: string | undefined, options: { lang: LanguageCode; json: boolean }, command: Command) => {
      const { runSymbolsCommand } = await import('./commands/symbols.ts');
      const { loadConfig } = await import('./config.ts');
      const { symbolUrlBuilder } = await import('./links.ts');
      const { LANGUAGES } = await import('./languages/index.ts');
      const config = await loadConfig(root(command));
      await runSymbolsCommand({
        lang: options.lang,
        file: file === undefined ? undefined : path.resolve(io.cwd, file),
        shownAs: file,
        json: options.json,
        urlFor: symbolUrlBuilder(config.resolver, LANGUAGES[options.lang].resolverCode),
        stdout: io.stdout,
        stdin: io.stdin,
      });
    });
  return cli;
}

let exitStatus = 0;

/** Runs the command line `argv` (without node and the script); returns the exit status. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  exitStatus = 0;
  try {
    await program(io).parseAsync(argv, { from: 'user' });
    return exitStatus;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1; // commander printed it
    if (error instanceof HexaplaError) {
      for (const diagnostic of error.diagnostics) io.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
    } else {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      io.stderr.write(`error: internal error: ${message} [internal]\n  → this is a fault in Hexapla, not in your input; run again with DEBUG=hexapla for details, and report it\n`);
    }
    if (io.env.DEBUG?.split(',').includes('hexapla') && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
