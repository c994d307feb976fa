/**
 * `hexapla symbols --lang <code> [FILE] [--json]`: lists the links the linker would make, so an
 * author can check citations without building. Runs the very plugin the build runs, so directives
 * (`:symbol`, `:nolink`) behave identically. Only the listing goes to stdout.
 */
import { readFile } from 'node:fs/promises';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { fileSystemError } from '../diagnostics.ts';
import type { LanguageCode } from '../languages/index.ts';
import { decodeText } from '../load/text.ts';
import { splitFrontMatter } from '../parse/front-matter.ts';
import { parseMarkdown } from '../parse/markdown.ts';
import { isSymbolLink, remarkLinkSymbols } from '../transform/link-symbols.ts';

export interface SymbolsCommandOptions {
  lang: LanguageCode;
  /** Markdown file to read; standard input when absent. */
  file?: string;
  /** The file as the user wrote it, for messages. */
  shownAs?: string;
  json: boolean;
  urlFor: (symbol: string) => string;
  stdout: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export interface ListedLink {
  text: string;
  symbol: string;
  url: string;
}

export async function runSymbolsCommand(opts: SymbolsCommandOptions): Promise<void> {
  const shown = opts.shownAs ?? opts.file ?? '-';
  let bytes: Uint8Array;
  try {
    bytes = opts.file !== undefined ? await readFile(opts.file) : await readAll(opts.stdin);
  } catch (error) {
    throw fileSystemError(error, shown, 'read');
  }
  const source = decodeText(bytes, shown);
  const links = listSymbolLinks(source, { ...opts, file: shown });
  const output = opts.json
    ? `${JSON.stringify(links, null, 2)}\n`
    : links.map((l) => `${l.text}\t${l.symbol}\t${l.url}\n`).join('');
  opts.stdout.write(output);
}

/** The links the plugin makes in `markdown`, in document order. */
export function listSymbolLinks(
  markdown: string,
  opts: Pick<SymbolsCommandOptions, 'lang' | 'urlFor' | 'file'>,
): ListedLink[] {
  const file = new VFile({ path: opts.file, value: markdown });
  // Front matter is metadata, not prose; the body keeps the file's line numbers.
  const { body, bodyLineOffset } = splitFrontMatter(markdown);
  const tree = parseMarkdown(body, bodyLineOffset, opts.file ?? '');
  unified().use(remarkLinkSymbols, { lang: opts.lang, urlFor: opts.urlFor }).runSync(tree, file);

  const links: ListedLink[] = [];
  visit(tree, 'link', (node) => {
    if (!isSymbolLink(node)) return;
    const symbol = String((node.data as { hProperties: { dataSymbol: string } }).hProperties.dataSymbol);
    links.push({ text: toString(node), symbol, url: node.url });
  });
  return links;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
