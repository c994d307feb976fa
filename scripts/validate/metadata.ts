/**
 * Validate stage: the document's shared metadata (document.yml) and each edition's front matter
 * (gray-matter), checked against schemas. Every error names the file, the field and its line.
 */
import YAML, { LineCounter, isNode } from 'yaml';
import { z } from 'zod';
import { HexaplaError } from '../errors.ts';
import { UN_LANGUAGES, type LanguageCode } from '../languages.ts';
import type { EditionSource, SourceFile } from '../load/content.ts';
import { splitFrontMatter } from '../parse/front-matter.ts';

const isoDate = z
  .string({ invalid_type_error: 'expected a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real calendar date');

/** YAML reads 2117096 or 16 as numbers; fields that are text take them as written. */
const text = (schema: z.ZodString) => z.preprocess((value) => (typeof value === 'number' ? String(value) : value), schema);

const glossaryKey = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a glossary key such as "new-york" (see locales/<lang>/glossary.json)');

export const DocumentMetaSchema = z
  .object({
    symbol: z
      .string()
      .regex(/^[A-Z][A-Za-z0-9.-]*(?:\/[A-Za-z0-9.-]+)+(?: \(\d{4}\))?\*?$/, 'expected a UN document symbol such as A/76/123 or NPT/CONF.2020/WP.20'),
    jobNumber: text(z.string().regex(/^\d{2}-\d{5}$/, 'expected a job number such as 21-17096')),
    distribution: z.enum(['general', 'limited', 'restricted']),
    date: isoDate,
    original: z.enum(UN_LANGUAGES),
    body: glossaryKey,
    session: z
      .object({ place: glossaryKey, start: isoDate, end: isoDate.optional() })
      .strict()
      .refine((s) => !s.end || s.end >= s.start, { message: 'session ends before it starts', path: ['end'] })
      .optional(),
    agendaItem: text(z.string().min(1)).optional(),
  })
  .strict();
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const EditionMetaSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().min(1).optional(),
    agendaTitle: z.string().min(1).optional(),
  })
  .strict();
export type EditionMeta = z.infer<typeof EditionMetaSchema>;

export interface Edition {
  lang: LanguageCode;
  file: string;
  meta: EditionMeta;
  /** Markdown after the front matter. */
  body: string;
  /** Lines before the body, added to tree positions so messages give the file's real line. */
  bodyLineOffset: number;
}

export function validateDocumentMeta(source: SourceFile): DocumentMeta {
  return validateYaml(source.text, 0, source.file, DocumentMetaSchema, 'the document metadata');
}

export function validateEdition(source: EditionSource): Edition {
  const split = splitFrontMatter(source.text);
  if (!split.hasFrontMatter) {
    throw new HexaplaError('missing front matter', {
      location: { file: source.file, line: 1 },
      hint: 'start the file with ---, a line "title: …", and ---',
    });
  }
  // The front matter's YAML starts on line 2, after the opening ---.
  const meta = validateYaml(split.frontMatter, 1, source.file, EditionMetaSchema, 'the front matter');
  return {
    lang: source.lang,
    file: source.file,
    meta,
    body: split.body,
    bodyLineOffset: split.bodyLineOffset,
  };
}

function validateYaml<T extends z.ZodTypeAny>(text: string, lineOffset: number, file: string, schema: T, what: string): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new HexaplaError(`YAML syntax error in ${what}: ${error.message.split('\n')[0]}`, {
      location: { file, line: lineAt(error.pos[0]) },
      hint: 'check indentation and quote values that contain a colon',
    });
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const issuePath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const field = issue.path.join('.');
  // Point at the field itself, or at its nearest parent that exists.
  let line = lineOffset + 1;
  for (let depth = issuePath.length; depth > 0; depth--) {
    const node = doc.getIn(issuePath.slice(0, depth), true);
    if (isNode(node) && node.range) {
      line = lineAt(node.range[0]);
      break;
    }
  }
  const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
  const unknown = issue.code === 'unrecognized_keys';
  const message = missing
    ? `missing field "${field}" in ${what}`
    : unknown
      ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${what}`
      : `field "${field}" in ${what}: ${issue.message}`;
  const knownFields = Object.keys((schema as unknown as z.AnyZodObject).shape ?? {}).join(', ');
  return raise(message, file, line, unknown ? `known fields: ${knownFields}` : fieldHint(field));
}

function fieldHint(field: string): string {
  const hints: Record<string, string> = {
    symbol: 'write the symbol as issued, e.g. symbol: A/76/123',
    jobNumber: 'write the job number as printed in the footer, e.g. jobNumber: 21-17096',
    date: 'write the date as YYYY-MM-DD; each edition formats it in its own language',
    original: `one of ${UN_LANGUAGES.join(', ')}`,
    distribution: 'one of general, limited, restricted',
    title: 'add "title: …" to the front matter of this language file',
  };
  return hints[field] ?? hints[field.split('.').pop()!] ?? 'see "Content model" in README.md';
}

function raise(message: string, file: string, line: number, hint: string): never {
  throw new HexaplaError(message, { location: { file, line }, hint });
}

/**
 * The glossary keys document.yml names (its organ, its session's place) must exist in every
 * edition's glossary; a missing one is reported at its line in document.yml.
 */
export function checkGlossaryKeys(source: SourceFile, meta: DocumentMeta, langs: LanguageCode[], hasTerm: (lang: LanguageCode, key: string) => boolean): void {
  const keys: { path: string[]; key: string }[] = [{ path: ['body'], key: meta.body }];
  if (meta.session) keys.push({ path: ['session', 'place'], key: meta.session.place });
  for (const { path: fieldPath, key } of keys) {
    const missingIn = langs.filter((lang) => !hasTerm(lang, key));
    if (missingIn.length === 0) continue;
    const lineCounter = new LineCounter();
    const node = YAML.parseDocument(source.text, { lineCounter }).getIn(fieldPath, true);
    const line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
    raise(
      `field "${fieldPath.join('.')}" names glossary term "${key}", which is missing for ${missingIn.join(', ')}`,
      source.file,
      line ?? 1,
      `add "${key}" to ${missingIn.map((lang) => `locales/${lang}/glossary.json`).join(', ')}`,
    );
  }
}
