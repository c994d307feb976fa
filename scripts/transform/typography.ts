/**
 * Typography transform: the spaces each language's typesetters use, so a line never breaks
 * between a word and its punctuation. French puts a narrow no-break space before ; ! ? and a
 * no-break space before : and inside « »; Russian and Spanish keep "No. 5"-style pairs together.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { LanguageCode } from '../languages.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

type Rule = [RegExp, string];

const RULES: Partial<Record<LanguageCode, Rule[]>> = {
  fr: [
    [/[ \u00A0\u202F]*([;!?])/g, `${NNBSP}$1`],
    [/(\S)[ \u00A0]*:(?=\s|$)/g, `$1${NBSP}:`],
    [/«[ \u00A0]*/g, `«${NBSP}`],
    [/[ \u00A0]*»/g, `${NBSP}»`],
  ],
  ru: [[/(\d) (года|г\.)/g, `$1${NBSP}$2`]],
  es: [[/(\d) (de )/g, `$1${NBSP}$2`]],
};

export function remarkTypography(options: { lang: LanguageCode }) {
  const rules = RULES[options.lang] ?? [];
  return (tree: Root) => {
    if (rules.length === 0) return;
    visit(tree, 'text', (node) => {
      for (const [pattern, replacement] of rules) node.value = node.value.replace(pattern, replacement);
    });
  };
}
