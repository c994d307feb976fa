/** Pieces several language profiles share. */
import type { LabelStyle, TypographyRule } from './profile.ts';

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** A typewriter apostrophe inside a word is the typographic one: l'article → l’article. */
export const APOSTROPHE: TypographyRule = [/(\p{L})'(?=\p{L})/gu, '$1\u2019'];

/**
 * Digit groups written with a space ("4 812", "10 000") are held together by a no-break space:
 * the number never breaks across lines, and in Arabic the bidi algorithm keeps "4 812" in order
 * (a no-break space between digits is a number separator; a plain space reverses the groups).
 */
export const DIGIT_GROUPS: TypographyRule = [/(\d) (?=\d{3}(?!\d))/g, `$1${NBSP}`];

/** (a) → (i) sub-items, or a) → i) in the languages that write them so. */
export function latinSubItems(format: string): LabelStyle[] {
  return [
    { labels: 'latin', format },
    { labels: 'roman', format },
  ];
}

/**
 * Headings I., A., 1. — the UN's three levels in the languages written in Latin script; Russian
 * puts its own alphabet at the second level.
 */
export function unHeadings(secondLevel: 'LATIN' | 'CYRILLIC' = 'LATIN'): LabelStyle[] {
  return [
    { labels: 'ROMAN', format: '{{label}}.' },
    { labels: secondLevel, format: '{{label}}.' },
    { labels: 'decimal', format: '{{label}}.' },
  ];
}
