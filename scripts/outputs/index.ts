/** The output formats, by name, in the order a build writes them. */
import type { OutputFormat } from './format.ts';
import { htmlOutput } from './html.ts';
import { pdfOutput } from './pdf.ts';

export type { EditionOutput, OutputContext, OutputFormat } from './format.ts';

export const OUTPUT_FORMATS = { html: htmlOutput, pdf: pdfOutput } satisfies Record<string, OutputFormat>;
export type OutputFormatName = keyof typeof OUTPUT_FORMATS;
export const OUTPUT_FORMAT_NAMES = Object.keys(OUTPUT_FORMATS) as OutputFormatName[];
