/**
 * Hyphenation transform: soft hyphens (U+00AD) at the break points of TeX's patterns (from the
 * language profile), so justified English, French, Spanish and Russian text breaks words the way
 * printed UN documents do. Chromium on Linux ships no hyphenation dictionaries, so CSS
 * `hyphens: auto` alone would never break a word. Links, labels and URLs are left whole.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import createHyphenator from 'hyphen/hyphen.js';
import { LANGUAGES, type LanguageCode } from '../languages/index.ts';

const hyphenators = new Map<LanguageCode, (text: string) => string>();

/**
 * Words longer than this are left whole: no word of these languages is, and the patterns take
 * time quadratic in a word's length (a 100 000-letter "word" took 31 s).
 */
const LONGEST_WORD = 60;
const LONG_RUN = new RegExp(`\\S{${LONGEST_WORD + 1},}`);

function hyphenatorFor(lang: LanguageCode): ((text: string) => string) | undefined {
  const patterns = LANGUAGES[lang].hyphenation;
  if (!patterns) return undefined;
  if (!hyphenators.has(lang)) {
    const hyphenate = createHyphenator(patterns, { html: false, minWordLength: 7 });
    hyphenators.set(lang, (text) => (LONG_RUN.test(text) ? text.replace(/\S+/g, (word) => (word.length > LONGEST_WORD ? word : hyphenate(word))) : hyphenate(text)));
  }
  return hyphenators.get(lang);
}

export function remarkHyphenate(options: { lang: LanguageCode }) {
  const hyphenate = hyphenatorFor(options.lang);
  return (tree: Root) => {
    if (!hyphenate) return;
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') return SKIP;
      if (node.type === 'text' && !(node.data as { hName?: string } | undefined)?.hName && !/:\/\/|@|www\./.test(node.value)) {
        node.value = hyphenate(node.value);
      }
      return undefined;
    });
  };
}
