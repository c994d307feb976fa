/**
 * The building blocks of a language's citation forms ("General Assembly resolution 74/32",
 * "résolution 2231 (2015) du Conseil de sécurité" …). Each language profile
 * (scripts/languages/<lang>.ts) puts its own forms together from these; citations.ts reads them.
 */
import type { OrganMention } from './organs.ts';

export interface CitationForms {
  /** End-anchored, run on the text before a list. Groups: `kw` keyword, `organ`, `pre` (en). */
  lead: RegExp;
  /** Start-anchored, run on the text after a list. Groups: `organ`, `kw` (zh "号决议"). */
  trail?: RegExp;
  /** Start-anchored: the list is followed by the name of some other body. */
  foreignTrail?: RegExp;
  /** Whole gap between two numbers of one list. */
  separator: RegExp;
  /** Organ names as written in this language, keyed in lower case. */
  organs: Record<string, OrganMention>;
  /** Whether a keyword means a decision rather than a resolution. */
  decisionKeyword: RegExp;
}

export type { OrganMention } from './organs.ts';

/** A regex alternation of phrases, longest first; spaces match any space, ' matches ’ too. */
export function alternation(phrases: string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '[\\s\\u00A0]+'))
    .join('|');
}

/** A generic organ ("du Conseil") counts only when not qualified ("du Conseil d'administration"). */
export const UNQUALIFIED = String.raw`(?=[\s\u00A0]*(?:[^\p{L}\s'’]|$)|[\s\u00A0]+(?:en|et|ou|y|o|e|и|или|от|and|or|of)[\s\u00A0])`;

export const SPACE = String.raw`[\s\u00A0]`;

/** `, ` / ` and ` / `, and ` with the language's conjunctions, optionally after a date. */
export function listSeparator(date: string, conjunctions: string[]): RegExp {
  const and = conjunctions.join('|');
  return new RegExp(
    String.raw`^(?:${date})?(?:${SPACE}*,${SPACE}*(?:(?:${and})${SPACE}+)?|${SPACE}+(?:${and})${SPACE}+)$`,
    'u',
  );
}

/** Organs named after the list (fr, es, ru): specific names, then generic ones if unqualified. */
export function trailingOrgan(prefix: string, specific: Record<string, OrganMention>, generic: Record<string, OrganMention>): RegExp {
  return new RegExp(
    String.raw`^${prefix}(?<organ>${alternation(Object.keys(specific))}|(?:${alternation(Object.keys(generic))})${UNQUALIFIED})`,
    'iu',
  );
}
