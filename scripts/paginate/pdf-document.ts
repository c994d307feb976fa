/**
 * Turning Chromium's printed PDF into a Hexapla document: metadata, `/Lang`, TrimBoxes, `para-N`
 * named destinations and the heading outline.
 *
 * Positions come from the paginated DOM, read in the tab before printing (page-layout.ts).
 */
import type { HeadingEntry, MeasuredPageBoxes, PagePoint, PaginatedLayout, ParagraphAnchor } from './page-layout.ts';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFString,
  PDFName,
  PDFNumber,
  type PDFPage,
  PDFRef,
  ParseSpeeds,
} from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  /** The document symbol, e.g. "NPT/CONF.2020/WP.20". */
  subject: string;
  /** The organ or conference that issues the document. */
  author: string;
  /** BCP 47 language tag of the edition, written as the catalog's `/Lang`. */
  lang: string;
  keywords?: string[];
  /** Default `DEFAULT_PRODUCER`; a fixed string (no per-machine versions) keeps output reproducible. */
  producer?: string;
  /** The document's issue date: CreationDate (never the clock, so the same input gives the same PDF). */
  creationDate: Date;
  /** ModDate; the creation date unless SOURCE_DATE_EPOCH says otherwise. */
  modificationDate?: Date;
}

export const DEFAULT_PRODUCER = 'Hexapla';

/** Written as `/Creator`: what made the PDF from the HTML. */
export const PDF_CREATOR = 'Hexapla (Paged.js 0.4 + Chromium)';

/** A `/XYZ left top` destination (zoom unchanged), converting the CSS top to PDF's bottom-up y. */
function destinationArray(doc: PDFDocument, pages: PDFPage[], point: PagePoint) {
  const page = pages[point.pageIndex];
  const top = page.getHeight() - point.topPt;
  return doc.context.obj([page.ref, 'XYZ', round2(point.leftPt), round2(top), null]);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function setDocumentMetadata(doc: PDFDocument, metadata: PdfMetadata): void {
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setSubject(metadata.subject);
  doc.setAuthor(metadata.author);
  if (metadata.keywords?.length) doc.setKeywords(metadata.keywords);
  doc.setProducer(metadata.producer ?? DEFAULT_PRODUCER);
  doc.setCreator(PDF_CREATOR);
  doc.setCreationDate(metadata.creationDate);
  doc.setModificationDate(metadata.modificationDate ?? metadata.creationDate);
  doc.setLanguage(metadata.lang);
}

/** Differences below this are Chromium rounding the sheet to whole device pixels, not bleed. */
const ROUNDING_NOISE_PT = 0.5;

function bleedWidth(value: number): number {
  return value < ROUNDING_NOISE_PT ? 0 : value;
}

/**
 * TrimBox = the sheet minus the bleed Paged.js measured on each side, applied to the sheet Chromium
 * actually printed (which can differ from the CSS size by a fraction of a point), so the TrimBox
 * never sticks out of the MediaBox.
 */
function setTrimBoxes(pages: PDFPage[], measured: MeasuredPageBoxes[]): void {
  pages.forEach((page, index) => {
    const boxes = measured[index];
    if (!boxes) return;
    const { media, crop } = boxes;
    const left = bleedWidth(crop.x);
    const top = bleedWidth(crop.y);
    const right = bleedWidth(media.width - crop.x - crop.width);
    const bottom = bleedWidth(media.height - crop.y - crop.height);
    const { x, y, width, height } = page.getMediaBox();
    page.setTrimBox(x + left, y + bottom, round2(width - left - right), round2(height - top - bottom));
  });
}

/**
 * Adds `para-N` to the catalog's `/Dests` dictionary, keeping the destinations Chromium already
 * wrote there for in-document links (`href="#…"`), so `file.pdf#para-16` opens at paragraph 16.
 */
function addParagraphDestinations(doc: PDFDocument, pages: PDFPage[], anchors: ParagraphAnchor[]): void {
  if (anchors.length === 0) return;
  let dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) {
    dests = doc.context.obj({});
    doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests));
  }
  for (const anchor of anchors) {
    dests.set(PDFName.of(anchor.name), destinationArray(doc, pages, anchor));
  }
}

