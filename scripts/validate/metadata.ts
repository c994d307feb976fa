/**
 * Validate stage: the document's shared metadata (document.yml) and each edition's front matter,
 * checked against schemas. Every problem names the file, the field and its line; all the
 * problems of one file are reported together.
 */
import YAML, { LineCounter, isMap, isNode, isScalar, type Document } from 'yaml';
import { z } from 'zod';
import { HexaplaError, problem, type Diagnostic } from '../diagnostics.ts';
import { UN_LANGUAGES, type LanguageCode } from '../languages/index.ts';
import type { EditionSource, SourceFile } from '../load/content.ts';
import { splitFrontMatter } from '../parse/front-matter.ts';

export const DOCUMENT_TYPES = ['report', 'working-paper', 'note', 'resolution', 'decision', 'letter'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The principal organs with a masthead of their own; other bodies are named by `body`. */
export const ORGANS = ['general-assembly', 'security-council', 'economic-and-social-council'] as const;
export type OrganId = (typeof ORGANS)[number];

const isoDate = z
  .string({ invalid_type_error: 'expected a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real calendar date');

/** YAML reads 2117096 or 16 as numbers; fields that are text take them as written. */
const text = (schema: z.ZodString) => z.preprocess((value) => (typeof value === 'number' ? String(value) : value), schema);

const glossaryKey = z.string({ invalid_type_error: 'expected a glossary key' }).regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a glossary key such as "new-york" (see locales/<lang>/glossary.json)');

/**
 * Organ / subsidiary bodies / type / numbers / suffixes (Add.1, Rev.1, Corr.1), a year in
 * parentheses for the Security Council, and `*` for a reissue.
 */
const SYMBOL = /^[A-Z][A-Za-z0-9.-]*(?:\/[A-Za-z0-9.-]+)+(?: \(\d{4}\))?\*?$/;
const symbol = z.string({ invalid_type_error: 'expected a document symbol' }).regex(SYMBOL, 'expected a UN document symbol such as A/76/123 or NPT/CONF.2020/WP.20');

export const DocumentMetaSchema = z
  .object({
    type: z.enum(DOCUMENT_TYPES).default('report'),
    symbol,
    jobNumber: text(z.string().regex(/^\d{2}-\d{5}$/, 'expected a job number such as 21-17096')),
    /** Defaults to limited for drafts (symbols with /L.), general otherwise. */
    distribution: z.enum(['general', 'limited', 'restricted']).optional(),
    date: isoDate,
    original: z.enum(UN_LANGUAGES),
    organ: z.enum(ORGANS).optional(),
    body: glossaryKey.optional(),
    session: z
      .object({
        number: z.number().int().positive().optional(),
        place: glossaryKey.optional(),
        start: isoDate.optional(),
        end: isoDate.optional(),
      })
      .strict()
      .refine((s) => !s.end || !s.start || s.end >= s.start, { message: 'session ends before it starts', path: ['end'] })
      .refine((s) => !s.end || s.start, { message: 'a session end needs a start', path: ['end'] })
      .refine((s) => s.number !== undefined || s.start !== undefined, { message: 'give the session a number (sessions of an organ) or dates (a conference)' })
      .optional(),
    agendaItem: text(z.string().min(1)).optional(),
    /** Symbol of the provisional agenda: the item line then says "of the provisional agenda*". */
    provisionalAgenda: symbol.optional(),
    /** Date of a reissue for technical reasons (the symbol then ends with *). */
    reissued: isoDate.optional(),
    /** Resolutions and decisions: when and at which meeting they were adopted. */
    adopted: z.object({ date: isoDate, meeting: z.number().int().positive() }).strict().optional(),
    /** Letters: the title is built from these, in each language. */
    letter: z.object({ date: isoDate, sender: glossaryKey, recipient: glossaryKey }).strict().optional(),
  })
  .strict()
  .superRefine((meta, context) => {
    const need = (condition: boolean, path: string, message: string) => {
      if (!condition) context.addIssue({ code: z.ZodIssueCode.custom, message, path: [path] });
    };
    need(meta.organ !== undefined || meta.body !== undefined, 'organ', 'name the organ (organ: general-assembly …) or the body that issues the document (body: <glossary key>)');
    need(meta.type !== 'letter' || meta.letter !== undefined, 'letter', 'a letter needs letter: { date, sender, recipient }');
    need(meta.letter === undefined || meta.type === 'letter', 'letter', 'only documents of type letter have a letter field');
    need(meta.adopted === undefined || meta.type === 'resolution' || meta.type === 'decision', 'adopted', 'only resolutions and decisions are adopted');
    need((meta.type !== 'resolution' && meta.type !== 'decision') || meta.organ !== undefined, 'organ', 'a resolution or decision needs the organ that adopts it');
    need(meta.reissued === undefined || meta.symbol.endsWith('*'), 'reissued', 'a reissued document\'s symbol ends with * (e.g. A/76/123*)');
    need(meta.provisionalAgenda === undefined || meta.agendaItem !== undefined, 'provisionalAgenda', 'a provisional agenda needs the agendaItem it refers to');
    need(!isDraft(meta.symbol) || meta.distribution === undefined || meta.distribution === 'limited', 'distribution', 'a draft (/L. symbol) has limited distribution');
  })
  .transform((meta) => ({ ...meta, distribution: meta.distribution ?? (isDraft(meta.symbol) ? 'limited' : 'general') }));
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/** A limited-distribution draft: A/C.1/76/L.12, A/76/L.75. */
export function isDraft(symbol: string): boolean {
  return /\/L\.\d/.test(symbol);
}

export const EditionMetaSchema = z
  .object({
    title: z.string({ invalid_type_error: 'expected text' }).min(1),
    subtitle: z.string({ invalid_type_error: 'expected text' }).min(1).optional(),
    agendaTitle: z.string({ invalid_type_error: 'expected text' }).min(1).optional(),
    /** A note on the title (printed at the foot of the first page with an asterisk). */
    titleNote: z.string({ invalid_type_error: 'expected text' }).min(1).optional(),
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

/** Letters build their title from document.yml: the front matter's title is then optional. */
export function validateEdition(source: EditionSource, type: DocumentType = 'report'): Edition {
  const split = splitFrontMatter(source.text, source.file);
  if (!split.hasFrontMatter) {
    if (type === 'letter') return { lang: source.lang, file: source.file, meta: { title: '' }, body: split.body, bodyLineOffset: 0 };
    throw new HexaplaError(problem('front-matter/missing', 'missing front matter', { file: source.file, line: 1 }, 'start the file with ---, a line "title: …", and ---'));
  }
  const schema = type === 'letter' ? EditionMetaSchema.extend({ title: EditionMetaSchema.shape.title.default('') }) : EditionMetaSchema;
  // The front matter's YAML starts on line 2, after the opening ---.
  const meta = validateYaml(split.frontMatter, 1, source.file, schema, 'the front matter');
  return { lang: source.lang, file: source.file, meta, body: split.body, bodyLineOffset: split.bodyLineOffset };
}

function validateYaml<T extends z.ZodTypeAny>(text: string, lineOffset: number, file: string, schema: T, what: string): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  if (doc.errors.length > 0) {
    throw new HexaplaError(
      doc.errors.map((error) => {
        const colon = /mapping|compact|Implicit keys/i.test(error.message);
        return problem(
          'yaml/syntax',
          `YAML syntax error in ${what}: ${error.message.split('\n')[0]}`,
          { file, line: lineAt(error.pos[0]) },
          colon ? 'a value that contains a colon must be quoted, e.g. title: "Nuclear disarmament: a review"' : 'check the indentation, and quote values that contain a colon or start with a special character',
        );
      }),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // The yaml package refuses alias "bombs" (an alias expanding to millions of nodes).
    throw new HexaplaError(problem('yaml/syntax', `YAML error in ${what}: ${(error as Error).message}`, { file, line: lineOffset + 1 }, 'write the values out; YAML aliases (&name, *name) are not needed here'));
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new HexaplaError(problem('yaml/not-a-mapping', `${what} is not a list of fields`, { file, line: lineOffset + 1 }, 'write one "field: value" per line'));
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // One problem per field: a malformed date fails its pattern and its calendar check alike.
  const seen = new Set<string>();
  const issues = result.error.issues.filter((issue) => {
    const key = issue.path.join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  throw new HexaplaError(issues.map((issue) => describeIssue(issue, doc, lineAt, lineOffset, file, schema, what)));
}

function describeIssue(issue: z.ZodIssue, doc: Document, lineAt: (offset: number) => number, lineOffset: number, file: string, schema: z.ZodTypeAny, what: string): Diagnostic {
  const issuePath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const field = issue.path.join('.');
  // Point at the field's key, or at its nearest parent that exists.
  let line = lineOffset + 1;
  for (let depth = issuePath.length; depth > 0; depth--) {
    const offset = keyOffset(doc, issuePath.slice(0, depth));
    if (offset !== undefined) {
      line = lineAt(offset);
      break;
    }
  }
  const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
  const unknown = issue.code === 'unrecognized_keys';
  if (unknown) {
    return problem('metadata/unknown-field', `unknown field ${issue.keys.map((k) => `"${[...issue.path, k].join('.')}"`).join(', ')} in ${what}`, { file, line }, `known fields: ${knownFields(schema, issue.path)}`);
  }
  if (missing) return problem('metadata/missing-field', `missing field "${field}" in ${what}`, { file, line }, fieldHint(field));
  return problem('metadata/invalid-field', `field "${field}" in ${what}: ${issue.message}`, { file, line }, fieldHint(field));
}

/** Where the key of the field at `path` starts (its value may start on the next line). */
function keyOffset(doc: Document, path: (string | number)[]): number | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]);
    if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
  }
  const node = doc.getIn(path, true);
  return isNode(node) && node.range ? node.range[0] : undefined;
}

/** The fields a (possibly nested) object schema knows, for the hint of an unknown field. */
function knownFields(schema: z.ZodTypeAny, at: (string | number)[]): string {
  let current: z.ZodTypeAny = schema;
  const unwrap = (s: z.ZodTypeAny): z.ZodTypeAny => {
    let inner = s;
    for (;;) {
      if (inner instanceof z.ZodEffects) inner = inner.innerType();
      else if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner._def.innerType;
      else return inner;
    }
  };
  current = unwrap(current);
  for (const key of at) {
    if (!(current instanceof z.ZodObject)) break;
    current = unwrap(current.shape[key as string]);
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape).join(', ') : 'see "Content model" in README.md';
}

function fieldHint(field: string): string {
  const hints: Record<string, string> = {
    type: `one of ${DOCUMENT_TYPES.join(', ')}`,
    symbol: 'write the symbol as issued, e.g. symbol: A/76/123',
    jobNumber: 'write the job number as printed in the footer, e.g. jobNumber: 21-17096',
    date: 'write the date as YYYY-MM-DD; each edition formats it in its own language',
    original: `one of ${UN_LANGUAGES.join(', ')}`,
    distribution: 'one of general, limited, restricted',
    organ: `organ: one of ${ORGANS.join(', ')}; or body: <glossary key> for a conference or other body`,
    title: 'add "title: …" to the front matter of this language file',
    letter: 'write letter: { date: 2022-05-03, sender: <glossary key of the sender>, recipient: <glossary key, e.g. secretary-general> }',
    adopted: 'write adopted: { date: 2021-12-06, meeting: 46 } on a resolution or a decision only',
    reissued: 'reissued: YYYY-MM-DD, with * at the end of the symbol',
    number: 'the session\'s number, e.g. number: 76 for the seventy-sixth session',
  };
  return hints[field] ?? hints[field.split('.').pop()!] ?? 'see "Content model" in README.md';
}

/** The glossary keys document.yml names, with their paths, for the check that every language has them. */
export function glossaryKeysOf(meta: DocumentMeta): { path: string[]; key: string }[] {
  const keys: { path: string[]; key: string }[] = [];
  if (meta.organ) keys.push({ path: ['organ'], key: meta.organ });
  if (meta.body) keys.push({ path: ['body'], key: meta.body });
  if (meta.session?.place) keys.push({ path: ['session', 'place'], key: meta.session.place });
  if (meta.letter) keys.push({ path: ['letter', 'sender'], key: meta.letter.sender }, { path: ['letter', 'recipient'], key: meta.letter.recipient });
  return keys;
}

/**
 * The glossary keys document.yml names (its organ, its session's place, a letter's sender) must
 * exist in every edition's glossary; a missing one is reported at its line in document.yml.
 */
export function checkGlossaryKeys(source: SourceFile, meta: DocumentMeta, langs: LanguageCode[], hasTerm: (lang: LanguageCode, key: string) => boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(source.text, { lineCounter });
  for (const { path: fieldPath, key } of glossaryKeysOf(meta)) {
    const missingIn = langs.filter((lang) => !hasTerm(lang, key));
    if (missingIn.length === 0) continue;
    const node = doc.getIn(fieldPath, true);
    const line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : 1;
    diagnostics.push(
      problem(
        'glossary/missing-term',
        `field "${fieldPath.join('.')}" names glossary term "${key}", which is missing for ${missingIn.join(', ')}`,
        { file: source.file, line },
        `add "${key}" to ${missingIn.map((lang) => `locales/${lang}/glossary.json`).join(', ')}`,
      ),
    );
  }
  return diagnostics;
}
