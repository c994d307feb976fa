/**
 * `hexapla release`: a built (or merged) dist/ made into what a release publishes — every PDF,
 * one zip of the HTML editions with their assets, the manifest and the checksums — in one folder,
 * plus SHA256SUMS for the release's own files. The zip is made the same way every time (entries
 * sorted, fixed dates), so the same dist/ gives the same release bytes.
 */
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yazl from 'yazl';
import { sha256 } from './cache.ts';
import { fail } from './diagnostics.ts';
import type { Manifest } from './publish.ts';

/** Every zip entry gets this date: the same input, the same zip. */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

export async function packRelease(dist: string, out: string, shown: (p: string) => string = (p) => p): Promise<string[]> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dist, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    throw fail('release/no-build', 'no built dist/ here (manifest.json is missing)', { file: shown(dist) }, 'run npm run build (or hexapla merge) first');
  }
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const files: string[] = [];
  // The PDFs, named after their document and language: a-res-80-212-fr.pdf.
  for (const file of manifest.files.filter((f) => f.format === 'pdf')) {
    const name = file.path.replace(/\//g, '-');
    await copyFile(path.join(dist, file.path), path.join(out, name));
    files.push(name);
  }
  // The HTML editions with everything they link to, and the index.
  const zip = new yazl.ZipFile();
  const entries = manifest.files.filter((f) => f.format !== 'pdf').map((f) => f.path).sort();
  for (const entry of entries) zip.addFile(path.join(dist, entry), `html/${entry}`, { mtime: FIXED_DATE, mode: 0o100644, compress: true });
  const zipPath = path.join(out, 'html.zip');
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(zipPath)).on('close', resolve).on('error', reject);
    zip.end();
  });
  files.push('html.zip');
  for (const name of ['manifest.json', 'SHA256SUMS']) {
    await copyFile(path.join(dist, name), path.join(out, name === 'SHA256SUMS' ? 'dist.SHA256SUMS' : name));
    files.push(name === 'SHA256SUMS' ? 'dist.SHA256SUMS' : name);
  }
  const sums = [];
  for (const name of [...files].sort()) sums.push(`${sha256(await readFile(path.join(out, name)))}  ${name}`);
  await writeFile(path.join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  files.push('SHA256SUMS');
  return (await readdir(out)).sort();
}
