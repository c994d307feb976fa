/**
 * `hexapla sync`: after review, records units of translated editions as current — translated
 * from the original's text as it is now — in each document's translations.yml.
 */
import { fail } from '../diagnostics.ts';
import type { LanguageCode } from '../languages/index.ts';
import { loadTranslationProject } from '../translation/project.ts';
import { writeTranslationRecord } from '../translation/record.ts';
import { markCurrent } from '../translation/status.ts';

export interface SyncCommandOptions {
  root: string;
  documents?: string[];
  languages?: LanguageCode[];
  /** Paragraph numbers or unit ids; all units when absent. */
  units?: string[];
  stdout: NodeJS.WritableStream;
}

export async function runSyncCommand(options: SyncCommandOptions): Promise<void> {
  const project = await loadTranslationProject(options.root, { documents: options.documents });
  for (const document of project.documents) {
    const langs = document.editions.map((e) => e.lang).filter((lang) => lang !== document.original && (!options.languages || options.languages.includes(lang)));
    if (options.units?.length) {
      const known = new Set(document.editions.flatMap((e) => e.units.map((u) => u.id)));
      const unknown = options.units.filter((id) => !known.has(/^\d+$/.test(id) ? `para-${id}` : id));
      if (unknown.length) {
        throw fail('sync/unknown-unit', `${document.id} has no unit ${unknown.join(', ')}`, { file: document.record.file }, 'give paragraph numbers (12) or unit ids as hexapla status lists them (para-12-a, fn-3, annex-1-para-2)');
      }
    }
    const marked = langs.map((lang) => ({ lang, ids: markCurrent(document, lang, options.units) }));
    await writeTranslationRecord(document.record, document.original);
    for (const { lang, ids } of marked) options.stdout.write(`${document.id}/${lang}: ${ids.length} unit${ids.length === 1 ? '' : 's'} recorded as current\n`);
  }
}
