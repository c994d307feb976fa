/** The HTML edition: the page as planned, written beside its assets. */
import { stat } from 'node:fs/promises';
import { writeFileAtomic } from '../write/output.ts';
import { writeDocumentFiles } from './document-files.ts';
import { editionReport, type OutputFormat } from './format.ts';

export const htmlOutput: OutputFormat = {
  name: 'html',
  async write(plan, context) {
    const outputs = [];
    for (const document of plan.documents) if (plan.editions.some((e) => e.documentId === document.id)) await writeDocumentFiles(plan, document);
    for (const edition of plan.editions) {
      const started = performance.now();
      await writeFileAtomic(edition.htmlPath, edition.html);
      const output = { ...editionReport(edition, 'html', performance.now() - started), path: edition.htmlPath, bytes: (await stat(edition.htmlPath)).size };
      context.onOutput?.(output);
      outputs.push(output);
    }
    return outputs;
  },
};
