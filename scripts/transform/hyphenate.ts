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

function hyphenatorFor(lang: LanguageCode): ((text: string) => string) | undefined {
  const patterns = LANGUAGES[lang].hyphenation;
  if (!patterns) return undefined;
  if (!hyphenators.has(lang)) hyphenators.set(lang, createHyphenator(patterns, { html: false, minWordLength: 7 }));
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
