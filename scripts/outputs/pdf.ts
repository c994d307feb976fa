/**
 * The PDF edition: the planned page paginated by Paged.js in one shared browser. A PDF whose
 * inputs (its page, the assets, Hexapla's engine, the browser) are those of the PDF already
 * there is reused as it is; the browser is started only if something must be rendered, and
 * before anything is written (no browser, no change to dist/). The page is written to a hidden
 * file beside the HTML edition (so its assets resolve), rendered, and the hidden file removed: an
 * HTML edition the user built is never overwritten or deleted.
 */
import { rmSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { browserIdentity, hexaplaIdentity, outputIntact, remoteBrowserIdentity, sha256 } from '../cache.ts';
import { onInterruptRemove } from '../interrupt.ts';
import { findBrowserExecutable } from '../paginate/locate.ts';
import type { PlannedEdition } from '../plan.ts';
import { temporaryPath, writeFileAtomic } from '../write/output.ts';
import { writeDocumentFiles } from './document-files.ts';
import { editionReport, type EditionOutput, type OutputContext, type OutputFormat } from './format.ts';
import { startPdfEngine } from './pdf-engine-start.ts';

export const pdfOutput: OutputFormat = {
  name: 'pdf',
  async write(plan, context) {
    if (plan.editions.length === 0) return [];
    const browser = context.browserWSEndpoint ? remoteBrowserIdentity(context.browserWSEndpoint) : browserIdentity(findBrowserExecutable(context.browser).path);
    const documents = new Map(plan.documents.map((d) => [d.id, d]));
    // What each PDF would be made from; those already made from it are kept.
    const keyOf = new Map<PlannedEdition, string>();
    const outputs = new Map<PlannedEdition, EditionOutput>();
    for (const edition of plan.editions) {
      const document = documents.get(edition.documentId)!;
      const filesKey = await writeDocumentFiles(plan, document, context.force);
      const key = sha256([sha256(edition.html), filesKey, hexaplaIdentity(), browser, JSON.stringify(edition.pdfMetadata)].join('\0'));
      keyOf.set(edition, key);
      const previous = document.previous?.editions.find((e) => e.lang === edition.lang)?.outputs.pdf;
      if (!context.force && previous?.key === key && (await outputIntact(document.outDir, previous))) {
        const output: EditionOutput = { ...editionReport(edition, 'pdf', 0), reused: true, path: edition.pdfPath, bytes: previous.bytes, pages: previous.pages, record: previous };
        outputs.set(edition, output);
        context.onOutput?.(output);
      }
    }
    const toRender = plan.editions.filter((edition) => !outputs.has(edition));
    if (toRender.length > 0) {
      for (const output of await render(toRender, context)) {
        const edition = toRender.find((e) => e.documentId === output.document && e.lang === output.lang)!;
        if (output.ok) output.record = { ...output.record!, key: keyOf.get(edition), browser };
        outputs.set(edition, output);
      }
    }
    return plan.editions.map((edition) => outputs.get(edition)!);
  },
};

async function render(editions: PlannedEdition[], context: OutputContext): Promise<EditionOutput[]> {
  const started = context.engine ?? startPdfEngine(context);
  const engine = await started.get();
  const sources = editions.map((edition) => temporaryPath(edition.htmlPath, 'print.html'));
  // The hidden pages are removed however the build ends, an interruption included.
  const release = onInterruptRemove(() => sources.forEach((source) => rmSync(source, { force: true })));
  try {
    await Promise.all(editions.map((edition, i) => writeFileAtomic(sources[i]!, edition.html)));
    const results = await engine.renderAll(
      editions.map((edition, i) => ({
        label: `${edition.documentId}/${edition.lang}`,
        htmlPath: sources[i]!,
        pdfPath: edition.pdfPath,
        allowedRoot: path.dirname(edition.htmlPath),
        metadata: edition.pdfMetadata,
      })),
      { onStart: context.onStart, onPrinted: context.onBrowserDone },
    );
    const outputs: EditionOutput[] = [];
    for (const [index, result] of results.entries()) {
      const edition = editions[index]!;
      for (const url of result.blockedRequests) context.warn?.(`${result.label}: refused to load ${url} (rendering is offline; ship the file with the templates or the document)`);
      let output: EditionOutput;
      if (result.ok) {
        const bytes = await readFile(result.pdfPath!);
        output = {
          ...editionReport(edition, 'pdf', result.ms),
          path: result.pdfPath,
          bytes: bytes.length,
          pages: result.pages,
          record: { path: path.basename(result.pdfPath!), sha256: sha256(bytes), bytes: bytes.length, pages: result.pages },
        };
      } else {
        output = { ...editionReport(edition, 'pdf', result.ms), ok: false, error: result.error };
      }
      context.onOutput?.(output);
      outputs.push(output);
    }
    return outputs;
  } finally {
    await Promise.all(sources.map((source) => rm(source, { force: true }).catch(() => undefined)));
    if (!context.engine) await started.close(); // an engine given is closed by whoever started it
    release();
  }
}
