/** Pieces several language profiles share. */
import type { LabelStyle, TypographyRule } from './profile.ts';

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** A typewriter apostrophe inside a word is the typographic one: l'article → l’article. */
export const APOSTROPHE: TypographyRule = [/(\p{L})'(?=\p{L})/gu, '$1\u2019'];

/** (a) → (i) sub-items, or a) → i) in the languages that write them so. */
export function latinSubItems(format: string): LabelStyle[] {
  return [
    { labels: 'latin', format },
    { labels: 'roman', format },
  ];
}
