/**
 * What every edition's page needs beside it in dist/<document>/: the templates' assets and
 * fonts (assets/), and the images and files the editions use (media/). Both output formats
 * write them; each folder is replaced as a whole, and only when its content changed.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../cache.ts';
import type { BuildPlan, PlannedDocument } from '../plan.ts';
import { MEDIA_FOLDER } from '../transform/accept.ts';
import { writeDirectoryAtomic, type AssetFile } from '../write/output.ts';

const written = new WeakMap<BuildPlan, Map<string, string>>();
/** Kept inside each folder: the hash of what it holds. */
const KEY_FILE = '.hexapla-key';

/** Writes assets/ and media/ for a document once per build; returns a hash of both (for PDF keys). */
export async function writeDocumentFiles(plan: BuildPlan, document: PlannedDocument, force = false): Promise<string> {
  let done = written.get(plan);
  if (!done) written.set(plan, (done = new Map()));
  const known = done.get(document.id);
  if (known) return known;
  const assetsKey = await writeFolder(path.join(document.outDir, 'assets'), plan.assets, force);
  const mediaKey = document.media.length > 0 ? await writeFolder(path.join(document.outDir, MEDIA_FOLDER), document.media, force) : '';
  const key = sha256(`${assetsKey}\0${mediaKey}`);
  done.set(document.id, key);
  return key;
}

/**
 * Hashes of files read before, by path, size and modification time: a process that builds again
 * and again (hexapla dev) reads the fonts once, not on every save.
 */
const fileHashes = new Map<string, { stamp: string; hash: string }>();

async function hashOf(file: AssetFile): Promise<string> {
  if (file.content !== undefined || !file.from) return sha256(file.content ?? '');
  const { size, mtimeMs } = await stat(file.from);
  const stamp = `${size}:${mtimeMs}`;
  const known = fileHashes.get(file.from);
  if (known?.stamp === stamp) return known.hash;
  const hash = sha256(await readFile(file.from));
  fileHashes.set(file.from, { stamp, hash });
  return hash;
}

/** Replaces `dir` with `files` unless it already holds exactly them. */
async function writeFolder(dir: string, files: AssetFile[], force: boolean): Promise<string> {
  const parts: string[] = [];
  for (const file of files) parts.push(`${file.path}\0${await hashOf(file)}`);
  const key = sha256(parts.join('\n'));
  const previous = await readFile(path.join(dir, KEY_FILE), 'utf8').catch(() => '');
  if (force || previous.trim() !== key) await writeDirectoryAtomic(dir, [...files, { path: KEY_FILE, content: `${key}\n` }]);
  return key;
}
