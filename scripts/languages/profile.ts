/**
 * What a language profile holds: every fact about writing a UN document in one language that is
 * not a translatable string (those stay in locales/<lang>/*.json). One file per language in this
 * folder; test/languages.test.ts checks that each is complete and agrees with its locale.
 */
import type { CitationForms } from '../symbols/forms.ts';

/** A label style: a counting system (see transform/labels.ts) and how the label is punctuated. */
export interface LabelStyle {
  labels: CountingSystem;
  /** `{{label}}` is replaced by the count, e.g. "({{label}})" → "(a)". */
  format: string;
}

export type CountingSystem =
  | 'decimal'
  | 'latin'
  | 'LATIN'
  | 'roman'
  | 'ROMAN'
  | 'CYRILLIC'
  | 'abjad'
  | 'CJK'
  | 'ARABIC-ORDINAL'
  | 'ARABIC-ORDINAL-MASCULINE'
  | 'ARABIC-LETTER-NAMES';

/** A typographic replacement on running text (never on URLs, symbols or code). */
export type TypographyRule = [pattern: RegExp, replacement: string];

export interface LanguageProfile {
  code: string;
  /** The language's English name, for messages. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  /** The language segment of the UN resolver's URLs (the Chinese edition uses "ch", as UN PDFs do). */
  resolverCode: string;
  /** The letter after the job number on the first page: 21-17096 (C). */
  editionLetter: string;
  /** CSS font families, first choice first; each must be shipped by render/assets.ts. */
  fonts: string[];
  /**
   * How emphasis is set. Chinese and Arabic faces have no italic, and a synthesised slant is not
   * how those editions mark words: they get another weight instead.
   */
  emphasis: 'italic' | 'bold';
  numbering: {
    /** How a paragraph number is written: "{{number}}." or, in Arabic, "{{number}} -". */
    paragraph: string;
    /** Sub-item levels: (a) → (i) → … */
    subItems: LabelStyle[];
    /** Heading levels: I. → A. → 1. */
    headings: LabelStyle[];
    /** A footnote's number at its call and before its text: "3", or "(3)" in Arabic. */
    footnote: string;
    /** How annexes are counted when there are several: Annex I, 附件一, المرفق الأول. */
    annexes: CountingSystem;
  };
  /** Where a footnote call goes around punctuation: after it (English) or before it (French). */
  noteCall: 'after-punctuation' | 'before-punctuation';
  typography: TypographyRule[];
  /** TeX hyphenation patterns (the `hyphen` package), or none for scripts that do not hyphenate. */
  hyphenation?: unknown;
  /** Spelled-out ordinal for sessions and meetings ("seventy-sixth", "七十六"); see locales for the phrase around it. */
  ordinal(n: number): string;
  /** A meeting's number as the meeting lines write it (English adds its suffix: 46th; others put theirs in the locale string). */
  meetingNumber(n: number): string;
  /** How running text cites resolutions and decisions in this language. */
  citations: CitationForms;
}
