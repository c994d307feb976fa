/**
 * The PDF edition: the planned page paginated by Paged.js in one shared browser. The browser is
 * started before anything is written (no browser, no change to dist/). The page is written to a
 * hidden file beside the HTML edition (so its assets resolve), rendered, and the hidden file
 * removed: an HTML edition the user built is never overwritten or deleted.
 */
import { rmSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { onInterruptRemove } from '../interrupt.ts';
import path from 'node:path';
import { temporaryPath, writeFileAtomic } from '../write/output.ts';
import { writeDocumentFiles } from './document-files.ts';
import { editionReport, type EditionOutput, type OutputFormat } from './format.ts';

export const pdfOutput: OutputFormat = {
  name: 'pdf',
  async write(plan, context) {
    if (plan.editions.length === 0) return [];
    // Loaded only when PDFs are asked for, so HTML builds never start a browser.
    const { openPdfEngine } = await import('../paginate/printer.ts');
    const engine = await openPdfEngine({ concurrency: context.concurrency, executablePath: context.browser });
    const sources = plan.editions.map((edition) => temporaryPath(edition.htmlPath, 'print.html'));
    // The hidden pages are removed however the build ends, an interruption included.
    const release = onInterruptRemove(() => sources.forEach((source) => rmSync(source, { force: true })));
    try {
      for (const document of plan.documents) if (plan.editions.some((e) => e.documentId === document.id)) await writeDocumentFiles(plan, document);
      await Promise.all(plan.editions.map((edition, i) => writeFileAtomic(sources[i]!, edition.html)));
      const results = await engine.renderAll(
        plan.editions.map((edition, i) => ({
          label: `${edition.documentId}/${edition.lang}`,
          htmlPath: sources[i]!,
          pdfPath: edition.pdfPath,
          allowedRoot: path.dirname(edition.htmlPath),
          metadata: edition.pdfMetadata,
        })),
      );
      const outputs: EditionOutput[] = [];
      for (const [index, result] of results.entries()) {
        const edition = plan.editions[index]!;
        for (const url of result.blockedRequests) context.warn?.(`${result.label}: refused to load ${url} (rendering is offline; ship the file with the templates or the document)`);
        const output: EditionOutput = result.ok
          ? { ...editionReport(edition, 'pdf', result.ms), path: result.pdfPath, bytes: (await stat(result.pdfPath!)).size, pages: result.pages }
          : { ...editionReport(edition, 'pdf', result.ms), ok: false, error: result.error };
        context.onOutput?.(output);
        outputs.push(output);
      }
      return outputs;
    } finally {
      await Promise.all(sources.map((source) => rm(source, { force: true }).catch(() => undefined)));
      await engine.close();
      release();
    }
  },
};
