/**
 * What every edition's page needs beside it in dist/<document>/: the templates' assets and
 * fonts (assets/), and the images and files the editions use (media/). Both output formats
 * write them; each folder is replaced as a whole, and only when its content changed.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
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

/**
 * Replaces `dir` with `files` unless it already holds exactly them: as its key file says, or with
 * `force`, as the files themselves say (a damaged copy is replaced; reading them costs a sixth of
 * copying them again).
 */
async function writeFolder(dir: string, files: AssetFile[], force: boolean): Promise<string> {
  const hashes = await Promise.all(files.map(hashOf));
  const key = sha256(files.map((file, i) => `${file.path}\0${hashes[i]}`).join('\n'));
  const previous = await readFile(path.join(dir, KEY_FILE), 'utf8').catch(() => '');
  const holdsThem = previous.trim() === key && (!force || (await folderHolds(dir, files, hashes)));
  if (!holdsThem) await writeDirectoryAtomic(dir, [...files, { path: KEY_FILE, content: `${key}\n` }]);
  return key;
}

/** Whether `dir` holds `files` (with these content hashes) and nothing else but its key file. */
async function folderHolds(dir: string, files: AssetFile[], hashes: string[]): Promise<boolean> {
  const present = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!present) return false;
  const names = present.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'));
  if (names.length !== files.length + 1 || !names.includes(KEY_FILE)) return false;
  const same = await Promise.all(files.map(async (file, i) => sha256(await readFile(path.join(dir, file.path)).catch(() => '')) === hashes[i]));
  return same.every(Boolean);
}
