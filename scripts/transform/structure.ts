/**
 * Structure transform: finds the edition's structure once and numbers it. It splits the text
 * into its parts (the main text, then one part per `::annex`), numbers paragraphs (restarting in
 * each annex), labels sub-items (a), (b) … and headings I., A., 1. in the language's own forms,
 * numbers tables, marks a resolution's preamble, and records every unit with its id on
 * `file.data.structure` (see structure/model.ts). Later transforms and checks read that record.
 *
 * Author syntax handled here, all on the block itself:
 *   `{-} text`         an unnumbered paragraph or heading
 *   `text {#label}`    a label that `:ref[label]` turns into "para. N"
 *   `::annex[Title]{original=fr}`   starts an annex (numbering restarts)
 *   `:::preamble … :::`             a resolution's preambular paragraphs
 *   `:::table[Title]{#label} … :::` a numbered table with its title, source and notes
 *   `:::signature … :::`            the "(Signed) Name" block of a letter
 */
import type { BlockContent, Heading, List, ListItem, Paragraph, Parent, PhrasingContent, Root, RootContent, Table, Text } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import type { LanguageProfile } from '../languages/index.ts';
import type { DocumentStructure, LabelTarget, Unit, UnitKind } from '../structure/model.ts';
import { countIn, formatLabel } from './labels.ts';
import { addClass, setHtml, spanNode } from './nodes.ts';

export type ParagraphMode = 'numbered' | 'unnumbered' | 'resolution';

export interface StructureOptions {
  numbering: LanguageProfile['numbering'];
  /** How the main text's paragraphs are numbered (by document type). */
  mode: ParagraphMode;
  /** How annex paragraphs are numbered. */
  annexMode: 'numbered' | 'unnumbered';
  /** The words of an annex heading: "Annex" / "Annex II", and "[Original: French]". */
  annexHeading: (index: number, total: number, original: string | undefined) => { label: string; original?: string };
  /** "Table 3", "Cuadro 3", "表 3" … */
  tableLabel: (number: number) => string;
  /** In right-to-left editions a column the Markdown aligns left is aligned to the start (right). */
  dir: 'ltr' | 'rtl';
}

declare module 'vfile' {
  interface DataMap {
    structure: DocumentStructure;
  }
}

