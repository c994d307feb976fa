/**
 * A build: plan (load → validate → parse → transform → check → render, nothing written), then
 * each output format asked for writes the plan into dist/, then outputs of editions and
 * documents that no longer exist are swept away. Input errors stop the build before anything is
 * written; a failed PDF is reported by name while the other editions go on.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from './config.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { LanguageCode } from './languages/index.ts';
import { OUTPUT_FORMATS, type EditionOutput, type OutputFormatName } from './outputs/index.ts';
import { planBuild, type BuildPlan } from './plan.ts';

export type { EditionOutput } from './outputs/index.ts';
export type OutputFormat = OutputFormatName;
export { OUTPUT_FORMAT_NAMES as OUTPUT_FORMATS } from './outputs/index.ts';

export interface BuildOptions {
  root: string;
  /** Document ids (folder names under content/); all when absent. */
  documents?: string[];
  /** Languages to write; all that a document has when absent. Parity is checked on all. */
  languages?: LanguageCode[];
  formats?: OutputFormatName[];
  outDir?: string;
  /** PDF editions rendered at once; default one per CPU. */
  concurrency?: number;
  browser?: string;
  /** Called with each edition's result as it is written. */
  onOutput?: (output: EditionOutput) => void;
  /** Called with each warning (a diagnostic of severity warning, or a rendering note). */
  onWarning?: (warning: Diagnostic | string) => void;
}

export interface BuildResult {
  outputs: EditionOutput[];
  warnings: (Diagnostic | string)[];
  /** Outputs of editions or documents no longer in content/, removed from dist/. */
  removed: string[];
  ok: boolean;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const formats = options.formats ?? ['html', 'pdf'];
  const config = await loadConfig(options.root, { outDir: options.outDir });
  const plan = await planBuild({ config, documents: options.documents, languages: options.languages });
  const warnings: (Diagnostic | string)[] = [...plan.warnings];
  plan.warnings.forEach((w) => options.onWarning?.(w));

  const outputs: EditionOutput[] = [];
  for (const name of formats) {
    outputs.push(
      ...(await OUTPUT_FORMATS[name].write(plan, {
        concurrency: options.concurrency,
        browser: options.browser,
        onOutput: options.onOutput,
        warn: (message) => {
          warnings.push(message);
          options.onWarning?.(message);
        },
      })),
    );
  }
  const removed = await sweepStaleOutputs(plan);
  return { outputs, warnings, removed, ok: outputs.every((o) => o.ok) };
}

const EDITION_OUTPUT = /^(ar|zh|en|fr|ru|es)\.(html|pdf)$/;
const HEXAPLA_FOLDERS = new Set(['assets', 'media']);

/**
 * Editions and documents removed from content/ leave old outputs in dist/: those are removed, so
 * dist/ never publishes a withdrawn edition. Only what Hexapla itself writes is touched (edition
 * files, its assets and media folders); a folder holding anything else is left alone.
 */
async function sweepStaleOutputs(plan: BuildPlan): Promise<string[]> {
  const removed: string[] = [];
  const list = async (dir: string) => readdir(dir, { withFileTypes: true }).catch(() => []);
  const remove = async (target: string) => {
    await rm(target, { recursive: true, force: true });
    removed.push(path.relative(plan.config.root, target).split(path.sep).join('/'));
  };
  for (const document of plan.documents) {
    if (plan.editions.every((e) => e.documentId !== document.id) || !plan.complete) continue;
    for (const entry of await list(document.outDir)) {
      const match = EDITION_OUTPUT.exec(entry.name);
      if (entry.isFile() && match && !document.languages.includes(match[1] as LanguageCode)) {
        await remove(path.join(document.outDir, entry.name));
      }
    }
  }
  if (!plan.complete) return removed;
  const current = new Set(plan.documents.map((d) => d.id));
  for (const entry of await list(plan.config.outDir)) {
    if (!entry.isDirectory() || current.has(entry.name) || entry.name.startsWith('.')) continue;
    const dir = path.join(plan.config.outDir, entry.name);
    const contents = await list(dir);
    const ours = contents.length > 0 && contents.every((c) => (c.isFile() && EDITION_OUTPUT.test(c.name)) || (c.isDirectory() && HEXAPLA_FOLDERS.has(c.name)));
    if (ours) await remove(dir);
  }
  return removed;
}
