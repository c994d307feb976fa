/**
 * Write stage: everything reaches dist/ by rename, so a reader (or a failed build) never sees
 * a half-written file. Files are written beside their target under a temporary name first.
 */
import { mkdir, rename, rm, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';

let counter = 0;
function temporaryPath(target: string): string {
  counter += 1;
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${counter}.tmp`);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = temporaryPath(target);
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export interface AssetFile {
  /** Path inside the assets folder, with forward slashes. */
  path: string;
  /** Either a file to copy or the content to write. */
  from?: string;
  content?: string;
}

/** Replace `directory` as a whole by a fresh copy of `files`. */
export async function writeDirectoryAtomic(directory: string, files: AssetFile[]): Promise<void> {
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
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
