/**
 * The parallel edition, `dist/<document>/parallel.html`: every edition of a document side by
 * side, one row per translation unit of the original (title, paragraphs, sub-items, headings,
 * notes, table rows …), the original's column first and then the others in the UN's order. Each
 * cell is the unit as its edition renders it, tagged with its language (and dir="rtl" for
 * Arabic); a translation's unit that is stale or missing, and the quality checks' findings, are
 * named in a badge in the cell, not by colour alone.
 *
 * The page needs no network and works from disk: it links the editions' assets (fonts.css,
 * languages.css, parallel.css) and carries one small inline script for the two controls (the
 * language checkboxes and the "go to paragraph" field). Without the script every column shows and
 * the checkboxes still hide columns (CSS `:has`).
 *
 * Which columns show is one attribute on <html>: `data-columns="en fr ar"` (space-separated).
 * The script sets it from the checkboxes and from `?langs=en,fr,ar` in the address; a printer
 * may set it before printing. Printing (A4 landscape) keeps the columns shown.
 *
 * Pure: data in, one HTML string out.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { Node, Parent } from 'unist';
import type { QaFinding } from '../check/qa/finding.ts';
import { LANGUAGES, UN_LANGUAGES, type LanguageCode } from '../languages/index.ts';
import type { Locales } from '../load/locales.ts';
import { typeset } from '../transform/typography.ts';
import type { EditionUnits, TranslationDocument } from '../translation/project.ts';
import type { EditionStatus, UnitState } from '../translation/status.ts';
import type { TranslationUnit } from '../translation/units.ts';
import { createHandlers, type HandlerStrings } from './handlers/index.ts';

export interface ParallelInput {
  document: TranslationDocument;
  /** translationStatus(document): the translated editions' units, current, stale or missing. */
  status: EditionStatus[];
  /** Findings of the quality checks, shown in the cells of their unit and language. */
  findings?: QaFinding[];
  /** Every UN language's locale: the language names and the page's own strings. */
  locales: Locales;
  /**
   * Each edition's HTML, unit by unit (editionUnitHtml); worked out from the editions' processed
   * trees when absent.
   */
  unitHtml?: Partial<Record<LanguageCode, Map<string, string>>>;
  /** Relative path from the page to the assets folder ("assets", as for the editions). */
  assets?: string;
}