const ID_COUNTING = ['latin', 'roman', 'decimal'] as const;
const UNNUMBERED = /^\{-\}[ \t]*/;
// The lookbehind starts a match only at the first space before the label: a long run of spaces
// would otherwise be rescanned from each of them (quadratic).
const LABEL = /(?<![ \t])[ \t]*\{#([A-Za-z][\w-]*)\}[ \t]*$/;

/** The part of the tree an annex becomes: a section holding its heading and its blocks. */
export interface AnnexNode extends Parent {
  type: 'hexaplaAnnex';
  children: RootContent[];
}

export function remarkStructure(options: StructureOptions) {
  return (tree: Root, file: VFile) => {
    const state: NumberingState = { units: [], labels: new Map(), tables: 0, bareTables: 0, file, options, source: file.value === undefined ? undefined : String(file.value) };
    const parts: { marker?: LeafDirective; nodes: RootContent[] }[] = [{ nodes: [] }];
    for (const child of tree.children) {
      if (child.type === 'leafDirective' && child.name === 'annex') parts.push({ marker: child, nodes: [] });
      else parts[parts.length - 1]!.nodes.push(child);
    }
    const annexCount = parts.length - 1;
    const children: RootContent[] = [];
    parts.forEach((part, index) => {
      if (index === 0) {
        numberPart(part.nodes, { prefix: '', part: 'body', annex: 0, mode: options.mode, headingBase: 1 }, state);
        children.push(...part.nodes);
        return;
      }
      const id = `annex-${index}`;
      const original = part.marker!.attributes?.original ?? undefined;
      if (original !== undefined && !/^(ar|zh|en|fr|ru|es)$/.test(original)) {
        report(file, part.marker, 'annex/original', `"${original}" is not a UN language`, 'write original=ar, zh, en, fr, ru or es: the language the annex was submitted in');
      }
      const words = options.annexHeading(index, annexCount, original ?? undefined);
      state.units.push({ id, kind: 'annex', part: id, number: index, numbered: annexCount > 1, line: part.marker!.position?.start.line });
      numberPart(part.nodes, { prefix: `${id}-`, part: id, annex: index, mode: options.annexMode, headingBase: 2 }, state);
      const annex = {
        type: 'hexaplaAnnex',
        children: [annexHeadingNode(part.marker!, id, words), ...part.nodes],
        data: { hName: 'section', hProperties: { className: ['annex'], id, ariaLabelledBy: `${id}-heading` } },
        position: part.marker!.position,
      } as unknown as AnnexNode;
      children.push(annex as unknown as RootContent);
    });
    tree.children = children;
    file.data.structure = { units: state.units, labels: state.labels, annexCount };
  };
}

interface NumberingState {
  units: Unit[];
  labels: Map<string, LabelTarget>;
  /** Numbered tables (":::table") so far: "Table N" runs through the document, annexes included. */
  tables: number;
  bareTables: number;
  file: VFile;
  options: StructureOptions;
  /** The edition's Markdown body, when the file carries it: offsets in the tree point into it. */
  source?: string;
}

interface PartContext {
  prefix: string;
  part: string;
  annex: number;
  mode: ParagraphMode | 'numbered' | 'unnumbered';
  /** Added to a heading's depth for its HTML level: `#` is h2 in the main text (the title is h1), h3 in annexes (under the annex's h2). */
  headingBase: number;
}

function numberPart(nodes: RootContent[], context: PartContext, state: NumberingState): void {
  let paragraphs = 0;
  let unnumbered = 0;
  let quotes = 0;
  let unnumberedHeadings = 0;
  let preambular = 0;
  let lastUnit: string | undefined;
  const headingCounters: number[] = [];
  const numberedParagraphs: Paragraph[] = [];
  const record = (unit: Omit<Unit, 'part'>) => {
    state.units.push({ ...unit, part: context.part });
    return unit.id;
  };

  const paragraph = (node: Paragraph, inPreamble: boolean) => {
    const marked = takeUnnumberedMarker(node, state.source);
    const label = takeLabel(node, state.source);
    if (inPreamble) {
      const id = `${context.prefix}pp-${++preambular}`;
      setHtml(node, { id, className: ['para', 'preambular'] }, { unit: id });
      lastUnit = record({ id, kind: 'preamble', numbered: false, line: node.position?.start.line });
      if (label) report(state.file, node, 'label/unnumbered', `preambular paragraph has label "${label}"`, 'only numbered paragraphs can be referred to; remove the label');
      return;
    }
    const numbered = context.mode !== 'unnumbered' && !marked;
    if (!numbered && context.mode !== 'unnumbered') {
      const id = `${context.prefix}text-${++unnumbered}`;
      setHtml(node, { id, className: ['para', 'unnumbered'] }, { unit: id });
      lastUnit = record({ id, kind: 'paragraph', numbered: false, line: node.position?.start.line });
      if (label) report(state.file, node, 'label/unnumbered', `unnumbered paragraph has label "${label}"`, 'only numbered paragraphs can be referred to; remove {-} or the label');
      return;
    }
    const number = ++paragraphs;
    const id = `${context.prefix}para-${number}`;
    setHtml(node, { id, className: numbered ? ['para'] : ['para', 'unnumbered'] }, { unit: id, paraNumber: number });
    if (numbered) {
      node.children.unshift(spanNode('para-number', state.options.numbering.paragraph.replace('{{number}}', String(number))));
      numberedParagraphs.push(node);
    }
    lastUnit = record({ id, kind: 'paragraph', number, numbered, line: node.position?.start.line });
    if (label) addLabel(state, label, { id, kind: 'paragraph', number, annex: context.annex, line: node.position?.start.line }, node);
  };

  const visitBlock = (node: RootContent, inPreamble: boolean) => {
    switch (node.type) {
      case 'paragraph':
        paragraph(node, inPreamble);
        break;
      case 'list':
        if (node.ordered) numberSubItems(node, lastUnit ?? `${context.prefix}list`, 0, state, record);
        break;
      case 'heading': {
        const id = numberHeading(node, headingCounters, context, state, () => ++unnumberedHeadings);
        lastUnit = record({ id, kind: 'heading', level: node.depth, numbered: !id.includes('heading-'), line: node.position?.start.line });
        break;
      }
      case 'blockquote': {
        const id = `${context.prefix}quote-${++quotes}`;
        setHtml(node, { id }, { unit: id });
        lastUnit = record({ id, kind: 'quote', numbered: false, line: node.position?.start.line });
        for (const child of node.children) if (child.type === 'list' && child.ordered) numberSubItems(child, id, 0, state, record);
        break;
      }
      case 'table':
        bareTable(node, state, record);
        break;
      case 'containerDirective':
        container(node, inPreamble);
        break;
      default:
        break;
    }
  };

  const container = (node: ContainerDirective, inPreamble: boolean) => {
    if (node.name === 'preamble') {
      if (context.mode !== 'resolution' || inPreamble) {
        report(state.file, node, 'structure/preamble', 'a preamble outside the text of a resolution', 'only resolutions and decisions (type: resolution) have a :::preamble, before their operative paragraphs');
      }
      setHtml(node, { className: ['preamble'] }, { hName: 'div' });
      for (const child of node.children) visitBlock(child as RootContent, true);
    } else if (node.name === 'table') {
      numberedTable(node, context, state, record);
    } else if (node.name === 'signature') {
      const id = `${context.prefix}signature`;
      setHtml(node, { id, className: ['signature'] }, { unit: id, hName: 'div' });
      lastUnit = record({ id, kind: 'signature', numbered: false, line: node.position?.start.line });
    }
  };

  for (const node of nodes) visitBlock(node, false);

  // "A lone operative paragraph is unnumbered": the number goes, the id stays.
  if (context.mode === 'resolution' && numberedParagraphs.length === 1) {
    const lone = numberedParagraphs[0]!;
    lone.children.shift();
    addClass(lone, 'unnumbered');
    const unit = state.units.find((u) => u.id === `${context.prefix}para-1`);
    if (unit) unit.numbered = false;
  }
}

function addLabel(state: NumberingState, label: string, target: LabelTarget, node: Parameters<typeof report>[1]): void {
  const existing = state.labels.get(label);
  if (existing) {
    report(state.file, node, 'label/duplicate', `label "${label}" is used twice (first on ${existing.kind} ${existing.number}, line ${existing.line})`, 'give each paragraph or table its own label');
    return;
  }
  state.labels.set(label, target);
}

/** A list may go on where an earlier one stopped ("4." after (c)), but not past the alphabet. */
const HIGHEST_LIST_START = 26;

function numberSubItems(list: List, parentId: string, level: number, state: NumberingState, record: (unit: Omit<Unit, 'part'>) => string): void {
  if ((list.start ?? 1) > HIGHEST_LIST_START) {
    // "1995. The year …" at the start of a line is a list item to Markdown: its number would vanish.
    report(
      state.file,
      list,
      'markdown/list-start',
      `a line starting "${list.start}." is read as item ${list.start} of a numbered list, and its number would not be printed`,
      `if it is text, escape the full stop: ${list.start}\\. …; sub-items are written 1., 2. … (or go on from an earlier list up to ${HIGHEST_LIST_START}.)`,
    );
  }
  const styles = state.options.numbering.subItems;
  const style = styles[Math.min(level, styles.length - 1)]!;
  addClass(list, 'subitems', `level-${level + 1}`);
  list.children.forEach((item: ListItem, index) => {
    const counter = (list.start ?? 1) + index;
    // Ids use the same keys in every language (para-5-c, para-5-c-ii), so the Arabic (ج) and
    // the French c) share an anchor with the English (c).
    const id = `${parentId}-${countIn(ID_COUNTING[Math.min(level, ID_COUNTING.length - 1)]!, counter)}`;
    setHtml(item, { id, className: ['subitem'] }, { unit: id, subItem: id });
    record({ id, kind: 'subitem', parent: parentId, numbered: true, line: item.position?.start.line });
    const label = formatLabel(style.format, countIn(style.labels, counter));
    const first = item.children[0];
    if (first?.type === 'paragraph') first.children.unshift(spanNode('subitem-label', label));
    else item.children.unshift({ type: 'paragraph', children: [spanNode('subitem-label', label)] });
    for (const child of item.children) {
      if (child.type === 'list' && child.ordered) numberSubItems(child, id, level + 1, state, record);
    }
  });
}

function numberHeading(node: Heading, counters: number[], context: PartContext, state: NumberingState, nextUnnumbered: () => number): string {
  const tag = `h${Math.min(6, node.depth + context.headingBase)}`;
  if (takeUnnumberedMarker(node, state.source)) {
    const id = `${context.prefix}heading-${nextUnnumbered()}`;
    setHtml(node, { id, className: ['heading', `level-${node.depth}`, 'unnumbered'] }, { unit: id, hName: tag });
    return id;
  }
  const level = node.depth - 1;
  counters[level] = (counters[level] ?? 0) + 1;
  counters.length = level + 1;
  for (let i = 0; i < level; i++) counters[i] ??= 0;
  const id = `${context.prefix}section-${counters.join('-')}`;
  setHtml(node, { id, className: ['heading', `level-${node.depth}`] }, { unit: id, hName: tag });
  const style = state.options.numbering.headings[level];
  if (style) node.children.unshift(spanNode('heading-number', formatLabel(style.format, countIn(style.labels, counters[level]!))));
  return id;
}

/** `:::table[Title]{#label}`: "Table N" and its title above, the table, then source and notes. */
/** `:--` means "from the start of the line": in an Arabic edition, the right. */
function mirrorAlignment(table: Table, state: NumberingState): void {
  if (state.options.dir !== 'rtl') return;
  table.align = (table.align ?? []).map((align) => (align === 'left' ? 'right' : align === 'right' ? 'left' : align));
}

function numberedTable(node: ContainerDirective, context: PartContext, state: NumberingState, record: (unit: Omit<Unit, 'part'>) => string): void {
  const tables = node.children.filter((child) => child.type === 'table');
  if (tables.length !== 1) {
    report(state.file, node, 'table/shape', tables.length === 0 ? 'a :::table block without a table' : `a :::table block with ${tables.length} tables`, 'put exactly one pipe table in each :::table … ::: block');
  }
  const number = ++state.tables;
  const id = `table-${number}`;
  const labelChildren = node.children[0]?.type === 'paragraph' && (node.children[0].data as { directiveLabel?: boolean } | undefined)?.directiveLabel ? (node.children.shift() as Paragraph).children : [];
  node.data = { ...node.data, unit: id, table: { id, number, label: state.options.tableLabel(number), title: labelChildren } } as typeof node.data;
  record({ id, kind: 'table', number, numbered: true, line: node.position?.start.line });
  const label = node.attributes?.id ?? undefined;
  if (label) addLabel(state, label, { id, kind: 'table', number, annex: context.annex, line: node.position?.start.line }, node);
  for (const table of tables) {
    setHtml(table, { className: ['un-table'] }, { unit: id });
    mirrorAlignment(table as Table, state);
  }
}

function bareTable(node: Table, state: NumberingState, record: (unit: Omit<Unit, 'part'>) => string): void {
  const id = `table-u${++state.bareTables}`;
  setHtml(node, { className: ['un-table'] }, { unit: id });
  mirrorAlignment(node, state);
  record({ id, kind: 'table', numbered: false, line: node.position?.start.line });
}

/** The heading that opens an annex: its label, its title (the directive's label), its original line. */
function annexHeadingNode(marker: LeafDirective, id: string, words: { label: string; original?: string }): BlockContent {
  const children: PhrasingContent[] = [spanNode('annex-label', words.label)];
  if (marker.children.length > 0) {
    children.push({ type: 'hexaplaSpan', children: marker.children, data: { hName: 'span', hProperties: { className: ['annex-title'] } } } as never);
  }
  const blocks: unknown[] = [{ type: 'paragraph', children, data: { hName: 'h2', hProperties: { className: ['annex-heading'], id: `${id}-heading` } } }];
  if (words.original) blocks.push({ type: 'paragraph', children: [{ type: 'text', value: words.original } as Text], data: { hProperties: { className: ['annex-original'] } } });
  return { type: 'hexaplaBlock', children: blocks, data: { hName: 'header', hProperties: { className: ['annex-head'] } }, position: marker.position } as unknown as BlockContent;
}

/**
 * The text as the author typed it, where the file is known: `\{#x}` or `{\#x}` (escaped) is text,
 * though Markdown hands both over as "{#x}".
 */
function written(node: Text, source: string | undefined): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return source !== undefined && start !== undefined && end !== undefined ? source.slice(start, end) : undefined;
}

/** Remove a leading `{-}` from the node's first text; true when it was there. */
function takeUnnumberedMarker(node: Paragraph | Heading, source?: string): boolean {
  const first = node.children[0];
  if (first?.type !== 'text' || !UNNUMBERED.test(first.value)) return false;
  const raw = written(first, source);
  if (raw !== undefined && !UNNUMBERED.test(raw)) return false;
  first.value = first.value.replace(UNNUMBERED, '');
  return true;
}

/** Remove a trailing `{#label}` from the node's last text and return the label. */
function takeLabel(node: Paragraph, source?: string): string | undefined {
  const last = node.children[node.children.length - 1] as PhrasingContent | undefined;
  if (last?.type !== 'text') return undefined;
  const match = LABEL.exec((last as Text).value);
  if (!match) return undefined;
  const raw = written(last as Text, source);
  if (raw !== undefined && !LABEL.test(raw)) return undefined;
  (last as Text).value = (last as Text).value.slice(0, match.index);
  return match[1];
}

export type { UnitKind };
