/**
 * Reads an XLIFF 1.2 or 2.0 file as CAT tools return it into the XLIFF model: segments joined
 * (1.2 `<mrk mtype="seg">`, 2.0 several `<segment>` and `<ignorable>`), codes split by
 * segmentation paired again (1.2 `<bx/>`/`<ex/>`, 2.0 `<sc/>`/`<ec/>`), CDATA and entities as
 * text, white space as `xml:space` says. It checks the shape only; whether the codes and units
 * fit the document is the importer's business. Problems throw `fail` naming the file and line.
 */
import { fail } from '../../diagnostics.ts';
import { parseUnitNote, HEXAPLA_NOTE, type CodeKind, type InlinePiece, type XliffFile, type XliffUnit } from './model.ts';
import { closingNative } from './write.ts';
import { childElements, descendants, parseXml, textContent, XmlSyntaxError, type XmlElement } from './xml.ts';

const NS_12 = 'urn:oasis:names:tc:xliff:document:1.2';
const NS_20 = 'urn:oasis:names:tc:xliff:document:2.0';

const KIND_12: Record<string, CodeKind> = {
  italic: 'emphasis',
  bold: 'strong',
  'x-bold-italic': 'strong-emphasis',
  link: 'link',
  'x-image': 'image',
};

export function readXliff(xml: string, file: string): XliffFile {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    throw fail('xliff/malformed', `not well-formed XML: ${error.message}`, { file, line: error.line }, 'the CAT tool or an editor broke the file: export it again from the tool, or fix the XML at that line');
  }
  const version = root.attributes.version;
  if (root.name !== 'xliff' || !(root.ns === NS_12 || root.ns === NS_20 || (root.ns === '' && (version === '1.2' || version === '2.0')))) {
    throw fail('xliff/not-xliff', `not an XLIFF file: its root element is <${root.name}>${root.ns ? ` in namespace ${root.ns}` : ''}`, { file, line: root.line }, 'give the XLIFF file (.xlf, .xliff) that hexapla xliff export wrote and the CAT tool returned');
  }
  const is20 = root.ns === NS_20 || (root.ns === '' && version?.startsWith('2'));
  const files = childElements(root, 'file');
  if (files.length !== 1) {
    throw fail('xliff/shape', `the XLIFF file has ${files.length} <file> elements; Hexapla writes exactly one`, { file, line: root.line }, 'import the file hexapla xliff export wrote, one document and language per file');
  }
  return is20 ? read20(root, files[0]!, file) : read12(files[0]!, file);
}

function read12(fileElement: XmlElement, file: string): XliffFile {
  const units = descendants(fileElement, 'trans-unit').map((element): XliffUnit => {
    const unit: XliffUnit = { id: element.attributes.id ?? '', line: element.line, source: [] };
    const preserve = spacePreserved(element, false);
    for (const note of childElements(element, 'note')) if (note.attributes.from === HEXAPLA_NOTE || /source-hash:/.test(textContent(note))) parseUnitNote(textContent(note), unit);
    const source = childElements(element, 'source')[0];
    if (source) unit.source = finish(inline12(source, spacePreserved(source, preserve), file, unit.id), spacePreserved(source, preserve));
    const target = childElements(element, 'target')[0];
    if (target) {
      const targetPreserve = spacePreserved(target, preserve);
      const pieces = finish(inline12(target, targetPreserve, file, unit.id), targetPreserve);
      if (pieces.length) unit.target = pieces;
    }
    return unit;
  });
  return {
    version: '1.2',
    document: fileElement.attributes.original ?? '',
    sourceLang: fileElement.attributes['source-language'] ?? '',
    targetLang: fileElement.attributes['target-language'] ?? '',
    units,
    line: fileElement.line,
  };
}

function inline12(element: XmlElement, preserve: boolean, file: string, unitId: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  const bxIds = new Map<string, string>();
  const walk = (parent: XmlElement, preserveHere: boolean) => {
    for (const child of parent.children) {
      if (typeof child === 'string') {
        pieces.push({ type: 'text', text: whiteSpace(child, preserveHere) });
        continue;
      }
      const space = spacePreserved(child, preserveHere);
      const { id = '', ctype = '' } = child.attributes;
      const native = child.attributes['equiv-text'];
      const kind = KIND_12[ctype] ?? (ctype.startsWith('x-') ? (ctype.slice(2) as CodeKind) : undefined);
      if (child.name === 'g') {
        pieces.push({ type: 'open', id, kind, native });
        walk(child, space);
        pieces.push({ type: 'close', id, kind, native: native === undefined ? undefined : closingNative(kind, native) });
      } else if (child.name === 'x') pieces.push({ type: 'standalone', id, kind, native });
      else if (child.name === 'bx') {
        bxIds.set(child.attributes.rid ?? id, id);
        pieces.push({ type: 'open', id, kind, native });
      } else if (child.name === 'ex') {
        const openId = bxIds.get(child.attributes.rid ?? id) ?? child.attributes.rid ?? id;
        pieces.push({ type: 'close', id: openId, kind, native: undefined });
      } else if (child.name === 'mrk') walk(child, space);
      else {
        throw fail('xliff/inline-code', `unit ${unitId} has a <${child.name}> code; Hexapla writes only <g> and <x/>`, { file, line: child.line }, 'in the CAT tool, copy the tags from the source instead of inserting new ones, and export the file again');
      }
    }
  };
  walk(element, preserve);
  return pieces;
}

