/**
 * `hexapla dev`: builds, then watches content/, locales/, templates/ and the configuration, and
 * builds again after each change; serves dist/ with live reload (server.ts). One build at a time:
 * changes made during a build are gathered for the next. Each build writes the HTML editions
 * first, and a page is reloaded as soon as its HTML is written; the PDFs follow, rendered by one
 * browser kept for the whole session. A failed build is reported — in the terminal and over the
 * open pages — and the session goes on watching.
 */
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { build, type BuildOptions, type BuildResult, type EditionOutput } from '../build.ts';
import { CONFIG_FILE, loadConfig } from '../config.ts';
import { formatDiagnostic, HexaplaError } from '../diagnostics.ts';
import type { LanguageCode } from '../languages/codes.ts';
import type { PdfEngineStart } from '../outputs/format.ts';
import { startPdfEngine } from '../outputs/pdf-engine-start.ts';
import { startDevServer } from './server.ts';

export interface DevOptions {
  root: string;
  documents?: string[];
  languages?: LanguageCode[];
  /** Render PDFs after the HTML (default true). */
  pdf?: boolean;
  port: number;
  concurrency?: number;
  browser?: string;
  /** What the session reports, line by line. */
  log: (line: string) => void;
  /** Each build's result (or its failure), after it is reported. For tests and benchmarks. */
  onBuild?: (outcome: { ok: boolean; result?: BuildResult; ms: number }) => void;
}

export interface DevSession {
  url: string;
  close(): Promise<void>;
}

/** Editors save through temporary files and backups; none of them is an input. */
const NOT_INPUTS = /(^|[/\\])(\.[^/\\]*|[^/\\]*~|[^/\\]*\.(swp|swx|tmp)|4913)$/;

export async function startDevSession(options: DevOptions): Promise<DevSession> {
  const config = await loadConfig(options.root);
  const server = await startDevServer(config.outDir, options.port);
  let engine: PdfEngineStart | undefined;
  const formats: BuildOptions['formats'] = options.pdf === false ? ['html'] : ['html', 'pdf'];
  const shown = (file: string) => path.relative(options.root, file) || '.';
  const toUrl = (file: string) => `/${path.relative(config.outDir, file).split(path.sep).join('/')}`;

  let running: Promise<void> | undefined;
  let pending: Set<string> | undefined; // files changed since the running build started
  let closed = false;

  const runBuild = async (changed: Set<string>) => {
    const started = performance.now();
    // A change to the templates can change every page's look without changing its HTML (an
    // asset): every page reloads. Otherwise only the pages written.
    const everyPage = [...changed].some((file) => file.startsWith(config.templatesDir + path.sep) || path.basename(file) === CONFIG_FILE);
    const written = new Set<string>();
    if (formats.includes('pdf')) engine ??= startPdfEngine({ concurrency: options.concurrency, browser: options.browser });
    // A document's parallel edition is written after its HTML editions, before any PDF.
    const parallelPages = new Set<string>();
    const reloadParallelPages = () => {
      if (parallelPages.size > 0) server.reload([...parallelPages]);
      parallelPages.clear();
    };
    const onOutput = (output: EditionOutput) => {
      if (!output.ok) return;
      if (!output.reused && output.path) written.add(toUrl(output.path));
      // The HTML is written before any PDF is rendered: its page reloads now, not after them.
      if (output.format === 'html' && !output.reused && output.path) {
        server.reload([toUrl(output.path)]);
        parallelPages.add(toUrl(path.join(path.dirname(output.path), 'parallel.html')));
      }
    };
    try {
      const result = await build({
        root: options.root,
        documents: options.documents,
        languages: options.languages,
        formats,
        concurrency: options.concurrency,
        browser: options.browser,
        engine,
        onOutput,
        onStart: reloadParallelPages,
      });
      reloadParallelPages();
      const failed = result.outputs.filter((output) => !output.ok);
      const warnings = result.warnings.map((warning) => (typeof warning === 'string' ? `warning: ${warning}` : formatDiagnostic(warning)));
      const problems = failed.map((output) => `error: ${output.document}/${output.lang}.${output.format}: ${output.error}`);
      if (failed.some((output) => output.format === 'pdf')) {
        // The browser may be what failed: the next build starts a fresh one.
        const dropped = engine;
        engine = undefined;
        await dropped?.close();
      }
      if (written.size > 0) written.add('/index.html');
      server.reload(everyPage ? ['*'] : [...written].filter((url) => !url.endsWith('.html') || url === '/index.html'));
      server.problems(problems.join('\n'));
      const ms = performance.now() - started;
      for (const line of [...warnings, ...problems]) options.log(line);
      const made = result.outputs.filter((output) => output.ok && !output.reused);
      options.log(
        made.length === 0 && failed.length === 0
          ? `= nothing to rebuild (${Math.round(ms)} ms)`
          : `✓ ${made.map((output) => `${output.document}/${output.lang}.${output.format}`).join(', ') || 'no output'} rebuilt in ${Math.round(ms)} ms${failed.length ? `, ${failed.length} failed` : ''}`,
      );
      options.onBuild?.({ ok: failed.length === 0, result, ms });
    } catch (error) {
      const text =
        error instanceof HexaplaError
          ? error.diagnostics.map(formatDiagnostic).join('\n')
          : `error: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} [internal]\n  → this is a fault in Hexapla, not in your input; the session goes on watching`;
      server.problems(text);
      options.log(text);
      options.log('✗ build failed; dist/ is as it was. Watching for the next change.');
      options.onBuild?.({ ok: false, ms: performance.now() - started });
    }
  };

  const schedule = (file: string) => {
    if (closed) return;
    if (running) {
      (pending ??= new Set()).add(file);
      return;
    }
    options.log(`~ ${shown(file)} changed`);
    running = (async () => {
      let changed = new Set([file]);
      // Changes that come in a burst (a save that writes several files, a checkout) make one build.
      await new Promise((resolve) => setTimeout(resolve, 20));
      for (;;) {
        if (pending) for (const more of pending) changed.add(more);
        pending = undefined;
        await runBuild(changed);
        if (!pending || closed) break;
        changed = new Set();
        options.log(`~ ${[...pending].map(shown).join(', ')} changed`);
      }
      running = undefined;
    })();
  };

  options.log(`serving ${shown(config.outDir)}/ at ${server.url} — watching content, locales and templates (Ctrl+C to stop)`);
  const watcher: FSWatcher = watch([config.contentDir, config.localesDir, config.templatesDir, path.join(options.root, CONFIG_FILE)], {
    ignoreInitial: true,
    ignored: (file) => NOT_INPUTS.test(file),
  });
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, (file: string) => schedule(path.resolve(file)));
  watcher.on('error', (error) => options.log(`warning: watching stopped seeing some changes: ${(error as Error).message}`));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  // The first build; changes made meanwhile are gathered for the next one.
  running = (async () => {
    await runBuild(new Set());
    while (pending && !closed) {
      const changed = pending;
      pending = undefined;
      await runBuild(changed);
    }
    running = undefined;
  })();

  return {
    url: server.url,
    close: async () => {
      closed = true;
      await watcher.close();
      await running;
      await server.close();
      await engine?.close();
    },
  };
}
