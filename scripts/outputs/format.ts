/**
 * What an output format is: something that writes a planned build into dist/ and says, edition
 * by edition, what it wrote (or reused, unchanged). HTML and PDF are the two today (one file each
 * in this folder).
 */
import type { OutputRecord } from '../cache.ts';
import type { LanguageCode } from '../languages/codes.ts';
import type { BuildPlan, PlannedEdition } from '../plan.ts';

export interface EditionOutput {
  document: string;
  lang: LanguageCode;
  format: string;
  ok: boolean;
  /** The output was already there, made from the same inputs, and was left as it was. */
  reused?: boolean;
  path?: string;
  bytes?: number;
  pages?: number;
  paragraphs: number;
  links: number;
  ms: number;
  error?: string;
  /** What the build records about the output (cache.ts). */
  record?: OutputRecord;
}

export interface OutputContext {
  concurrency?: number;
  browser?: string;
  /** A running browser to render with (ws://…), instead of starting one. */
  browserWSEndpoint?: string;
  /** Make every output again, whatever was there. */
  force?: boolean;
  /** One line per finished edition, as it finishes. */
  onOutput?: (output: EditionOutput) => void;
  /** An edition starts rendering (for progress). */
  onStart?: (label: string) => void;
  /** Problems that do not stop the build (a refused request while rendering …). */
  warn?: (message: string) => void;
  /** A PDF engine already starting (see startPdfEngine), used instead of starting one, and left open. */
  engine?: PdfEngineStart;
  /** The browser has done its part of every PDF (what is left is written without it). */
  onBrowserDone?: () => void;
}

/** A PDF engine started ahead of need: `get()` waits for it (and throws what starting it threw). */
export interface PdfEngineStart {
  get(): Promise<import('../paginate/printer.ts').PdfEngine>;
  /** Closes the engine if it started; safe to call more than once. */
  close(): Promise<void>;
}

export interface OutputFormat {
  name: 'html' | 'pdf';
  /** Writes every edition of the plan; never throws for one edition's failure (it is reported as ok: false). */
  write(plan: BuildPlan, context: OutputContext): Promise<EditionOutput[]>;
}

export function editionReport(edition: PlannedEdition, format: string, ms: number): EditionOutput {
  return { document: edition.documentId, lang: edition.lang, format, ok: true, paragraphs: edition.paragraphs, links: edition.links, ms };
}
