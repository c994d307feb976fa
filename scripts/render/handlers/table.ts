/**
 * `:::table` → a numbered UN table: "Table N" and the title above, the table (rules above, under
 * the column heads and below, drawn by the stylesheet), then the source and lettered notes below,
 * all in one <figure> so they stay together.
 */
import type { Element, ElementContent } from 'hast';
import type { BlockContent, PhrasingContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { State } from 'mdast-util-to-hast';

interface TableData {
  table?: { id: string; number: number; label: string; title: PhrasingContent[] };
  tableNotes?: { id: string; letter: string; children: BlockContent[] }[];
}

const element = (tagName: string, className: string[] | undefined, children: ElementContent[], extra: Record<string, unknown> = {}): Element => ({
  type: 'element',
  tagName,
  properties: { ...(className ? { className } : {}), ...extra },
  children,
});

export function tableFigure(state: State, node: ContainerDirective): Element {
  const data = (node.data ?? {}) as TableData;
  const info = data.table;
  const caption: ElementContent[] = [];
  if (info) {
    caption.push(element('span', ['table-number'], [{ type: 'text', value: info.label }]));
    if (info.title.length > 0) caption.push(element('span', ['table-title'], state.all({ type: 'paragraph', children: info.title }) as ElementContent[]));
  }
  const table = node.children.find((child) => child.type === 'table');
  const below = node.children.filter((child) => child.type !== 'table');
  const notes: ElementContent[] = [
    ...(state.all({ type: 'blockquote', children: below as BlockContent[] }) as ElementContent[]).map((child) => addClass(child, 'table-source')),
    ...(data.tableNotes ?? []).map((note) => {
      const content = state.all({ type: 'blockquote', children: note.children }) as ElementContent[];
      const first = content.find((c): c is Element => c.type === 'element');
      const marker = element('sup', ['table-note-marker'], [{ type: 'text', value: note.letter }]);
      if (first) first.children.unshift(marker, { type: 'text', value: '\u2002' });
      return element('div', ['table-note'], content, { id: note.id });
    }),
  ];
  const children: ElementContent[] = [];
  if (caption.length > 0) children.push(element('figcaption', ['table-caption'], caption));
  if (table) children.push(state.one(table, node) as Element);
  if (notes.length > 0) children.push(element('div', ['table-notes'], notes));
  const figure = element('figure', ['table-block'], children, info ? { id: info.id } : {});
  state.patch(node, figure);
  return figure;
}

function addClass(child: ElementContent, className: string): ElementContent {
  if (child.type === 'element') {
    const existing = (child.properties.className as string[] | undefined) ?? [];
    child.properties.className = [...existing, className];
  }
  return child;
}
