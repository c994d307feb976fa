/**
 * The `hexapla` command: `build` (the pipeline) and `symbols` (what the linker would link).
 * Input errors print as `file:line: message` with a hint, and exit with status 1.
 */
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { build, OUTPUT_FORMATS, type OutputFormat } from './build.ts';
import { loadConfig } from './config.ts';
import { HexaplaError, HexaplaErrors } from './errors.ts';
import { isLanguageCode, UN_LANGUAGES, type LanguageCode } from './languages.ts';
import { symbolUrlBuilder } from './links.ts';
import { loadLocales } from './load/locales.ts';

/** The project is the working directory, as with npm scripts; --root picks another. */
const projectRoot = () => path.resolve(program.opts<{ root: string }>().root);

function languageList(value: string, previous: LanguageCode[] = []): LanguageCode[] {
  const codes = value.split(',').map((code) => code.trim()).filter(Boolean);
  for (const code of codes) {
    if (!isLanguageCode(code)) throw new InvalidArgumentError(`"${code}" is not one of ${UN_LANGUAGES.join(', ')}`);
  }
  return [...previous, ...(codes as LanguageCode[])];
}

function formatList(value: string): OutputFormat[] {
  const formats = value.split(',').map((f) => f.trim());
  for (const format of formats) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) throw new InvalidArgumentError(`"${format}" is not one of ${OUTPUT_FORMATS.join(', ')}`);
  }
  return formats as OutputFormat[];
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return number;
}

const program = new Command()
  .name('hexapla')
  .description('Build numbered, linked UN-style documents in the six UN languages.')
  .option('-C, --root <dir>', 'project folder (holding content/, locales/, templates/)', process.cwd())
  .showHelpAfterError();

program
  .command('build')
  .description('build HTML and PDF editions of the documents in content/ into dist/')
  .option('-d, --doc <id...>', 'only these documents (folder names under content/)')
  .option('-l, --lang <codes>', `only these languages, comma-separated (${UN_LANGUAGES.join(',')})`, languageList)
  .option('-f, --format <formats>', 'html, pdf or html,pdf', formatList, ['html', 'pdf'] as OutputFormat[])
  .option('-o, --out <dir>', 'output folder (default: dist)')
  .option('-j, --concurrency <n>', 'PDF editions rendered at once', positiveInteger, os.availableParallelism())
  .addOption(new Option('--browser <path>', 'Chromium or Chrome to render PDFs with').env('PUPPETEER_EXECUTABLE_PATH'))
  .action(async (options: { doc?: string[]; lang?: LanguageCode[]; format: OutputFormat[]; out?: string; concurrency: number; browser?: string }) => {
    const started = performance.now();
    const result = await build({
      root: projectRoot(),
      documents: options.doc,
      languages: options.lang,
      formats: options.format,
      outDir: options.out,
      concurrency: options.concurrency,
      browser: options.browser,
      log: (line) => console.log(line),
      warn: (line) => console.error(line),
    });
    const failed = result.outputs.filter((o) => !o.ok).length;
    console.log(`${result.outputs.length - failed} written, ${failed} failed, ${result.warnings.length} warnings in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (!result.ok) process.exitCode = 1;
  });

program
  .command('symbols')
  .description('print the document links Hexapla would make in Markdown (FILE or standard input)')
  .requiredOption('-l, --lang <code>', 'language of the text', (value: string) => languageList(value)[0]!)
  .option('--json', 'print a JSON array instead of tab-separated lines', false)
  .argument('[file]', 'Markdown file (default: standard input)')
  .action(async (file: string | undefined, options: { lang: LanguageCode; json: boolean }) => {
    const config = await loadConfig(projectRoot());
    const locale = (await loadLocales(projectRoot(), config.localesDir, [options.lang])).get(options.lang)!;
    const { runSymbolsCommand } = await import('./commands/symbols.ts');
    await runSymbolsCommand({
      lang: options.lang,
      file,
      json: options.json,
      urlFor: symbolUrlBuilder(config.resolver, locale.layout.language.resolverCode),
      stdout: process.stdout,
      stdin: process.stdin,
    });
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof HexaplaError || error instanceof HexaplaErrors) {
    console.error(`error: ${error instanceof HexaplaError ? error.format() : error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