/** One row of the page: a unit of the original, or a table's row (its cells are units). */
export interface ParallelRow {
  /** The row's element id: `row-para-12`, `row-table-1-r2`. */
  id: string;
  /** What the unit id column shows. */
  label: string;
  kind: string;
  /** The translation units it shows, in order (one, or a table row's cells). */
  units: string[];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The columns: the original first, then the other editions in the UN's order. */
export function parallelColumns(document: TranslationDocument): LanguageCode[] {
  const langs = document.editions.map((edition) => edition.lang);
  return [document.original, ...UN_LANGUAGES.filter((lang) => lang !== document.original && langs.includes(lang))].filter((lang) => langs.includes(lang));
}

/** The rows, from the original's units: one per unit, a table's cells gathered by table row. */
export function parallelRows(units: TranslationUnit[]): ParallelRow[] {
  const rows: ParallelRow[] = [];
  const tableRows = new Map<string, ParallelRow>();
  for (const unit of units) {
    const cell = /^(.*-r\d+)-c\d+$/.exec(unit.id);
    if (unit.kind === 'cell' && cell) {
      const rowId = cell[1]!;
      let row = tableRows.get(rowId);
      if (!row) {
        row = { id: `row-${rowId}`, label: rowId, kind: 'table-row', units: [] };
        tableRows.set(rowId, row);
        rows.push(row);
      }
      row.units.push(unit.id);
    } else {
      rows.push({ id: `row-${unit.id}`, label: unit.id, kind: unit.kind, units: [unit.id] });
    }
  }
  return rows;
}

interface NodeData {
  unit?: string;
  hName?: string;
  hProperties?: Record<string, unknown>;
  table?: { id: string; label: string; title: RootContent[] };
  tableNotes?: { id: string; letter: string; children: RootContent[] }[];
}
const dataOf = (node: Node) => (node.data ?? {}) as NodeData;

/**
 * An edition's units as HTML, by unit id, each rendered on its own by the editions' renderer:
 * the node that owns the unit without the units nested in it (a paragraph's sub-items are their
 * own rows), headings as paragraphs (six columns of <h2> would make no outline), ids dropped
 * (six columns would repeat them) and links inside the document pointed at the rows.
 * `rowIds` says which rows exist (`row-…`); a link to anything else loses its href.
 */
export function editionUnitHtml(edition: EditionUnits, strings: HandlerStrings, rowIds: ReadonlySet<string> = new Set()): Map<string, string> {
  const { lang } = edition;
  const html = new Map<string, string>();
  const handlers = createHandlers(strings);
  const render = (children: RootContent[]): string => {
    // A copy: toHast hands over the tree's own `hChildren` (note calls), which must stay as they are.
    const hast = structuredClone(toHast({ type: 'root', children: children.map((child) => prune(child, undefined)) } as Root, { handlers, allowDangerousHtml: false })) as HastRoot;
    cleanLinks(hast, rowIds);
    return toHtml(hast);
  };
  const set = (id: string, value: string) => {
    if (!html.has(id) && edition.byId.has(id)) html.set(id, value);
  };

  const meta = edition.meta as { title?: string; subtitle?: string };
  if (meta.title) set('title', `<p class="doc-title">${escapeHtml(typeset(meta.title, lang))}</p>`);
  if (meta.subtitle) set('subtitle', `<p class="doc-subtitle">${escapeHtml(typeset(meta.subtitle, lang))}</p>`);

  const walk = (node: Node, owner: string | undefined) => {
    const data = dataOf(node);
    const type = node.type as string;
    if (type === 'hexaplaAnnex') {
      const id = data.hProperties?.id as string | undefined;
      const head = (node as Parent).children.find((child) => child.type === 'hexaplaBlock');
      if (id && head) set(`${id}-title`, render([head as RootContent]));
    }
    if (type === 'containerDirective' && data.table) {
      const { id, label, title } = data.table;
      const caption = title.length > 0 ? ` ${render([{ type: 'paragraph', children: title } as RootContent]).replace(/^<p>|<\/p>$/g, '')}` : '';
      set(`${id}-title`, `<p class="table-caption"><span class="table-number">${escapeHtml(label)}</span>${caption}</p>`);
      const children = (node as Parent).children as RootContent[];
      const table = children.find((child) => child.type === 'table') as Parent | undefined;
      table?.children.forEach((row, r) =>
        (row as Parent).children.forEach((cell, c) => set(`${id}-r${r + 1}-c${c + 1}`, render([{ type: 'paragraph', children: (cell as Parent).children } as RootContent]))),
      );
      const below = children.filter((child) => child.type !== 'table');
      if (below.length > 0) set(id, render(below));
      for (const note of data.tableNotes ?? []) {
        set(note.id, `<div class="table-note"><sup class="table-note-marker">${escapeHtml(note.letter)}</sup>\u2002${render(note.children)}</div>`);
      }
      return;
    }
    if (data.unit && data.unit !== owner) {
      const unit = data.unit;
      owner = unit;
      // A sub-item is its list item's content; anything else is its node, rendered whole.
      const children = type === 'listItem' ? (node as Parent).children.filter((child) => !otherUnit(child, unit)).map((child) => withoutUnit(child, unit)) : [withoutUnit(node, unit)];
      set(unit, render(children as RootContent[]));
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child, owner);
  };
  walk(edition.processed!.tree, undefined);
  return html;
}

/** A node that owns another unit (a nested sub-item, a note) and has its own row. */
const otherUnit = (node: Node, owner: string) => {
  const unit = dataOf(node).unit;
  return unit !== undefined && unit !== owner;
};

/** The node with the descendants that are other units' rows left out (and lists left empty dropped). */
function withoutUnit(node: Node, owner: string): Node {
  if (!('children' in node)) return node;
  const children = (node as Parent).children.filter((child) => !otherUnit(child, owner)).map((child) => withoutUnit(child, owner));
  return { ...node, children: children.filter((child) => !(child.type === 'list' && (child as Parent).children.length === 0)) } as Node;
}

/**
 * A copy fit for a cell: no ids, headings as paragraphs, no back links from notes to their
 * calls (there is one call per column, not one).
 */
function prune(node: RootContent, _parent: unknown): RootContent {
  const data = dataOf(node);
  const copy = { ...node } as unknown as { data?: NodeData; children?: RootContent[] };
  const hName = data.hName ?? (node.type === 'heading' ? `h${(node as { depth: number }).depth}` : undefined);
  if (node.data) {
    const hProperties = { ...(data.hProperties ?? {}) };
    delete hProperties.id;
    delete hProperties.ariaLabelledBy;
    copy.data = { ...data, hProperties } as NodeData;
  }
  if (hName === 'header') copy.data = { ...(copy.data ?? {}), hName: 'div' } as NodeData;
  if (hName && /^h[1-6]$/.test(hName)) {
    const className = [...(((data.hProperties?.className as string[] | undefined) ?? [])), 'heading', `level-${hName.slice(1)}`];
    copy.data = { ...(copy.data ?? {}), hName: 'p', hProperties: { ...(copy.data?.hProperties ?? {}), className } } as NodeData;
  }
  if ('children' in node) {
    copy.children = (node.children as RootContent[])
      .filter((child) => !((dataOf(child).hProperties?.className as string[] | undefined)?.includes('footnote-back')))
      .map((child) => prune(child, node));
  }
  return copy as unknown as RootContent;
}

/** Ids dropped; `#x` links go to the row of x when there is one, and are plain text otherwise. */
function cleanLinks(tree: HastRoot | Element, rowIds: ReadonlySet<string>): void {
  for (const child of tree.children as (HastContent | ElementContent)[]) {
    if (child.type !== 'element') continue;
    delete child.properties.id;
    delete child.properties.ariaLabelledBy;
    delete child.properties.ariaDescribedBy;
    const href = child.properties.href;
    if (typeof href === 'string' && href.startsWith('#')) {
      // An annex or a table is reached at its title's row.
      const row = [`row-${href.slice(1)}-title`, `row-${href.slice(1)}`].find((id) => rowIds.has(id));
      if (row) child.properties.href = `#${row}`;
      else {
        delete child.properties.href;
        delete child.properties.role;
      }
    }
    cleanLinks(child, rowIds);
  }
}

/** The page. */
export function renderParallelPage(input: ParallelInput): string {
  const { document, locales } = input;
  const pageLang = document.original;
  const locale = locales.get(pageLang)!;
  const t = (key: string, options?: Record<string, unknown>) => escapeHtml(typeset(locale.t(`parallel.${key}`, options), pageLang));
  const pageDir = LANGUAGES[pageLang].dir;
  const columns = parallelColumns(document);
  const original = document.editions.find((edition) => edition.lang === document.original)!;
  const rows = parallelRows(original.units);
  const rowIds = new Set(rows.map((row) => row.id));
  const editions = new Map(document.editions.map((edition) => [edition.lang, edition]));
  const unitHtml = new Map(
    columns.map((lang) => [
      lang,
      input.unitHtml?.[lang] ?? editionUnitHtml(editions.get(lang)!, { signed: locales.get(lang)!.t('letter.signed') }, rowIds),
    ]),
  );
  const states = new Map<LanguageCode, Map<string, UnitState>>(input.status.map((status) => [status.lang, new Map(status.units.map((unit) => [unit.id, unit.state]))]));
  const counts = new Map(input.status.map((status) => [status.lang, status.counts]));
  const findings = new Map<string, QaFinding[]>();
  const placed = new Set<QaFinding>();
  const rowOfUnit = new Map(rows.flatMap((row) => row.units.map((unit) => [unit, row] as const)));
  for (const finding of input.findings ?? []) {
    // A finding on a table row (table-1-r2) goes to that row's first cell.
    const row = rowOfUnit.get(finding.unit) ?? rows.find((r) => r.id === `row-${finding.unit}`);
    if (!row) continue;
    const unit = row.units.includes(finding.unit) ? finding.unit : row.units[0]!;
    const key = `${finding.lang}\0${unit}`;
    findings.set(key, [...(findings.get(key) ?? []), finding]);
    placed.add(finding);
  }
  const badge = (state: string, text: string) => `<span class="badge badge-${state}" lang="${pageLang}" dir="${pageDir}">${text}</span>`;
  const findingList = (list: QaFinding[] | undefined) =>
    list?.length
      ? `<ul class="findings">${list
          .map((f) => `<li class="finding finding-${f.severity}" lang="en" dir="ltr"><span class="badge badge-finding">${escapeHtml(f.rule)}</span> ${escapeHtml(f.message)}</li>`)
          .join('')}</ul>`
      : '';

  /** One unit in one column: its state (translations only), its findings, its HTML. */
  const unitCell = (lang: LanguageCode, unit: string): { state: UnitState | 'original'; html: string } => {
    const content = unitHtml.get(lang)!.get(unit);
    const recorded = lang === document.original ? undefined : states.get(lang)?.get(unit);
    const state: UnitState | 'original' = lang === document.original ? 'original' : content === undefined ? 'missing' : (recorded ?? 'current');
    const badges = state === 'stale' ? badge('stale', t('stale')) : state === 'missing' ? badge('missing', t('missing')) : '';
    return { state, html: `${badges}${findingList(findings.get(`${lang}\0${unit}`))}${content ?? ''}` };
  };
  const worst = (list: string[]) => (list.includes('missing') ? 'missing' : list.includes('stale') ? 'stale' : list[0] === 'original' ? 'original' : 'current');

  const columnHeads = columns
    .map((lang) => {
      const dir = LANGUAGES[lang].dir;
      const name = escapeHtml(locales.get(lang)!.layout.languageName);
      const count = counts.get(lang);
      const note =
        lang === document.original
          ? `<span class="column-note" lang="${pageLang}" dir="${pageDir}">${t('original')}</span>`
          : count && (count.stale > 0 || count.missing > 0)
            ? `<span class="column-note" lang="${pageLang}" dir="${pageDir}">${t('counts', { stale: count.stale, missing: count.missing })}</span>`
            : '';
      return `<th scope="col" class="col col-${lang}" lang="${lang}" dir="${dir}"><span class="language-name">${name}</span>${note}</th>`;
    })
    .join('');

  const body = rows
    .map((row) => {
      const cells = columns
        .map((lang) => {
          const dir = LANGUAGES[lang].dir;
          if (row.kind !== 'table-row') {
            const { state, html } = unitCell(lang, row.units[0]!);
            return `<td class="col col-${lang} state-${state}" lang="${lang}" dir="${dir}">${html}</td>`;
          }
          const parts = row.units.map((unit) => unitCell(lang, unit));
          const inner = parts.map((part) => `<div class="table-cell state-${part.state}">${part.html}</div>`).join('');
          return `<td class="col col-${lang} state-${worst(parts.map((p) => p.state))}" lang="${lang}" dir="${dir}"><div class="table-cells" style="--cells: ${parts.length}">${inner}</div></td>`;
        })
        .join('');
      return `<tr id="${row.id}" class="kind-${row.kind}" data-units="${row.units.join(' ')}"><th scope="row" class="unit"><span class="unit-id" dir="ltr">${escapeHtml(row.label)}</span></th>${cells}</tr>`;
    })
    .join('\n');

  const others = (input.findings ?? []).filter((f) => !placed.has(f));
  const otherFindings = others.length
    ? `<section class="other-findings" aria-labelledby="other-findings"><h2 id="other-findings">${t('otherFindings')}</h2><ul>${others
        .map((f) => `<li lang="en" dir="ltr"><span class="badge badge-finding">${escapeHtml(f.rule)}</span> ${escapeHtml(`${f.lang} ${f.unit}`)}: ${escapeHtml(f.message)}</li>`)
        .join('')}</ul></section>`
    : '';

  const checkboxes = columns
    .map((lang) => {
      const name = escapeHtml(locales.get(lang)!.layout.languageName);
      return `<label class="language-choice"><input type="checkbox" name="lang" value="${lang}" id="show-${lang}" checked> <span lang="${lang}" dir="${LANGUAGES[lang].dir}">${name}</span></label>`;
    })
    .join('\n      ');
  const assets = input.assets ?? 'assets';
  const title = escapeHtml(typeset(original.meta.title ?? '', pageLang));
  const symbol = escapeHtml(document.meta.symbol);

  return `<!DOCTYPE html>
<html lang="${pageLang}" dir="${pageDir}" class="parallel-edition">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${symbol} — ${t('title')}</title>
  <meta name="dc.identifier" content="${symbol}">
  <link rel="stylesheet" href="${assets}/fonts.css" data-pagedjs-ignore data-exact-unicode-ranges>
  <link rel="stylesheet" href="${assets}/languages.css">
  <link rel="stylesheet" href="${assets}/parallel.css">
</head>
<body class="parallel">
  <header class="parallel-head">
    <h1><span class="symbol" dir="ltr">${symbol}</span> <span class="doc-name">${title}</span> <span class="page-name">${t('title')}</span></h1>
    <div class="controls" data-screen-only>
      <fieldset class="languages">
      <legend>${t('languages')}</legend>
      ${checkboxes}
      </fieldset>
      <form class="jump" id="jump-form" action="#" role="search">
        <label for="jump">${t('jump')}</label>
        <input id="jump" name="paragraph" type="text" inputmode="numeric" size="6" autocomplete="off">
        <button type="submit">${t('go')}</button>
        <output id="jump-message" for="jump" aria-live="polite" data-not-found="${t('notFound', { number: '%s' })}"></output>
      </form>
    </div>
  </header>
  <main>
  <table class="parallel-table" style="--columns: ${columns.length}">
    <thead><tr><th scope="col" class="unit">${t('unit')}</th>${columnHeads}</tr></thead>
    <tbody>
${body}
    </tbody>
  </table>
  ${otherFindings}
  </main>
  <script>${PARALLEL_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * The page's controls. The columns shown are <html data-columns="…">: set from `?langs=` (or
 * from the attribute as written), reflected in the checkboxes, and kept in step with them.
 * "Go to paragraph": 12 → para-12, 12a or 12 (a) → para-12-a, pp 3 → pp-3, any id as it is.
 */
const PARALLEL_SCRIPT = `
(function () {
  var root = document.documentElement;
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="lang"]'));
  var asked = new URLSearchParams(location.search).get('langs') || root.getAttribute('data-columns');
  if (asked) {
    var wanted = asked.toLowerCase().split(/[\\s,]+/);
    boxes.forEach(function (box) { box.checked = wanted.indexOf(box.value) !== -1; });
  }
  function sync() {
    root.setAttribute('data-columns', boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; }).join(' '));
  }
  boxes.forEach(function (box) { box.addEventListener('change', sync); });
  sync();
  var form = document.getElementById('jump-form');
  var field = document.getElementById('jump');
  var message = document.getElementById('jump-message');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var value = field.value.trim().toLowerCase();
    var id = value.replace(/[\\s.()]+/g, '-').replace(/^-+|-+$/g, '').replace(/-+/g, '-');
    var match = /^(\\d+)-?([a-z]{1,2})?$/.exec(id);
    if (match) id = 'para-' + match[1] + (match[2] ? '-' + match[2] : '');
    else id = id.replace(/^(pp|para)(\\d)/, '$1-$2');
    var row = document.getElementById('row-' + id);
    if (!row) { message.textContent = message.getAttribute('data-not-found').replace('%s', field.value.trim()); return; }
    message.textContent = '';
    if (location.hash === '#row-' + id) row.scrollIntoView({ block: 'start' });
    else location.hash = 'row-' + id;
  });
})();
`;
