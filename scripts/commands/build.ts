/**
 * `hexapla build`: runs a build and reports it — one line per edition as it is written, the
 * warnings, and a summary. Exit status 1 when an edition failed.
 */
import path from 'node:path';
import { build, type EditionOutput } from '../build.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import type { LanguageCode } from '../languages/index.ts';

export interface BuildCommandOptions {
  root: string;
  doc?: string[];
  lang?: LanguageCode[];
  format: ('html' | 'pdf')[];
  out?: string;
  concurrency: number;
  browser?: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Returns false when an edition failed (the exit status is then 1). */
export async function runBuildCommand(options: BuildCommandOptions): Promise<boolean> {
  const started = performance.now();
  const out = (line: string) => options.stdout.write(`${line}\n`);
  const err = (line: string) => options.stderr.write(`${line}\n`);
  const result = await build({
    root: options.root,
    documents: options.doc,
    languages: options.lang,
    formats: options.format,
    outDir: options.out,
    concurrency: options.concurrency,
    browser: options.browser,
    onOutput: (output) => out(summaryLine(output, options.root)),
    onWarning: (warning) => err(typeof warning === 'string' ? `warning: ${warning}` : formatDiagnostic(warning)),
  });
  for (const file of result.removed) out(`- removed ${file} (no longer in content/)`);
  const failed = result.outputs.filter((o) => !o.ok).length;
  out(`${result.outputs.length - failed} written, ${failed} failed, ${result.warnings.length} warnings in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result.ok;
}

export function summaryLine(output: EditionOutput, root: string): string {
  const label = `${output.document}/${output.lang}`.padEnd(28);
  if (!output.ok) return `✗ ${label} ${output.format.padEnd(4)} failed: ${output.error}`;
  const size = `${Math.max(1, Math.round((output.bytes ?? 0) / 1024))} kB`;
  const pages = output.pages ? `, ${output.pages} pages` : '';
  return `✓ ${label} ${output.format.padEnd(4)} ${output.paragraphs} paragraphs, ${output.links} links${pages} → ${path.relative(root, output.path!)} (${size}, ${Math.round(output.ms)} ms)`;
}
