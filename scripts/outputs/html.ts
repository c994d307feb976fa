/**
 * The HTML edition: the page as planned, written beside its assets (and left alone when unchanged);
 * then each document's parallel edition, when the plan made one.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../cache.ts';
import { writeFileAtomic } from '../write/output.ts';
import { writeDocumentFiles } from './document-files.ts';
import { editionReport, type EditionOutput, type OutputFormat } from './format.ts';
import { writeParallelPages } from './parallel.ts';

export const htmlOutput: OutputFormat = {
  name: 'html',
  async write(plan, context) {
    const outputs: EditionOutput[] = [];
    for (const document of plan.documents) if (plan.editions.some((e) => e.documentId === document.id)) await writeDocumentFiles(plan, document, context.force);
    for (const edition of plan.editions) {
      const started = performance.now();
      const bytes = Buffer.from(edition.html);
      const hash = sha256(bytes);
      const existing = await readFile(edition.htmlPath).catch(() => undefined);
      const unchanged = !context.force && existing !== undefined && sha256(existing) === hash;
      if (!unchanged) await writeFileAtomic(edition.htmlPath, bytes);
      const output: EditionOutput = {
        ...editionReport(edition, 'html', performance.now() - started),
        reused: unchanged,
        path: edition.htmlPath,
        bytes: bytes.length,
        record: { path: path.basename(edition.htmlPath), sha256: hash, bytes: bytes.length },
      };
      context.onOutput?.(output);
      outputs.push(output);
    }
    // The parallel edition of each document that has one (dist/<document>/parallel.html).
    await writeParallelPages(plan, context);
    return outputs;
  },
};
