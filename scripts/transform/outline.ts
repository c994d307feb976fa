/**
 * The outline of an edition: its numbered paragraphs, their sub-items and the symbols each one
 * links, as plain data. Parity checks, the side-by-side view and summaries read this, not the tree.
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';

export interface OutlineParagraph {
  number: number;
  /** Source line of the paragraph in its Markdown file. */
  line?: number;
  /** Ids of the sub-items that belong to it: para-5-a, para-5-a-i … */
  subItems: string[];
  /** Symbols linked in the paragraph and its sub-items, in order. */
  symbols: string[];
  /** Characters of text, spaces left out: lets parity checks align editions by length. */
  length: number;
}

export interface Outline {
  paragraphs: OutlineParagraph[];
}

interface NodeData {
  paraNumber?: number;
  subItem?: string;
  hProperties?: { dataSymbol?: string };
}

export function extractOutline(tree: Root): Outline {
  const paragraphs: OutlineParagraph[] = [];
  let current: OutlineParagraph | undefined;
  const collect = (node: RootContent) => {
    visit(node, (child) => {
      const data = child.data as NodeData | undefined;
      if (data?.subItem && current) current.subItems.push(data.subItem);
      if (child.type === 'link' && data?.hProperties?.dataSymbol && current) current.symbols.push(data.hProperties.dataSymbol);
    });
    if (current) current.length += toString(node).replace(/\s+/g, '').length;
  };
  for (const node of tree.children) {
    const number = (node.data as NodeData | undefined)?.paraNumber;
    if (number !== undefined) {
      current = { number, line: node.position?.start.line, subItems: [], symbols: [], length: 0 };
      paragraphs.push(current);
    } else if (node.type === 'heading') {
      current = undefined; // a heading closes the paragraph: what follows is not its content
      continue;
    }
    collect(node);
  }
  return { paragraphs };
}
