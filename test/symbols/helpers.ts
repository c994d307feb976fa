/** Shared test helpers: run the plugin the way the build does and read back its links. */
import type { Root } from 'mdast';
import { fromVFile, HexaplaError } from '../../scripts/diagnostics.ts';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { LanguageCode } from '../../scripts/languages/index.ts';
import { parseMarkdown } from '../../scripts/parse/markdown.ts';
import { toResolverForm } from '../../scripts/symbols/index.ts';
import { isSymbolLink, remarkLinkSymbols } from '../../scripts/transform/link-symbols.ts';

export const urlFor = (symbol: string): string => `https://undocs.org/ch/${toResolverForm(symbol)}`;

/** Runs the linker as the build does; problems it reports stop it, as they stop a build. */
export function linkMarkdown(markdown: string, lang: LanguageCode, path = 'test.md'): Root {
  const tree = parseMarkdown(markdown);
  const file = new VFile({ path, value: markdown });
  unified().use(remarkLinkSymbols, { lang, urlFor }).runSync(tree, file);
  const errors = fromVFile(file, path).filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new HexaplaError(errors);
  return tree;
}

/** `[link text, symbol]` of every link the plugin made, in document order. */
export function symbolLinks(tree: Root): [string, string][] {
  const links: [string, string][] = [];
  visit(tree, 'link', (node) => {
    if (!isSymbolLink(node)) return;
    const text = node.children.map((c) => ('value' in c ? c.value : '')).join('');
    links.push([text, String((node.data as { hProperties: { dataSymbol: string } }).hProperties.dataSymbol)]);
  });
  return links;
}
