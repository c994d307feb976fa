/**
 * The parallel edition's file: `dist/<document>/parallel.html`, beside the editions and their
 * assets, for every planned document that has one (two editions or more; the plan renders it
 * with render/parallel.ts). Written with the HTML editions, and left alone when unchanged.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../cache.ts';
import type { BuildPlan } from '../plan.ts';
import { writeFileAtomic } from '../write/output.ts';
import { writeDocumentFiles } from './document-files.ts';
import type { OutputContext } from './format.ts';

export const PARALLEL_FILE = 'parallel.html';

export interface ParallelOutput {
  document: string;
  path: string;
  bytes: number;
  sha256: string;
  /** The file was already there, byte for byte. */
  reused: boolean;
}

export async function writeParallelPages(plan: Pick<BuildPlan, 'documents' | 'assets'>, context: Pick<OutputContext, 'force'> = {}): Promise<ParallelOutput[]> {
  const outputs: ParallelOutput[] = [];
  for (const document of plan.documents) {
    if (document.parallelHtml === undefined) continue;
    await writeDocumentFiles(plan as BuildPlan, document, context.force);
    const file = path.join(document.outDir, PARALLEL_FILE);
    const bytes = Buffer.from(document.parallelHtml);
    const hash = sha256(bytes);
    const existing = await readFile(file).catch(() => undefined);
    const unchanged = !context.force && existing !== undefined && sha256(existing) === hash;
    if (!unchanged) await writeFileAtomic(file, bytes);
    outputs.push({ document: document.id, path: file, bytes: bytes.length, sha256: hash, reused: unchanged });
  }
  return outputs;
}
