/**
 * What an output format is: something that writes a planned build into dist/ and says, edition
 * by edition, what it wrote. HTML and PDF are the two today (one file each in this folder).
 */
import type { LanguageCode } from '../languages/index.ts';
import type { BuildPlan, PlannedEdition } from '../plan.ts';

export interface EditionOutput {
  document: string;
  lang: LanguageCode;
  format: string;
  ok: boolean;
  path?: string;
  bytes?: number;
  pages?: number;
  paragraphs: number;
  links: number;
  ms: number;
  error?: string;
}

export interface OutputContext {
  concurrency?: number;
  browser?: string;
  /** One line per finished edition, as it finishes. */
  onOutput?: (output: EditionOutput) => void;
  /** Problems that do not stop the build (a refused request while rendering …). */
  warn?: (message: string) => void;
}

export interface OutputFormat {
  name: string;
  /** Writes every edition of the plan; never throws for one edition's failure (it is reported as ok: false). */
  write(plan: BuildPlan, context: OutputContext): Promise<EditionOutput[]>;
}

export function editionReport(edition: PlannedEdition, format: string, ms: number): EditionOutput {
  return { document: edition.documentId, lang: edition.lang, format, ok: true, paragraphs: edition.paragraphs, links: edition.links, ms };
}
