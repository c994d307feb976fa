/**
 * What every edition's page needs beside it in dist/<document>/: the templates' assets and
 * fonts (assets/), and the images and files the editions use (media/). Both output formats
 * write them, each folder replaced as a whole.
 */
import path from 'node:path';
import type { BuildPlan, PlannedDocument } from '../plan.ts';
import { MEDIA_FOLDER } from '../transform/accept.ts';
import { writeDirectoryAtomic } from '../write/output.ts';

const written = new WeakMap<BuildPlan, Set<string>>();

export async function writeDocumentFiles(plan: BuildPlan, document: PlannedDocument): Promise<void> {
  let done = written.get(plan);
  if (!done) written.set(plan, (done = new Set()));
  if (done.has(document.id)) return;
  done.add(document.id);
  await writeDirectoryAtomic(path.join(document.outDir, 'assets'), plan.assets);
  if (document.media.length > 0) await writeDirectoryAtomic(path.join(document.outDir, MEDIA_FOLDER), document.media);
}
