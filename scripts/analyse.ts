/**
 * A document read and understood, not rendered: its metadata validated, each edition processed
 * (parse → transform → structure), the editions checked against the original. What the build
 * plans from, and what the translators' tools (status, XLIFF, QA, the parallel edition) read.
 * Pure but for reading the document's folder listing; any error stops it with all errors found.
 */
import path from 'node:path';
import { glob } from 'glob';
import { checkParity } from './check/parity.ts';
import { Diagnostics, problem, type Diagnostic } from './diagnostics.ts';
import { DOCUMENT_TYPE_RULES, type DocumentTypeRules } from './doctypes/index.ts';
import { LANGUAGES, UN_LANGUAGES, type LanguageCode } from './languages/index.ts';
import { symbolUrlBuilder } from './links.ts';
import type { DocumentSource } from './load/content.ts';
import type { Locales } from './load/locales.ts';
import { processEdition, type ProcessedEdition } from './process.ts';
import type { Outline } from './structure/outline.ts';
import { mastheadNotes, typeContextFor } from './render/context.ts';
import { checkGlossaryKeys, validateDocumentMeta, validateEdition, type DocumentMeta, type Edition } from './validate/metadata.ts';

export interface AnalysedDocument {
  meta: DocumentMeta;
  rules: DocumentTypeRules;
  /** Every edition the document has, processed. */
  processed: ProcessedEdition[];
  warnings: Diagnostic[];
}

/** The resolver address for each language, built once per configuration. */
export function urlBuilders(resolver: string): Map<LanguageCode, (symbol: string) => string> {
  return new Map(UN_LANGUAGES.map((lang) => [lang, symbolUrlBuilder(resolver, LANGUAGES[lang].resolverCode)]));
}

export async function analyseDocument(
  source: DocumentSource,
  locales: Locales,
  urlFor: Map<LanguageCode, (symbol: string) => string>,
  options: {
    /** Whether editions are to be printed (soft hyphens); true, false, or the languages that are. */
    forPrint?: boolean | LanguageCode[];
    /** Editions known from an earlier analysis of the same text: not processed again, only compared. */
    known?: Map<LanguageCode, { file: string; outline: Outline }>;
  } = {},
): Promise<AnalysedDocument> {
  const meta = validateDocumentMeta(source.meta);
  const rules = DOCUMENT_TYPE_RULES[meta.type];
  const local = new Diagnostics();
  const editions = source.editions.map((e) => local.capture(() => validateEdition(e, meta.type))).filter((e): e is Edition => e !== undefined);
  const langs = source.editions.map((e) => e.lang);
  local.add(...checkGlossaryKeys(source.meta, meta, langs, (lang, key) => locales.get(lang)!.term(key) !== undefined));
  if (!langs.includes(meta.original)) {
    local.add(
      problem(
        'content/missing-original',
        `the original language is ${LANGUAGES[meta.original].englishName} (original: ${meta.original}), but there is no ${meta.original}.md`,
        { file: source.meta.file, line: lineOf(source.meta.text, 'original') },
        `add ${path.posix.join(path.posix.dirname(source.meta.file), `${meta.original}.md`)}, or set "original" to the language the document was submitted in`,
      ),
    );
  }
  local.throwIfErrors();

  const documentFiles = new Set(
    (await glob('**/*', { cwd: source.dir, nodir: true, posix: true, dot: false })).filter((name) => !/\.(md|yml)$/i.test(name) || name.includes('/')),
  );
  const processed: ProcessedEdition[] = [];
  for (const edition of editions) {
    if (options.known?.has(edition.lang)) continue;
    const locale = locales.get(edition.lang)!;
    const result = processEdition({
      edition,
      locale,
      rules,
      typeContext: typeContextFor(meta, edition, locale),
      urlFor: urlFor.get(edition.lang)!,
      documentFiles,
      mastheadNotes: mastheadNotes(meta, locale),
      hyphenate: Array.isArray(options.forPrint) ? options.forPrint.includes(edition.lang) : options.forPrint !== false,
    });
    local.add(...result.diagnostics);
    processed.push(result);
  }
  local.throwIfErrors();
  // Every edition is compared with the original-language one.
  const outlines = [...processed.map((p) => ({ lang: p.edition.lang, file: p.edition.file, outline: p.outline })), ...[...(options.known ?? [])].map(([lang, known]) => ({ lang, ...known }))];
  const byOriginalFirst = outlines.sort((a, b) => Number(b.lang === meta.original) - Number(a.lang === meta.original));
  local.add(...checkParity(source.id, byOriginalFirst));
  local.throwIfErrors();
  return { meta, rules, processed, warnings: local.warnings };

}

/** The 1-based line of a top-level YAML field, for messages about document.yml. */
function lineOf(yaml: string, field: string): number | undefined {
  const index = yaml.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return index >= 0 ? index + 1 : undefined;
}
