/**
 * Load stage: find documents under content/ and read their sources. A document is a folder
 * holding `document.yml` (shared metadata) and one `<lang>.md` per edition, plus any images its
 * editions show. No parsing here; text is checked to be UTF-8 as it is read.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Diagnostics, fail, fileSystemError, problem } from '../diagnostics.ts';
import { isLanguageCode, UN_LANGUAGES, type LanguageCode } from '../languages/index.ts';
import { readText } from './text.ts';

export const DOCUMENT_META_FILE = 'document.yml';

export interface SourceFile {
  /** Path relative to the project root, as shown in messages. */
  file: string;
  text: string;
}

export interface EditionSource extends SourceFile {
  lang: LanguageCode;
}

export interface DocumentSource {
  /** Folder name: the document's id and its output folder. */
  id: string;
  /** Absolute path of the document's folder: images and linked files must be inside it. */
  dir: string;
  meta: SourceFile;
  editions: EditionSource[];
}

/** Every document under `contentDir`; all problems of all folders are reported together. */
export async function loadDocuments(root: string, contentDir: string): Promise<DocumentSource[]> {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/') || '.';
  let entries: string[];
  try {
    if (!(await stat(contentDir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    entries = (await readdir(contentDir, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw fail('content/missing', 'the content folder does not exist', { file: rel(contentDir) }, 'create it with one folder per document, or point "contentDir" in hexapla.config.json at it');
    }
    throw fileSystemError(error, rel(contentDir), 'read the content folder');
  }
  const diagnostics = new Diagnostics();
  const documents: DocumentSource[] = [];
  for (const name of entries) {
    const document = await diagnostics.captureAsync(() => loadDocument(path.join(contentDir, name), rel));
    if (document) documents.push(document);
  }
  diagnostics.throwIfErrors();
  if (documents.length === 0) {
    throw fail('content/empty', 'no documents to build', { file: rel(contentDir) }, `add a folder holding ${DOCUMENT_META_FILE} and one <lang>.md per edition (see "Adding a document" in README.md)`);
  }
  return documents;
}

async function loadDocument(dir: string, rel: (p: string) => string): Promise<DocumentSource> {
  const names = (await readdir(dir)).sort();
  const markdown = names.filter((name) => name.toLowerCase().endsWith('.md'));
  if (!names.includes(DOCUMENT_META_FILE)) {
    throw fail(
      'content/no-metadata',
      `document folder has no ${DOCUMENT_META_FILE}`,
      { file: rel(dir) },
      markdown.length ? `add ${DOCUMENT_META_FILE} with the shared fields (symbol, jobNumber, date, original …) beside ${markdown.join(', ')}` : `add ${DOCUMENT_META_FILE} and one <lang>.md per edition, or remove the folder`,
    );
  }
  const diagnostics = new Diagnostics();
  const editions: EditionSource[] = [];
  for (const name of markdown) {
    const lang = name.slice(0, -'.md'.length);
    const file = rel(path.join(dir, name));
    if (!isLanguageCode(lang)) {
      diagnostics.add(problem('content/edition-name', `"${name}" is not named after a UN language`, { file }, `name edition files <lang>.md with one of: ${UN_LANGUAGES.join(', ')}`));
      continue;
    }
    const text = await diagnostics.captureAsync(() => readText(path.join(dir, name), file));
    if (text !== undefined) editions.push({ lang, file, text });
  }
  const metaFile = rel(path.join(dir, DOCUMENT_META_FILE));
  const metaText = await diagnostics.captureAsync(() => readText(path.join(dir, DOCUMENT_META_FILE), metaFile));
  if (editions.length === 0 && markdown.length === 0) {
    diagnostics.add(problem('content/no-edition', 'document has no language edition', { file: metaFile }, 'add at least one <lang>.md file beside document.yml'));
  }
  diagnostics.throwIfErrors();
  return { id: path.basename(dir), dir, meta: { file: metaFile, text: metaText! }, editions };
}

/**
 * The documents named on the command line (`--doc`), all when none is named; a name that is not
 * a document folder is an error listing the ones there are.
 */
export function selectDocuments(sources: DocumentSource[], ids: string[] | undefined, contentDirShown: string): DocumentSource[] {
  if (!ids?.length) return sources;
  const unknown = ids.filter((id) => !sources.some((d) => d.id === id));
  if (unknown.length) {
    throw fail('options/unknown-document', `no document named ${unknown.map((id) => `"${id}"`).join(', ')}`, { file: contentDirShown }, `documents here: ${sources.map((d) => d.id).join(', ') || 'none'}`);
  }
  return sources.filter((d) => ids.includes(d.id));
}