function read20(root: XmlElement, fileElement: XmlElement, file: string): XliffFile {
  const units = descendants(fileElement, 'unit').map((element): XliffUnit => {
    const unit: XliffUnit = { id: element.attributes.id ?? '', line: element.line, source: [] };
    const preserve = spacePreserved(element, false);
    for (const note of descendants(element, 'note')) if (note.attributes.category === HEXAPLA_NOTE || /source-hash:/.test(textContent(note))) parseUnitNote(textContent(note), unit);
    const data = new Map<string, string>();
    for (const item of descendants(element, 'data')) data.set(item.attributes.id ?? '', dataText(item));
    const parts = childElements(element).filter((child) => child.name === 'segment' || child.name === 'ignorable');
    const source: InlinePiece[] = [];
    const target: InlinePiece[] = [];
    let translated = false;
    const untranslated: XmlElement[] = [];
    const scPairs = new Map<string, string>();
    for (const part of parts) {
      const partPreserve = spacePreserved(part, preserve);
      const partSource = childElements(part, 'source')[0];
      const partTarget = childElements(part, 'target')[0];
      const sourcePieces = partSource ? inline20(partSource, spacePreserved(partSource, partPreserve), data, new Map(), file, unit.id) : [];
      source.push(...sourcePieces);
      if (partTarget) {
        translated = true;
        target.push(...inline20(partTarget, spacePreserved(partTarget, partPreserve), data, scPairs, file, unit.id));
      } else if (part.name === 'ignorable') target.push(...sourcePieces);
      else untranslated.push(part);
    }
    unit.source = finish(source, preserve);
    if (translated) {
      if (untranslated.length) {
        throw fail('xliff/untranslated-segment', `unit ${unit.id} has a segment without a target`, { file, line: untranslated[0]!.line }, 'translate every segment of the unit (or none of them) in the CAT tool, and export the file again');
      }
      const pieces = finish(target, preserve);
      if (pieces.length) unit.target = pieces;
    }
    return unit;
  });
  return {
    version: '2.0',
    document: fileElement.attributes.original ?? fileElement.attributes.id ?? '',
    sourceLang: root.attributes.srcLang ?? '',
    targetLang: root.attributes.trgLang ?? '',
    units,
    line: fileElement.line,
  };
}

function inline20(element: XmlElement, preserve: boolean, data: Map<string, string>, scPairs: Map<string, string>, file: string, unitId: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  const ref = (name: string | undefined) => (name === undefined ? undefined : data.get(name));
  const walk = (parent: XmlElement, preserveHere: boolean) => {
    for (const child of parent.children) {
      if (typeof child === 'string') {
        pieces.push({ type: 'text', text: whiteSpace(child, preserveHere) });
        continue;
      }
      const id = child.attributes.id ?? '';
      const space = spacePreserved(child, preserveHere);
      if (child.name === 'pc') {
        pieces.push({ type: 'open', id, native: ref(child.attributes.dataRefStart) });
        walk(child, space);
        pieces.push({ type: 'close', id, native: ref(child.attributes.dataRefEnd) });
      } else if (child.name === 'ph') pieces.push({ type: 'standalone', id, native: ref(child.attributes.dataRef) });
      else if (child.name === 'sc') {
        scPairs.set(id, id);
        pieces.push({ type: 'open', id, native: ref(child.attributes.dataRef) });
      } else if (child.name === 'ec') pieces.push({ type: 'close', id: child.attributes.startRef ?? id, native: ref(child.attributes.dataRef) });
      else if (child.name === 'cp') pieces.push({ type: 'text', text: String.fromCodePoint(parseInt(child.attributes.hex ?? '0', 16)) });
      else if (child.name === 'mrk') walk(child, space);
      else if (child.name === 'sm' || child.name === 'em') continue;
      else {
        throw fail('xliff/inline-code', `unit ${unitId} has a <${child.name}> element inside its text`, { file, line: child.line }, 'export the file again from the CAT tool; Hexapla reads <pc>, <ph>, <sc>/<ec>, <mrk> and <cp> only');
      }
    }
  };
  walk(element, preserve);
  return pieces;
}

function dataText(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : child.name === 'cp' ? String.fromCodePoint(parseInt(child.attributes.hex ?? '0', 16)) : textContent(child))).join('');
}

function spacePreserved(element: XmlElement, inherited: boolean): boolean {
  const value = element.attributes['xml:space'];
  return value === 'preserve' ? true : value === 'default' ? false : inherited;
}

/**
 * Text under `xml:space="default"` is laid out by the tool: a run of white space with a blank
 * line in it is a paragraph break, any other run with a line end one space.
 */
function whiteSpace(text: string, preserve: boolean): string {
  if (preserve) return text;
  return text.replace(/\s*\n\s*/g, (run) => (/\n[ \t]*\n/.test(run) ? '\n\n' : ' '));
}

/** Adjacent text merged, white space at either end of the whole dropped (it is layout). */
function finish(pieces: InlinePiece[], _preserve: boolean): InlinePiece[] {
  const merged: InlinePiece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (piece.type === 'text' && last?.type === 'text') last.text += piece.text;
    else if (piece.type !== 'text' || piece.text) merged.push({ ...piece });
  }
  const first = merged[0];
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
  const last = merged[merged.length - 1];
  if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '');
  return merged.filter((piece) => piece.type !== 'text' || piece.text);
}
