/**
 * Load stage: find documents under content/ and read their sources. A document is a folder
 * holding `document.yml` (shared metadata) and one `<lang>.md` per edition. No parsing here.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'glob';
import { HexaplaError } from '../errors.ts';
import { isLanguageCode, UN_LANGUAGES, type LanguageCode } from '../languages.ts';

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
  meta: SourceFile;
  editions: EditionSource[];
}

export async function loadDocuments(root: string, contentDir: string): Promise<DocumentSource[]> {
  const metaFiles = (await glob(`*/${DOCUMENT_META_FILE}`, { cwd: contentDir, posix: true })).sort();
  return Promise.all(metaFiles.map((metaFile) => loadDocument(root, path.join(contentDir, path.dirname(metaFile)))));
}

async function loadDocument(root: string, dir: string): Promise<DocumentSource> {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const read = async (p: string): Promise<SourceFile> => ({ file: rel(p), text: await readFile(p, 'utf8') });
  const entries = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const editions: EditionSource[] = [];
  for (const name of entries) {
    const lang = name.slice(0, -'.md'.length);
    if (!isLanguageCode(lang)) {
      throw new HexaplaError(`"${name}" is not named after a UN language`, {
        location: { file: rel(path.join(dir, name)) },
        hint: `name edition files <lang>.md with one of: ${UN_LANGUAGES.join(', ')}`,
      });
    }
    editions.push({ lang, ...(await read(path.join(dir, name))) });
  }
  if (editions.length === 0) {
    throw new HexaplaError('document has no language edition', {
      location: { file: rel(path.join(dir, DOCUMENT_META_FILE)) },
      hint: 'add at least one <lang>.md file beside document.yml',
    });
  }
  return { id: path.basename(dir), meta: await read(path.join(dir, DOCUMENT_META_FILE)), editions };
}
