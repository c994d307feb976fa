/**
 * `hexapla xliff export` and `hexapla xliff import`: a document's edition in one target language
 * out to CAT tools as XLIFF (1.2 by default, or 2.0) and the translated file back into the
 * edition, with the translation record updated. The work is in scripts/translation/xliff/; this
 * module reads and writes the files and says what it did.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, fileSystemError, HexaplaError } from '../diagnostics.ts';
import type { LanguageCode } from '../languages/index.ts';
import { loadTranslationProject, type TranslationDocument } from '../translation/project.ts';
import { writeTranslationRecord } from '../translation/record.ts';
import { markCurrent } from '../translation/status.ts';
import { xliffExport } from '../translation/xliff/export.ts';
import { planImport } from '../translation/xliff/import.ts';
import { readXliff } from '../translation/xliff/read.ts';
import { writeXliff } from '../translation/xliff/write.ts';
import { writeFileAtomic } from '../write/output.ts';

export interface XliffExportOptions {
  root: string;
  document: string;
  lang: LanguageCode;
  version: '1.2' | '2.0';
  /** Absolute path, '-' for standard output, undefined for <doc>.<lang>.xlf in cwd. */
  out?: string;
  cwd: string;
  stdout: NodeJS.WritableStream;
}

export async function runXliffExport(options: XliffExportOptions): Promise<void> {
  const project = await loadTranslationProject(options.root, { documents: [options.document] });
  const document = project.documents[0]!;
  if (options.lang === document.original) {
    throw fail('xliff/original-language', `${options.lang} is the original language of ${document.id}: there is nothing to translate into it`, { file: `${path.relative(project.config.root, document.source.dir).split(path.sep).join('/')}/document.yml` }, `choose a target language other than ${document.original}`);
  }
  const xliff = xliffExport(document, options.lang, options.version);
  const xml = writeXliff(xliff);
  if (options.out === '-') {
    options.stdout.write(xml);
    return;
  }
  const target = options.out ?? path.join(options.cwd, `${document.id}.${options.lang}.xlf`);
  const shown = path.relative(options.cwd, target) || target;
  try {
    await writeFileAtomic(target, xml);
  } catch (error) {
    if (error instanceof HexaplaError) throw error;
    throw fileSystemError(error, shown, 'write the XLIFF file');
  }
  const count = (state: string) => xliff.units.filter((unit) => unit.state === state).length;
  options.stdout.write(`wrote ${shown} (XLIFF ${options.version}): ${xliff.units.length} units, ${count('translated')} translated, ${count('needs-review')} to review, ${count('new')} to translate\n`);
}

export interface XliffImportOptions {
  root: string;
  /** Absolute path of the XLIFF file. */
  file: string;
  /** The file as the user wrote it, for messages. */
  shownAs: string;
  force: boolean;
  stdout: NodeJS.WritableStream;
}

export async function runXliffImport(options: XliffImportOptions): Promise<void> {
  let xml: string;
  try {
    xml = await readFile(options.file, 'utf8');
  } catch (error) {
    throw fileSystemError(error, options.shownAs, 'read the XLIFF file');
  }
  const xliff = readXliff(xml.replace(/^\uFEFF/, ''), options.shownAs);
  const document = await loadDocument(options.root, xliff.document, options.shownAs, xliff.line);
  const plan = planImport(xliff, document, options.shownAs, options.force);
  const absolute = plan.edition?.absolute ?? path.join(document.source.dir, `${plan.lang}.md`);
  const shown = plan.edition?.file ?? path.posix.join(path.posix.dirname(document.record.file), `${plan.lang}.md`);
  if (!plan.edition || plan.text !== plan.edition.text) await writeFileAtomic(absolute, await asOnDisk(absolute, plan.text, !!plan.edition));

  const { record } = document;
  // A document without a record counts every edition as current: recording one edition must not make the others stale.
  if (!record.exists) for (const edition of document.editions) if (edition.lang !== document.original) markCurrent(document, edition.lang);
  const units = (record.editions[plan.lang] ??= {});
  for (const [id, { hash, sourceText }] of plan.recorded) {
    units[id] = hash;
    record.sources[hash] ??= sourceText;
  }
  await writeTranslationRecord(record, document.original);
  const written = plan.recorded.size;
  options.stdout.write(
    `${plan.edition ? 'updated' : 'created'} ${plan.edition ? plan.edition.file : shown}: ${written} unit${written === 1 ? '' : 's'} imported, ${plan.unchanged} unchanged` +
      (plan.stale.length ? `; still stale (original changed since the export): ${plan.stale.join(', ')}` : '') +
      '\n',
  );
}

/** The document the XLIFF file names, loaded; an unknown one is an error at the file. */
async function loadDocument(root: string, id: string, file: string, line: number | undefined): Promise<TranslationDocument> {
  if (!id) throw fail('xliff/wrong-document', 'the XLIFF file does not name a document (the original attribute of its <file>)', { file, line }, 'import the file hexapla xliff export wrote; the CAT tool must keep its <file original="…">');
  try {
    const project = await loadTranslationProject(root, { documents: [id] });
    return project.documents[0]!;
  } catch (error) {
    if (error instanceof HexaplaError && error.diagnostics[0]?.rule === 'options/unknown-document') {
      throw fail('xliff/wrong-document', `the XLIFF file is for document "${id}", which is not in this project`, { file, line }, `${error.diagnostics[0].hint ?? ''}; import it in the project it was exported from`);
    }
    throw error;
  }
}

/** The text with the line ends (and byte-order mark) the file on disk has. */
async function asOnDisk(absolute: string, text: string, exists: boolean): Promise<string> {
  if (!exists) return text;
  const onDisk = await readFile(absolute, 'utf8');
  const bom = onDisk.startsWith('\uFEFF') ? '\uFEFF' : '';
  return bom + (/\r\n/.test(onDisk) ? text.replace(/\n/g, '\r\n') : text);
}
