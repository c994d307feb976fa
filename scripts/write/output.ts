/**
 * Write stage: everything reaches dist/ by rename, so a reader (or a failed build) never sees
 * a half-written file. Files are written beside their target under a temporary name first.
 * A file-system failure names the path and the cause (read-only, full, not a folder …).
 */
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileSystemError } from '../diagnostics.ts';

let counter = 0;
export function temporaryPath(target: string, tag = 'tmp'): string {
  counter += 1;
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${counter}.${tag}`);
}

/** Shown in messages: paths relative to the working directory when they are inside it. */
function shown(target: string): string {
  const relative = path.relative(process.cwd(), target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : target;
}

export async function ensureFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw fileSystemError(error, shown(dir), 'create the folder');
  }
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await ensureFolder(path.dirname(target));
  const temporary = temporaryPath(target);
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw fileSystemError(error, shown(target), 'write');
  }
}

export interface AssetFile {
  /** Path inside the folder, with forward slashes. */
  path: string;
  /** Either a file to copy or the content to write. */
  from?: string;
  content?: string | Uint8Array;
}

/** Replace `directory` as a whole by a fresh copy of `files`. */
export async function writeDirectoryAtomic(directory: string, files: AssetFile[]): Promise<void> {
  await ensureFolder(path.dirname(directory));
  const staging = temporaryPath(directory);
  try {
    for (const file of files) {
      const target = path.join(staging, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      if (file.from) await copyFile(file.from, target);
      else await writeFile(target, file.content ?? '');
    }
    const old = temporaryPath(directory);
    await rename(directory, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, directory);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw fileSystemError(error, shown(directory), 'write');
  }
}
