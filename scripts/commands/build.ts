/**
 * `hexapla build`: runs a build and reports it — one line per edition as it is written (or
 * reused), the warnings, and a summary. On a terminal a live line shows how far the build is
 * (editions done of all, the ones rendering, time left); elsewhere (CI, a file) only plain lines.
 * Returns false when an edition failed (exit status 1).
 */
import path from 'node:path';
import { build, type EditionOutput } from '../build.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import type { LanguageCode } from '../languages/codes.ts';

export interface BuildCommandOptions {
  root: string;
  doc?: string[];
  lang?: LanguageCode[];
  format: ('html' | 'pdf')[];
  out?: string;
  concurrency: number;
  browser?: string;
  browserWs?: string;
  force?: boolean;
  release?: boolean;
  sourceDateEpoch?: number;
  shard?: { index: number; count: number };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  /** A live progress line (default: when stdout is a terminal and not in CI). */
  live?: boolean;
}

export async function runBuildCommand(options: BuildCommandOptions): Promise<boolean> {
  const started = performance.now();
  const progress = new Progress(options.stdout, options.live ?? Boolean(options.stdout.isTTY && !process.env.CI));
  const result = await build({
    root: options.root,
    documents: options.doc,
    languages: options.lang,
    formats: options.format,
    outDir: options.out,
    concurrency: options.concurrency,
    browser: options.browser,
    browserWSEndpoint: options.browserWs,
    force: options.force,
    release: options.release,
    sourceDateEpoch: options.sourceDateEpoch,
    shard: options.shard,
    onPlan: (counts) => progress.plan(counts.total),
    onStart: (label) => progress.start(label),
    onOutput: (output) => progress.done(output, summaryLine(output, options.root)),
    onWarning: (warning) => progress.print(typeof warning === 'string' ? `warning: ${warning}` : formatDiagnostic(warning), options.stderr),
  });
  progress.end();
  for (const file of result.removed) options.stdout.write(`- removed ${file} (no longer in content/)\n`);
  const failed = result.outputs.filter((o) => !o.ok).length;
  const reused = result.outputs.filter((o) => o.reused).length;
  options.stdout.write(
    `${result.outputs.length - failed - reused} written, ${reused} unchanged, ${failed} failed, ${result.warnings.length} warnings in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return result.ok;
}

export function summaryLine(output: EditionOutput, root: string): string {
  const label = `${output.document}/${output.lang}`.padEnd(28);
  if (!output.ok) return `✗ ${label} ${output.format.padEnd(4)} failed: ${output.error}`;
  const size = `${Math.max(1, Math.round((output.bytes ?? 0) / 1024))} kB`;
  const pages = output.pages ? `, ${output.pages} pages` : '';
  const where = path.relative(root, output.path!);
  if (output.reused) return `= ${label} ${output.format.padEnd(4)} unchanged${pages} → ${where} (${size})`;
  return `✓ ${label} ${output.format.padEnd(4)} ${output.paragraphs} paragraphs, ${output.links} links${pages} → ${where} (${size}, ${Math.round(output.ms)} ms)`;
}

/** The live line: "[5/12] rendering a-res-80-212/fr, a-res-80-212/ru · about 3 s left". */
class Progress {
  private total = 0;
  private finished = 0;
  private rendered: number[] = [];
  private readonly rendering = new Set<string>();
  private shown = false;

  constructor(
    private readonly out: BuildCommandOptions['stdout'],
    private readonly live: boolean,
  ) {}

  plan(total: number): void {
    this.total = total;
    this.draw();
  }

  start(label: string): void {
    this.rendering.add(label);
    this.draw();
  }

  done(output: EditionOutput, line: string): void {
    this.finished += 1;
    if (output.format === 'pdf') {
      this.rendering.delete(`${output.document}/${output.lang}`);
      if (!output.reused) this.rendered.push(output.ms);
    }
    this.print(line, this.out);
  }

  /** A plain line above the live one. */
  print(line: string, stream: NodeJS.WritableStream): void {
    this.clear();
    stream.write(`${line}\n`);
    this.draw();
  }

  end(): void {
    this.clear();
  }

  private clear(): void {
    if (this.live && this.shown) this.out.write('\r\x1b[2K');
    this.shown = false;
  }

  private draw(): void {
    if (!this.live || this.total === 0 || this.finished >= this.total) return;
    const left = this.total - this.finished;
    const average = this.rendered.length ? this.rendered.reduce((a, b) => a + b, 0) / this.rendered.length : 0;
    const eta = average && this.rendering.size ? ` · about ${Math.max(1, Math.round((average * left) / Math.max(1, this.rendering.size) / 1000))} s left` : '';
    const now = this.rendering.size ? ` rendering ${[...this.rendering].join(', ')}` : '';
    const text = `[${this.finished}/${this.total}]${now}${eta}`;
    this.out.write(`\r\x1b[2K${text.slice(0, Math.max(20, (this.out.columns ?? 100) - 1))}`);
    this.shown = true;
  }
}
