/**
 * Paginate stage for a build: one engine (one browser) for all the editions, closed at the end
 * whatever happened. Loaded only when PDFs are asked for, so HTML builds never start a browser.
 */
import { openPdfEngine, type PdfEngineOptions, type PdfJob, type PdfResult } from './printer.ts';

export type { PdfJob, PdfResult } from './printer.ts';

export async function renderPdfEditions(jobs: PdfJob[], options: PdfEngineOptions): Promise<PdfResult[]> {
  const engine = await openPdfEngine(options);
  try {
    return await engine.renderAll(jobs);
  } finally {
    await engine.close();
  }
}
