/**
 * Small helpers shared by the tree transforms: HTML-only nodes inside mdast, the HTML attributes
 * and data a transform puts on a node, and merging text runs.
 */
import type { Node } from 'unist';
import type { Parent, PhrasingContent, Text } from 'mdast';

/**
 * An inline label (a paragraph number, a sub-item letter) that mdast-util-to-hast turns into
 * `<span class=…>text</span>`. Its own node type keeps text transforms from merging or linking it.
 */
export function spanNode(className: string, text: string): PhrasingContent {
  return {
    type: 'hexaplaLabel',
    value: text,
    data: { hName: 'span', hProperties: { className: [className] }, hChildren: [{ type: 'text', value: text }] },
  } as unknown as PhrasingContent;
}

/** Merge runs of adjacent plain text nodes (left behind by replaced directives) into one. Iterative. */
export function mergeAdjacentText(parent: Parent): void {
  const merged: Node[] = [];
  for (const child of parent.children) {
    const previous = merged[merged.length - 1] as Text | undefined;
    if (child.type === 'text' && previous?.type === 'text' && !previous.data && !child.data) {
      previous.value += (child as Text).value;
      if (previous.position && child.position) previous.position = { start: previous.position.start, end: child.position.end };
    } else {
      merged.push(child);
    }
  }
  parent.children = merged as Parent['children'];
}

type WithData = Node & { data?: Record<string, unknown> & { hProperties?: Record<string, unknown> } };

/** Adds HTML properties (id, class …) and data (unit, hName …) to a node. */
export function setHtml(node: Node, properties: Record<string, unknown>, data: Record<string, unknown>): void {
  const target = node as WithData;
  target.data = { ...target.data, ...data, hProperties: { ...(target.data?.hProperties ?? {}), ...properties } };
}

export function addClass(node: Node, ...classes: string[]): void {
  const existing = ((node as WithData).data?.hProperties?.className ?? []) as string[];
  setHtml(node, { className: [...existing, ...classes] }, {});
}

/**
 * Replacements collected during a walk and applied after it, each parent's children rebuilt
 * once: linear however many children one parent loses (splicing one at a time is quadratic, and
 * a paragraph may hold 100 000 citations). Parents are rebuilt innermost first, and a
 * replacement given as a function is read only then, so it sees its own children already done.
 */
export class Replacements {
  private readonly byParent = new Map<Parent, Map<Node, Node[] | (() => Node[])>>();

  replace(parent: Parent, node: Node, by: Node[] | (() => Node[])): void {
    let nodes = this.byParent.get(parent);
    if (!nodes) this.byParent.set(parent, (nodes = new Map()));
    nodes.set(node, by);
  }

  get size(): number {
    return this.byParent.size;
  }

  /** Applies everything; `order` is the parents' discovery order (a walk meets outer parents first). */
  apply(): void {
    for (const [parent, nodes] of [...this.byParent].reverse()) {
      const children: Node[] = [];
      for (const child of parent.children) {
        const by = nodes.get(child);
        if (by === undefined) children.push(child);
        else for (const node of typeof by === 'function' ? by() : by) children.push(node);
      }
      parent.children = children as Parent['children'];
    }
  }
}
