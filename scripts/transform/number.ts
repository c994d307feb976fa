/**
 * Numbering transform. Top-level paragraphs are numbered 1, 2, 3 … in document order,
 * continuously across headings; ordered lists are the sub-items of the paragraph before them,
 * labelled (a), (b) … then (i), (ii) … in the language's own form; headings get the UN's levels.
 *
 * Author syntax, all on the paragraph itself:
 *   `{-} text`        an unnumbered paragraph (chapeau, quotation, note); also on headings
 *   `text {#label}`   a label that `:ref[label]` elsewhere turns into "para. N"
 * Block quotes are never numbered. Each numbered paragraph gets id="para-N"; sub-items get
 * id="para-N-a", "para-N-a-i", so links and parity checks can address them in every language.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { countIn, formatLabel } from './labels.ts';
import { authorError, spanNode } from './nodes.ts';

export interface NumberingOptions {
  /** How a paragraph number is written: "{{number}}." ("1."), or "{{number}} -" in Arabic. */
  paragraph: string;
  subItems: { labels: string; format: string }[];
  headings: { labels: string; format: string }[];
}

export interface ParagraphLabel {
  number: number;
  line?: number;
}

/** What numbering leaves on `file.data` for later transforms. */
export interface NumberingData {
  labels: Map<string, ParagraphLabel>;
}

declare module 'vfile' {
  interface DataMap {
    numbering: NumberingData;
  }
}

const ID_COUNTING = ['latin', 'roman', 'decimal'];
const UNNUMBERED = /^\{-\}[ \t]*/;
const LABEL = /[ \t]*\{#([A-Za-z][\w-]*)\}[ \t]*$/;

export function remarkNumberParagraphs(options: NumberingOptions) {
  return (tree: Root, file: VFile) => {
    const labels = new Map<string, ParagraphLabel>();
    let paragraphNumber = 0;
    let lastParagraph: number | undefined;
    const headingCounters: number[] = [];

    for (const node of tree.children) {
      if (node.type === 'paragraph') {
        const unnumbered = takeUnnumberedMarker(node);
        const label = takeLabel(node);
        if (unnumbered) {
          addClass(node, 'para', 'unnumbered');
          if (label) throw authorError(file, node, `unnumbered paragraph has label "${label}"`, 'only numbered paragraphs can be referred to; remove {-} or the label');
          continue;
        }
        paragraphNumber += 1;
        lastParagraph = paragraphNumber;
        setHtml(node, { id: `para-${paragraphNumber}`, className: ['para'] }, { paraNumber: paragraphNumber });
        node.children.unshift(spanNode('para-number', options.paragraph.replace('{{number}}', String(paragraphNumber))));
        if (label) {
          if (labels.has(label)) {
            throw authorError(file, node, `label "${label}" is used twice (first on paragraph ${labels.get(label)!.number})`, 'give each paragraph its own label');
          }
          labels.set(label, { number: paragraphNumber, line: node.position?.start.line });
        }
      } else if (node.type === 'list' && node.ordered) {
        numberSubItems(node, lastParagraph === undefined ? 'item' : `para-${lastParagraph}`, 0, options, file);
      } else if (node.type === 'heading') {
        numberHeading(node, headingCounters, options);
      }
    }
    file.data.numbering = { labels };
  };
}

function numberSubItems(list: List, idPrefix: string, level: number, options: NumberingOptions, file: VFile): void {
  const style = options.subItems[Math.min(level, options.subItems.length - 1)]!;
  addClass(list, 'subitems', `level-${level + 1}`);
  list.children.forEach((item: ListItem, index) => {
    const counter = (list.start ?? 1) + index;
    // Ids use the same keys in every language (para-5-c, para-5-c-ii), so the Arabic (ج) and
    // the French c) share an anchor with the English (c).
    const id = `${idPrefix}-${countIn(ID_COUNTING[Math.min(level, ID_COUNTING.length - 1)]!, counter)}`;
    setHtml(item, { id, className: ['subitem'] }, { subItem: id });
    const label = formatLabel(style.format, countIn(style.labels, counter));
    const first = item.children[0];
    if (first?.type === 'paragraph') first.children.unshift(spanNode('subitem-label', label));
    else item.children.unshift({ type: 'paragraph', children: [spanNode('subitem-label', label)] });
    for (const child of item.children) {
      if (child.type === 'list' && child.ordered) numberSubItems(child, id, level + 1, options, file);
    }
  });
}

function numberHeading(node: Heading, counters: number[], options: NumberingOptions): void {
  if (takeUnnumberedMarker(node)) {
    addClass(node, 'unnumbered');
    return;
  }
  const level = node.depth - 1;
  counters[level] = (counters[level] ?? 0) + 1;
  counters.length = level + 1;
  const style = options.headings[level];
  if (!style) return; // deeper levels than the locale numbers stay unlabelled
  node.children.unshift(spanNode('heading-number', formatLabel(style.format, countIn(style.labels, counters[level]!))));
}

/** Remove a leading `{-}` from the node's first text; true when it was there. */
function takeUnnumberedMarker(node: Paragraph | Heading): boolean {
  const first = node.children[0];
  if (first?.type !== 'text' || !UNNUMBERED.test(first.value)) return false;
  first.value = first.value.replace(UNNUMBERED, '');
  return true;
}

/** Remove a trailing `{#label}` from the node's last text and return the label. */
function takeLabel(node: Paragraph): string | undefined {
  const last = node.children[node.children.length - 1] as PhrasingContent | undefined;
  if (last?.type !== 'text') return undefined;
  const match = LABEL.exec((last as Text).value);
  if (!match) return undefined;
  (last as Text).value = (last as Text).value.slice(0, match.index);
  return match[1];
}

function setHtml(node: RootContent | ListItem, properties: Record<string, unknown>, data: Record<string, unknown>): void {
  node.data = { ...node.data, ...data, hProperties: { ...(node.data?.hProperties ?? {}), ...properties } } as typeof node.data;
}

function addClass(node: RootContent | ListItem, ...classes: string[]): void {
  const existing = ((node.data?.hProperties as { className?: string[] } | undefined)?.className ?? []) as string[];
  setHtml(node, { className: [...existing, ...classes] }, {});
}
