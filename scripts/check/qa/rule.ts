/**
 * What a quality rule sees: a unit of the original and the same unit of a translated edition,
 * each read once (plain text, numbers, dates) however many rules and editions ask, and what a
 * rule gives back. Rules are plain functions; `index.ts` lists them.
 */
import type { LanguageCode } from '../../languages/index.ts';
import { withoutLinePrefixes, type TranslationUnit } from '../../translation/units.ts';
import type { QaFinding } from './finding.ts';
import { datesIn, numbersIn, plainText, type DateMention, type NumberToken } from './text.ts';

/** One unit of one edition, as the rules read it. Derived readings are computed on first use. */
export interface QaUnit {
  unit: TranslationUnit;
  lang: LanguageCode;
  /** The edition's file, relative to the project. */
  file: string;
  /** Symbols linked in the unit (from the processed edition's outline), when it is an outline unit. */
  symbols: readonly string[] | undefined;
  /** The text without Markdown (see `plainText`). */
  readonly plain: string;
  readonly numbers: readonly NumberToken[];
  readonly dates: readonly DateMention[];
}

export function qaUnit(unit: TranslationUnit, lang: LanguageCode, file: string, symbols: readonly string[] | undefined): QaUnit {
  let plain: string | undefined;
  let numbers: NumberToken[] | undefined;
  let dates: DateMention[] | undefined;
  return {
    unit,
    lang,
    file,
    symbols,
    get plain() {
      return (plain ??= plainText(withoutLinePrefixes(unit.text)));
    },
    get numbers() {
      return (numbers ??= numbersIn(this.plain));
    },
    get dates() {
      return (dates ??= datesIn(this.plain, lang));
    },
  };
}

/**
 * A rule: `pair` rules compare a translated unit with the original's (they never run on the
 * original edition); `edition` rules look at one edition's unit on its own (the original's too),
 * and are given the original alongside only for reference.
 */
export interface QaRule {
  id: string;
  scope: 'pair' | 'edition';
  check(original: QaUnit, translated: QaUnit): QaFinding[];
}

/** A finding at `unit` (at the line of `offset` in its text, when given). */
export function qaFinding(rule: string, at: QaUnit, message: string, hint: string, offset?: number): QaFinding {
  const { unit } = at;
  let line = unit.line;
  if (offset !== undefined && unit.ranges.length === 1) {
    for (let i = unit.text.indexOf('\n'); i !== -1 && i < offset; i = unit.text.indexOf('\n', i + 1)) line++;
  }
  return { severity: 'warning', rule, message, hint, location: { file: at.file, line }, unit: unit.id, lang: at.lang };
}

/** "2 November 1995"-style quoting of pieces of text in messages. */
export function quoted(text: string): string {
  const short = text.replace(/\s+/g, ' ').trim();
  return `“${short.length > 60 ? `${short.slice(0, 57)}…` : short}”`;
}