interface OutlineNode {
  heading: HeadingEntry;
  children: OutlineNode[];
}

/** Nests headings by level: a heading becomes the child of the nearest preceding higher-level one. */
function nestHeadings(headings: HeadingEntry[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  for (const heading of headings) {
    const node: OutlineNode = { heading, children: [] };
    while (open.length > 0 && open[open.length - 1].heading.level >= heading.level) open.pop();
    (open.length > 0 ? open[open.length - 1].children : roots).push(node);
    open.push(node);
  }
  return roots;
}

function countDescendants(nodes: OutlineNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countDescendants(node.children), 0);
}

/** Writes one level of outline items (siblings linked by /Prev and /Next) and returns their refs. */
function writeOutlineLevel(doc: PDFDocument, pages: PDFPage[], nodes: OutlineNode[], parent: PDFRef): PDFRef[] {
  const refs = nodes.map(() => doc.context.nextRef());
  nodes.forEach((node, index) => {
    const item = new Map<PDFName, PDFHexString | PDFRef | PDFNumber | ReturnType<typeof destinationArray>>([
      [PDFName.of('Title'), PDFHexString.fromText(node.heading.title)],
      [PDFName.of('Parent'), parent],
      [PDFName.of('Dest'), destinationArray(doc, pages, node.heading)],
    ]);
    if (index > 0) item.set(PDFName.of('Prev'), refs[index - 1]);
    if (index < nodes.length - 1) item.set(PDFName.of('Next'), refs[index + 1]);
    const childRefs = writeOutlineLevel(doc, pages, node.children, refs[index]);
    if (childRefs.length > 0) {
      item.set(PDFName.of('First'), childRefs[0]);
      item.set(PDFName.of('Last'), childRefs[childRefs.length - 1]);
      item.set(PDFName.of('Count'), PDFNumber.of(countDescendants(node.children)));
    }
    doc.context.assign(refs[index], PDFDict.fromMapWithContext(item, doc.context));
  });
  return refs;
}

/**
 * Bookmarks from the headings, all open. Unlike pagedjs-cli's outline.js this needs no selector
 * list and no hidden links, and a document without headings simply gets no `/Outlines`.
 */
function setOutline(doc: PDFDocument, pages: PDFPage[], headings: HeadingEntry[]): void {
  const roots = nestHeadings(headings);
  if (roots.length === 0) return;
  const outlineRef = doc.context.nextRef();
  const topRefs = writeOutlineLevel(doc, pages, roots, outlineRef);
  doc.context.assign(
    outlineRef,
    doc.context.obj({
      Type: 'Outlines',
      First: topRefs[0],
      Last: topRefs[topRefs.length - 1],
      Count: countDescendants(roots),
    }),
  );
  doc.catalog.set(PDFName.of('Outlines'), outlineRef);
}

/**
 * Chromium names the tagged PDF's table header cells after its DOM nodes ("node00000303"): numbers
 * (and even their order) vary from run to run. They are renamed in the order the structure tree
 * reaches their elements (document order), wherever they appear (the elements' /ID, the cells'
 * /Headers, the IDTree), and the IDTree is written again as one sorted leaf.
 */
