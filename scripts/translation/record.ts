/**
 * The translation record of a document, `content/<document>/translations.yml`, committed with
 * it: for each translated edition, the hash of the original's unit each of its units was
 * translated from, and the text behind each hash (so `hexapla status --diff` can show what
 * changed since). One line per unit, sorted: a change reads well in a diff.
 *
 *     original: en
 *     editions:
 *       fr:
 *         para-1: 3f2a9c0d1b7e4a55
 *     sources:
 *       3f2a9c0d1b7e4a55: The Group of Non-Aligned States …
 *
 * Written by `hexapla sync` and `hexapla xliff import`; never by a build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { fail, fileSystemError } from '../diagnostics.ts';
import { isLanguageCode, type LanguageCode } from '../languages/index.ts';
import { writeFileAtomic } from '../write/output.ts';

export const RECORD_FILE = 'translations.yml';

export interface TranslationRecord {
  /** Relative path, for messages. */
  file: string;
  absolute: string;
  /** Whether the file exists: a document without one is not tracked yet. */
  exists: boolean;
  /** Per edition: unit id → hash of the original unit it was translated from. */
  editions: Partial<Record<LanguageCode, Record<string, string>>>;
  /** Hash → the original unit's text it stands for. */
  sources: Record<string, string>;
}

export async function readTranslationRecord(dir: string, rel: (p: string) => string): Promise<TranslationRecord> {
  const absolute = path.join(dir, RECORD_FILE);
  const file = rel(absolute);
  const record: TranslationRecord = { file, absolute, exists: false, editions: {}, sources: {} };
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return record;
    throw fileSystemError(error, file, 'read the translation record');
  }
  const parsed = parseDocument(text, { prettyErrors: true });
  const hint = 'restore it from version control, or delete it and run hexapla sync to record every edition as current';
  if (parsed.errors.length) {
    const error = parsed.errors[0]!;
    throw fail('translation/record', `the translation record is not valid YAML: ${error.message.split('\n')[0]}`, { file, line: error.linePos?.[0].line }, hint);
  }
  const data = parsed.toJS() as { editions?: unknown; sources?: unknown } | null;
  const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const isHashMap = (value: unknown): value is Record<string, string> => isMap(value) && Object.values(value).every((v) => typeof v === 'string');
  if (!isMap(data) || (data.editions !== undefined && !isMap(data.editions)) || (data.sources !== undefined && !isHashMap(data.sources))) {
    throw fail('translation/record', 'the translation record does not have the shape Hexapla writes (editions: and sources:)', { file, line: 1 }, hint);
  }
  for (const [lang, units] of Object.entries(data.editions ?? {})) {
    if (!isLanguageCode(lang) || !isHashMap(units)) {
      throw fail('translation/record', `"${lang}" under editions: is not a UN language with unit hashes`, { file }, hint);
    }
    record.editions[lang] = units;
  }
  record.sources = (data.sources as Record<string, string> | undefined) ?? {};
  record.exists = true;
  return record;
}

export async function writeTranslationRecord(record: TranslationRecord, original: LanguageCode): Promise<void> {
  // Only the texts some edition still points at are kept.
  const used = new Set(Object.values(record.editions).flatMap((units) => Object.values(units ?? {})));
  const sortIds = (units: Record<string, string>) => Object.fromEntries(Object.entries(units).sort(([a], [b]) => compareUnitIds(a, b)));
  const editions = Object.fromEntries(
    Object.entries(record.editions)
      .filter(([lang]) => lang !== original)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([lang, units]) => [lang, sortIds(units ?? {})]),
  );
  const sources = Object.fromEntries(Object.entries(record.sources).filter(([hash]) => used.has(hash)).sort(([a], [b]) => (a < b ? -1 : 1)));
  const header = '# What each translated unit was translated from (hexapla sync, hexapla xliff import). Commit it.\n';
  await writeFileAtomic(record.absolute, header + stringify({ original, editions, sources }, { lineWidth: 0 }));
  record.exists = true;
}

/** para-2 before para-10: ids compared with their numbers as numbers. */
export function compareUnitIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
