/**
 * mdast → hast handlers for what Hexapla adds to Markdown, one file per construct (as
 * mdast-util-to-hast keeps one handler per node type). Nodes that only need a tag and attributes
 * (labels, note calls, the notes section, annexes) carry `data.hName` and need no handler.
 */
import type { Element } from 'hast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Handlers, State } from 'mdast-util-to-hast';
import { signatureBlock } from './signature.ts';
import { tableFigure } from './table.ts';

export interface HandlerStrings {
  /** "(Signed)", "(Signé)" … */
  signed: string;
}

export function createHandlers(strings: HandlerStrings): Handlers {
  return {
    containerDirective(state: State, node: ContainerDirective): Element | Element[] {
      switch (node.name) {
        case 'table':
          return tableFigure(state, node);
        case 'signature':
          return signatureBlock(state, node, strings.signed);
        default: {
          // :::preamble and anything else accept.ts let through: a plain block with its attributes.
          const result: Element = { type: 'element', tagName: 'div', properties: {}, children: state.all(node) as Element[] };
          state.patch(node, result);
          return state.applyData(node, result) as Element;
        }
      }
    },
  } as unknown as Handlers;
}
