/**
 * Write stage: everything reaches dist/ by rename, so a reader (or a failed build) never sees
 * a half-written file. Files are written beside their target under a temporary name first.
 * A file-system failure names the path and the cause (read-only, full, not a folder …).
 */
import { existsSync, rmSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FILES_AT_ONCE, mapWithConcurrency } from '../concurrency.ts';
import { fileSystemError } from '../diagnostics.ts';
import { onInterruptRemove } from '../interrupt.ts';

let counter = 0;
export function temporaryPath(target: string, tag = 'tmp'): string {
  counter += 1;
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${counter}.${tag}`);
}

/** Temporary files and folders being written; removed if the build is interrupted. */
const pending = new Set<string>();
let releaseInterrupt: (() => void) | undefined;

/** Tracks `temporary` while `work` runs, so an interrupted build leaves nothing half-written. */
export async function whileWriting<T>(temporary: string, work: () => Promise<T>): Promise<T> {
  pending.add(temporary);
  releaseInterrupt ??= onInterruptRemove(() => {
    for (const file of pending) rmSync(file, { recursive: true, force: true });
  });
  try {
    return await work();
  } finally {
    pending.delete(temporary);
    if (pending.size === 0) {
      releaseInterrupt?.();
      releaseInterrupt = undefined;
    }
  }
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
    throw fileSystemError(await realCause(dir, error), shown(dir), 'create the folder');
  }
}

/**
 * A recursive mkdir reports ENOENT when the real trouble is higher up (a read-only or full
 * file system): create the first missing folder on its own to learn the cause.
 */
async function realCause(dir: string, error: unknown): Promise<unknown> {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return error;
  let missing = dir;
  while (path.dirname(missing) !== missing && !existsSync(path.dirname(missing))) missing = path.dirname(missing);
  return mkdir(missing).then(
    () => error,
    (cause: unknown) => cause,
  );
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await ensureFolder(path.dirname(target));
  const temporary = temporaryPath(target);
  await whileWriting(temporary, async () => {
    try {
      await writeFile(temporary, data);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw fileSystemError(error, shown(target), 'write');
    }
  });
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
  const old = temporaryPath(directory);
  await whileWriting(staging, () => whileWriting(old, () => replaceDirectory(directory, staging, old, files)));
}

async function replaceDirectory(directory: string, staging: string, old: string, files: AssetFile[]): Promise<void> {
  try {
    // Folders first, then the files a few at a time: the 250 font files of assets/ one after the
    // other took a fifth of a second.
    for (const folder of new Set(files.map((file) => path.dirname(path.join(staging, file.path))))) await mkdir(folder, { recursive: true });
    await mapWithConcurrency(files, FILES_AT_ONCE, async (file) => {
      const target = path.join(staging, file.path);
      if (file.from) await copyFile(file.from, target);
      else await writeFile(target, file.content ?? '');
    });
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
