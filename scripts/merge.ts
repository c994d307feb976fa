/**
 * `hexapla merge`: the outputs of shard builds (`build --shard i/n --out DIR`) put together into
 * one dist/, with its index, manifest and checksums, as one full build would have made it. Every
 * edition must come from exactly one shard, every edition of every document must be there, and
 * the shards must have been built from the same inputs; otherwise nothing is written.
 */
import { cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeRecord, type DocumentRecord, type EditionRecord } from './cache.ts';
import { Diagnostics, fail, problem } from './diagnostics.ts';
import { UN_LANGUAGES } from './languages/codes.ts';
import { collectRecords, writePublication } from './publish.ts';
import { temporaryPath } from './write/output.ts';

export interface MergeResult {
  documents: number;
  editions: number;
}

export async function mergeShards(inputs: string[], outDir: string, shown: (p: string) => string = (p) => p): Promise<MergeResult> {
  if (inputs.length === 0) throw fail('merge/no-input', 'no shard folders to merge', undefined, 'give the folders the shard builds wrote, e.g. hexapla merge shards/* --out dist');
  const diagnostics = new Diagnostics();
  const documents = new Map<string, { record: DocumentRecord; from: string; editions: Map<string, { edition: EditionRecord; from: string }> }>();
  for (const input of inputs) {
    const records = await collectRecords(input);
    if (records.length === 0) {
      diagnostics.add(problem('merge/empty', 'no Hexapla build in this folder', { file: shown(input) }, 'give the folders that `hexapla build --shard i/n --out <folder>` wrote'));
      continue;
    }
    for (const { id, record } of records) {
      let document = documents.get(id);
      if (!document) documents.set(id, (document = { record, from: input, editions: new Map() }));
      else if (document.record.inputKey !== record.inputKey) {
        diagnostics.add(problem('merge/different-inputs', `document "${id}" was built from other inputs here than in ${shown(document.from)}`, { file: shown(input) }, 'build every shard from the same commit, with the same configuration'));
        continue;
      }
      for (const edition of record.editions) {
        const other = document.editions.get(edition.lang);
        if (other) {
          diagnostics.add(problem('merge/overlap', `edition ${id}/${edition.lang} is in two shards: ${shown(other.from)} and ${shown(input)}`, { file: shown(input) }, 'give each shard its own --shard i/n, with the same n'));
          continue;
        }
        document.editions.set(edition.lang, { edition, from: input });
      }
    }
  }
  for (const [id, document] of documents) {
    const missing = document.record.languages.filter((lang) => !document.editions.has(lang));
    if (missing.length > 0) {
      diagnostics.add(problem('merge/missing', `document "${id}" lacks its ${missing.join(', ')} edition${missing.length > 1 ? 's' : ''} in every shard`, { file: shown(inputs[0]!) }, 'merge the folders of all the shards (--shard 1/n … n/n)'));
    }
  }
  diagnostics.throwIfErrors();

  // Everything goes into a staging folder, which then replaces the output folder whole.
  const staging = temporaryPath(path.resolve(outDir), 'merge');
  try {
    let editions = 0;
    for (const [id, document] of [...documents].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const target = path.join(staging, id);
      await mkdir(target, { recursive: true });
      await copySharedFolders(id, [...new Set([...document.editions.values()].map((e) => e.from))], target, shown);
      const merged: EditionRecord[] = [];
      for (const { edition, from } of [...document.editions.values()].sort((a, b) => UN_LANGUAGES.indexOf(a.edition.lang) - UN_LANGUAGES.indexOf(b.edition.lang))) {
        for (const output of [edition.outputs.html, edition.outputs.pdf]) {
          if (output) await cp(path.join(from, id, output.path), path.join(target, output.path));
        }
        merged.push(edition);
        editions += 1;
      }
      await writeRecord(target, { ...document.record, editions: merged });
    }
    await writePublication(staging);
    const previous = temporaryPath(path.resolve(outDir), 'old');
    await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, outDir);
    await rm(previous, { recursive: true, force: true });
    return { documents: documents.size, editions };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** assets/ and media/ are the same in every shard of a document: copied once, checked to agree. */
async function copySharedFolders(id: string, shards: string[], target: string, shown: (p: string) => string): Promise<void> {
  for (const folder of ['assets', 'media']) {
    const keys = await Promise.all(shards.map((shard) => readFile(path.join(shard, id, folder, '.hexapla-key'), 'utf8').catch(() => undefined)));
    const present = keys.map((key, i) => [key, shards[i]!] as const).filter(([key]) => key !== undefined);
    if (present.length === 0) continue;
    const different = present.find(([key]) => key !== present[0]![0]);
    if (different) {
      throw fail('merge/different-inputs', `${id}/${folder} differs between ${shown(present[0]![1])} and ${shown(different[1])}`, { file: shown(different[1]) }, 'build every shard from the same commit, with the same configuration');
    }
    await cp(path.join(present[0]![1], id, folder), path.join(target, folder), { recursive: true });
  }
  // The parallel edition is made from all editions of the document: every shard that built one
  // of them wrote the same page.
  for (const shard of shards) {
    if (await cp(path.join(shard, id, 'parallel.html'), path.join(target, 'parallel.html')).then(() => true, () => false)) break;
  }
}

