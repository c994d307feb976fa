/**
 * What a document type decides: how its paragraphs are numbered, how repeated note calls are
 * treated, which partials lay out its head and its close, and how its title and annex headings
 * are worded. One file per type in this folder; index.ts maps `type:` in document.yml to them.
 */
import type { LanguageCode } from '../languages/index.ts';
import type { Locale } from '../load/locales.ts';
import type { ParagraphMode } from '../transform/structure.ts';
import type { DocumentMeta, DocumentType, Edition } from '../validate/metadata.ts';

export interface TypeContext {
  meta: DocumentMeta;
  edition: Edition;
  locale: Locale;
  lang: LanguageCode;
  /** A date in the edition's language. */
  date: (iso: string) => string;
  term: (key: string) => string;
}

export interface DocumentTypeRules {
  type: DocumentType;
  /** How the main text's paragraphs are numbered. */
  paragraphs: ParagraphMode;
  annexParagraphs: 'numbered' | 'unnumbered';
  /** `repeat`: a second call of a note is a new note with the same text (resolutions). */
  repeatedNoteCalls: 'reuse' | 'repeat';
  /** templates/partials/<name>.hbs that lays out what comes between the masthead and the text. */
  headPartial: string;
  /** A partial after the text (a resolution's meeting and date), if any. */
  closingPartial?: string;
  /** The title as printed. */
  title(context: TypeContext): string;
  /** The first line of annex `index` of `total`. */
  annexLabel(context: TypeContext, index: number, total: number): string;
}

/** "Annex", or "Annex I", "Annex II" … when there are several, in the edition's language. */
export function standardAnnexLabel({ locale }: TypeContext, index: number, total: number, countAnnex: (n: number) => string): string {
  return total > 1 ? locale.t('annex.numbered', { number: countAnnex(index) }) : locale.t('annex.single');
}
