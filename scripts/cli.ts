/**
 * The `hexapla` command: `build` (the pipeline) and `symbols` (what the linker would link).
 * Every failure is one `error:` line per problem (file:line: message [rule]) with a hint, and
 * exit status 1; a stack trace appears only with DEBUG=hexapla. Stages are imported when a
 * command runs, so `hexapla --help` starts fast.
 */
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatDiagnostic, HexaplaError, type Diagnostic } from './diagnostics.ts';
import { isLanguageCode, UN_LANGUAGES, type LanguageCode } from './languages/index.ts';

/** The project is the working directory, as with npm scripts; --root picks another. */
const projectRoot = () => path.resolve(program.opts<{ root: string }>().root);

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
function formatList(value: string): ('html' | 'pdf')[] {
  const formats = value.split(',').map((f) => f.trim()).filter(Boolean);
  if (formats.length === 0) throw new InvalidArgumentError(`expected ${FORMATS.join(', ')} or both`);
  for (const format of formats) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new InvalidArgumentError(`"${format}" is not one of ${FORMATS.join(', ')}`);
  }
  return [...new Set(formats)] as ('html' | 'pdf')[];
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return number;
}

const program = new Command()
  .name('hexapla')
  .description('Build numbered, linked UN-style documents in the six UN languages.')
  .option('-C, --root <dir>', 'project folder (holding content/, locales/, templates/)', process.cwd())
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text.startsWith('error:') ? text : `error: ${text}`) })
  .exitOverride((error) => {
    // commander's own usage errors: exit 1 like every other failure (help and version exit 0).
    process.exit(error.exitCode === 0 ? 0 : 1);
  });

program
  .command('build')
  .description('build HTML and PDF editions of the documents in content/ into dist/')
  .option('-d, --doc <id...>', 'only these documents (folder names under content/)')
  .option('-l, --lang <codes>', `only these languages, comma-separated (${UN_LANGUAGES.join(',')})`, languageList)
  .option('-f, --format <formats>', 'html, pdf or html,pdf', formatList, ['html', 'pdf'] as ('html' | 'pdf')[])
  .option('-o, --out <dir>', 'output folder (default: dist)')
  .option('-j, --concurrency <n>', 'PDF editions rendered at once', positiveInteger, os.availableParallelism())
  .addOption(new Option('--browser <path>', 'Chromium or Chrome to render PDFs with').env('PUPPETEER_EXECUTABLE_PATH'))
  .action(async (options: { doc?: string[]; lang?: LanguageCode[]; format: ('html' | 'pdf')[]; out?: string; concurrency: number; browser?: string }) => {
    const { runBuildCommand } = await import('./commands/build.ts');
    await runBuildCommand({ root: projectRoot(), ...options });
  });

program
  .command('symbols')
  .description('print the document links Hexapla would make in Markdown (FILE or standard input)')
  .requiredOption('-l, --lang <code>', 'language of the text (one of ar, zh, en, fr, ru, es)', oneLanguage)
  .option('--json', 'print a JSON array instead of tab-separated lines', false)
  .argument('[file]', 'Markdown file (default: standard input)')
  .action(async (file: string | undefined, options: { lang: LanguageCode; json: boolean }) => {
    const { runSymbolsCommand } = await import('./commands/symbols.ts');
    const { loadConfig } = await import('./config.ts');
    const { symbolUrlBuilder } = await import('./links.ts');
    const { LANGUAGES } = await import('./languages/index.ts');
    const config = await loadConfig(projectRoot());
    await runSymbolsCommand({
      lang: options.lang,
      file,
      json: options.json,
      urlFor: symbolUrlBuilder(config.resolver, LANGUAGES[options.lang].resolverCode),
      stdout: process.stdout,
      stdin: process.stdin,
    });
  });

export function printDiagnostics(diagnostics: Diagnostic[]): void {
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof HexaplaError) {
    printDiagnostics(error.diagnostics);
  } else {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`error: internal error: ${message} [internal]\n  → this is a fault in Hexapla, not in your input; run again with DEBUG=hexapla for details and report it`);
  }
  if (process.env.DEBUG?.split(',').includes('hexapla') && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
}
