/**
 * Typography transform: the spaces each language's typesetters use, so a line never breaks
 * between a word and its punctuation. French puts a narrow no-break space before ; ! ? and a
 * no-break space before : and inside « »; Russian and Spanish keep a number with the word
 * after it; apostrophes inside words become typographic ones.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { LanguageCode } from '../languages.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

type Rule = [RegExp, string];

/** A typewriter apostrophe inside a word is the typographic one: l'article → l’article. */
const APOSTROPHE: Rule = [/(\p{L})'(?=\p{L})/gu, '$1\u2019'];

const RULES: Partial<Record<LanguageCode, Rule[]>> = {
  en: [APOSTROPHE],
  fr: [
    APOSTROPHE,
    [/[ \u00A0\u202F]*([;!?])/g, `${NNBSP}$1`],
    [/(\S)[ \u00A0]*:(?=\s|$)/g, `$1${NBSP}:`],
    [/«[ \u00A0]*/g, `«${NBSP}`],
    [/[ \u00A0]*»/g, `${NBSP}»`],
  ],
  ru: [[/(\d) (года|г\.)/g, `$1${NBSP}$2`]],
  es: [APOSTROPHE, [/(\d) (de )/g, `$1${NBSP}$2`]],
};

export function remarkTypography(options: { lang: LanguageCode }) {
  const rules = RULES[options.lang] ?? [];
  return (tree: Root) => {
    if (rules.length === 0) return;
    visit(tree, (node) => {
      // Link text may be a URL or a symbol: it stays as written.
      if (node.type === 'link' || node.type === 'inlineCode' || node.type === 'code') return SKIP;
      if (node.type === 'text') for (const [pattern, replacement] of rules) node.value = node.value.replace(pattern, replacement);
      return undefined;
    });
  };
}
