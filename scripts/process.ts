/**
 * One edition through the middle of the pipeline: parse → transform (glossary, number,
 * cross-reference, link, typography, hyphenation) → outline and HTML body. Pure: text in, data out.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Locale } from './load/locales.ts';
import { parseMarkdown } from './parse/markdown.ts';
import { renderBody } from './render/html.ts';
import { remarkCrossReferences } from './transform/cross-reference.ts';
import { remarkGlossary } from './transform/glossary.ts';
import { remarkHyphenate } from './transform/hyphenate.ts';
import { remarkLinkSymbols } from './transform/link-symbols.ts';
import { remarkNumberParagraphs } from './transform/number.ts';
import { extractOutline, type Outline } from './transform/outline.ts';
import { remarkTypography } from './transform/typography.ts';
import type { Edition } from './validate/metadata.ts';

export interface ProcessedEdition {
  edition: Edition;
  tree: Root;
  outline: Outline;
  bodyHtml: string;
}

export function processEdition(edition: Edition, locale: Locale, urlFor: (symbol: string) => string): ProcessedEdition {
  const file = new VFile({ path: edition.file });
  const processor = unified()
    .use(remarkGlossary, { term: (key: string) => locale.term(key), lang: edition.lang })
    .use(remarkNumberParagraphs, locale.layout.numbering)
    .use(remarkCrossReferences, { cite: (number: number) => locale.t('crossReference', { number }) })
    .use(remarkLinkSymbols, { lang: edition.lang, urlFor })
    .use(remarkTypography, { lang: edition.lang })
    .use(remarkHyphenate, { lang: edition.lang });
  const tree = processor.runSync(parseMarkdown(edition.body, edition.bodyLineOffset), file) as Root;
  return { edition, tree, outline: extractOutline(tree), bodyHtml: renderBody(tree) };
}