export function renumberStructureIds(doc: PDFDocument): void {
  const NODE_ID = /^node(\d+)$/;
  const context = doc.context;
  const treeRoot = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!treeRoot) return;
  // Document order: depth first from the root's /K.
  const order: string[] = [];
  const seen = new Set<PDFDict>();
  const stack: unknown[] = [treeRoot.get(PDFName.of('K'))];
  while (stack.length > 0) {
    const item = stack.pop();
    const object = item instanceof PDFRef ? context.lookup(item) : item;
    if (object instanceof PDFArray) {
      for (let i = object.size() - 1; i >= 0; i--) stack.push(object.get(i));
    } else if (object instanceof PDFDict && !seen.has(object)) {
      seen.add(object);
      const id = object.get(PDFName.of('ID'));
      if ((id instanceof PDFString || id instanceof PDFHexString) && NODE_ID.test(id.decodeText()) && !order.includes(id.decodeText())) order.push(id.decodeText());
      const kids = object.get(PDFName.of('K'));
      if (kids) stack.push(kids);
    }
  }
  // Ids the tree does not reach (none expected) keep their relative order after the others.
  const found = new Set<string>();
  const visit = (object: unknown, replace?: (value: string) => PDFString | undefined): unknown => {
    if (object instanceof PDFString || object instanceof PDFHexString) {
      const value = object.decodeText();
      if (!NODE_ID.test(value)) return undefined;
      found.add(value);
      return replace?.(value);
    }
    if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) {
        const replacement = visit(object.get(i), replace);
        if (replacement) object.set(i, replacement as PDFString);
      }
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        const replacement = visit(value, replace);
        if (replacement) object.set(key, replacement as PDFString);
      }
    }
    return undefined;
  };
  const objects = context.enumerateIndirectObjects().map(([, object]) => object);
  for (const object of objects) visit(object);
  if (found.size === 0) return;
  const rest = [...found].filter((id) => !order.includes(id)).sort((a, b) => Number(NODE_ID.exec(a)![1]) - Number(NODE_ID.exec(b)![1]));
  const all = [...order.filter((id) => found.has(id)), ...rest];
  const width = Math.max(8, String(all.length).length);
  const renamed = new Map(all.map((old, index) => [old, `node${String(index + 1).padStart(width, '0')}`]));

  // The IDTree's pairs, read before renaming, written back as one leaf sorted by the new names.
  const pairs: [string, unknown][] = [];
  const treeRefs: PDFRef[] = [];
  const collect = (node: unknown) => {
    if (node instanceof PDFRef) treeRefs.push(node);
    const dict = node instanceof PDFRef ? context.lookup(node) : node;
    if (!(dict instanceof PDFDict)) return;
    const names = dict.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; names && i + 1 < names.size(); i += 2) {
      const key = names.get(i);
      if (key instanceof PDFString || key instanceof PDFHexString) pairs.push([key.decodeText(), names.get(i + 1)]);
    }
    const kids = dict.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) collect(kids.get(i));
  };
  collect(treeRoot.get(PDFName.of('IDTree')));

  for (const object of objects) visit(object, (value) => PDFString.of(renamed.get(value)!));
  if (pairs.length > 0) {
    const sorted = pairs.map(([name, value]) => [renamed.get(name) ?? name, value] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const names = context.obj([]);
    for (const [name, value] of sorted) {
      names.push(PDFString.of(name));
      names.push(value as PDFRef);
    }
    // The old leaves go; the root keeps its object number (so the file's layout stays put).
    for (const ref of treeRefs) context.delete(ref);
    const tree = context.obj({ Names: names });
    const rootRef = treeRefs[0];
    if (rootRef) context.assign(rootRef, tree);
    treeRoot.set(PDFName.of('IDTree'), rootRef ?? context.register(tree));
  }
}

export interface FinishedPdf {
  bytes: Uint8Array;
  pageCount: number;
}

/**
 * Post-processes Chromium's PDF. Fails when Chromium printed a different number of pages than
 * Paged.js laid out: that means print CSS leaked past Paged.js (blank or split pages) and every
 * destination would point at the wrong page.
 */
export async function finishPdf(
  printed: Uint8Array,
  layout: PaginatedLayout,
  metadata: PdfMetadata,
): Promise<FinishedPdf> {
  // Fastest = parse without yielding to the event loop; pdf-lib's default yields every 100 objects.
  // updateMetadata:false stops pdf-lib from stamping its own Producer and today's dates.
  const doc = await PDFDocument.load(printed, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
  const pages = doc.getPages();
  if (pages.length !== layout.pageCount) {
    throw new Error(`Paged.js laid out ${layout.pageCount} pages but Chromium printed ${pages.length}`);
  }
  setDocumentMetadata(doc, metadata);
  setTrimBoxes(pages, layout.pages);
  addParagraphDestinations(doc, pages, layout.anchors);
  setOutline(doc, pages, layout.headings);
  renumberStructureIds(doc);
  const bytes = await doc.save({ objectsPerTick: Infinity });
  return { bytes, pageCount: pages.length };
}
