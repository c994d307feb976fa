/**
 * Typography: the spaces and apostrophes each language's typesetters use (rules in the language
 * profiles), as one function that the tree transform and the templates share, so the title block
 * and the body agree. It never touches URLs, e-mail addresses or document symbols: French spacing
 * must not turn `?a=1` into ` ?a=1`.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { LANGUAGES, type LanguageCode } from '../languages/index.ts';

/** Runs of text that typography leaves alone: URLs, www. addresses, e-mail addresses. */
// The lookbehind makes the e-mail branch start only at the beginning of a run of word
// characters: without it, a long run without "@" is rescanned from every position (quadratic).
const UNTOUCHABLE = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"]*|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Stands in for an untouchable run while the rules apply, so rules still see a word there. */
const PLACEHOLDER = '\uE000';

export function typeset(text: string, lang: LanguageCode): string {
  const rules = LANGUAGES[lang].typography;
  if (rules.length === 0 || text === '' || text.includes(PLACEHOLDER)) return rules.length === 0 || text === '' ? text : rules.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement), text);
  const kept: string[] = [];
  const masked = text.replace(UNTOUCHABLE, (run) => {
    kept.push(run);
    return PLACEHOLDER;
  });
  const done = rules.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement), masked);
  let index = 0;
  return kept.length === 0 ? done : done.replace(/\uE000/g, () => kept[index++] ?? '');
}

export function remarkTypography(options: { lang: LanguageCode }) {
  return (tree: Root) => {
    if (LANGUAGES[options.lang].typography.length === 0) return;
    visit(tree, (node) => {
      // Link text may be a URL or a symbol: it stays as written.
      if (node.type === 'link' || node.type === 'inlineCode' || node.type === 'code') return SKIP;
      if (node.type === 'text') node.value = typeset(node.value, options.lang);
      return undefined;
    });
  };
}
