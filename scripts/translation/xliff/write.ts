/**
 * Writes the XLIFF model as XLIFF 1.2 or 2.0, valid against the OASIS schemas (1.2 strict,
 * 2.0 core). Paired codes are 1.2 `<g>` / 2.0 `<pc>`, standalone ones 1.2 `<x/>` / 2.0 `<ph/>`;
 * each code's Markdown travels with it: 1.2 in `equiv-text` (a `<g>` holds its opening
 * Markdown; its closing one follows from its kind), 2.0 in the unit's `<originalData>`.
 * The source hash is a unit note (`<note from="hexapla">`, `<note category="hexapla">`); the
 * document id is the file's `original`, the languages the file's own attributes.
 */
import { unitNote, HEXAPLA_NOTE, type CodeKind, type InlinePiece, type XliffFile, type XliffUnit } from './model.ts';
import { escapeAttribute as attr, escapeText as text } from './xml.ts';

export function writeXliff(file: XliffFile): string {
  return file.version === '2.0' ? writeXliff20(file) : writeXliff12(file);
}

const CTYPE_12: Record<CodeKind, string> = {
  emphasis: 'italic',
  strong: 'bold',
  'strong-emphasis': 'x-bold-italic',
  link: 'link',
  image: 'x-image',
  'link-target': 'x-link-target',
  footnote: 'x-footnote',
  directive: 'x-directive',
  label: 'x-label',
  unnumbered: 'x-unnumbered',
  escape: 'x-escape',
  code: 'x-code',
  url: 'x-url',
};

export function writeXliff12(file: XliffFile): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="${attr(file.document)}" source-language="${attr(file.sourceLang)}" target-language="${attr(file.targetLang)}" datatype="x-hexapla-markdown" tool-id="hexapla">`,
    '    <header>',
    '      <tool tool-id="hexapla" tool-name="Hexapla"/>',
    `      <note from="${HEXAPLA_NOTE}">document: ${text(file.document)}; target language: ${text(file.targetLang)}</note>`,
    '    </header>',
    '    <body>',
  ];
  for (const unit of file.units) {
    lines.push(`      <trans-unit id="${attr(unit.id)}" resname="${attr(unit.id)}" xml:space="preserve">`);
    lines.push(`        <source xml:lang="${attr(file.sourceLang)}">${inline12(unit.source)}</source>`);
    if (unit.target) {
      const state = unit.state === 'needs-review' ? 'needs-review-translation' : 'translated';
      lines.push(`        <target xml:lang="${attr(file.targetLang)}" state="${state}">${inline12(unit.target)}</target>`);
    }
    lines.push(`        <note from="${HEXAPLA_NOTE}">${text(unitNote(unit))}</note>`);
    lines.push('      </trans-unit>');
  }
  lines.push('    </body>', '  </file>', '</xliff>', '');
  return lines.join('\n');
}

function inline12(pieces: InlinePiece[]): string {
  return pieces
    .map((piece) => {
      if (piece.type === 'text') return text(piece.text);
      const ctype = piece.kind ? ` ctype="${CTYPE_12[piece.kind]}"` : '';
      if (piece.type === 'open') return `<g id="${attr(piece.id)}"${ctype} equiv-text="${attr(piece.native ?? '')}">`;
      if (piece.type === 'close') return '</g>';
      return `<x id="${attr(piece.id)}"${ctype} equiv-text="${attr(piece.native ?? '')}"/>`;
    })
    .join('');
}

export function writeXliff20(file: XliffFile): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${attr(file.sourceLang)}" trgLang="${attr(file.targetLang)}">`,
    `  <file id="f1" original="${attr(file.document)}">`,
    `    <notes><note category="${HEXAPLA_NOTE}">document: ${text(file.document)}; target language: ${text(file.targetLang)}</note></notes>`,
  ];
  for (const unit of file.units) lines.push(...unit20(unit));
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}

function unit20(unit: XliffUnit): string[] {
  // Each distinct Markdown a code stands for is one <data>, shared by source and target.
  const data = new Map<string, string>();
  const dataRef = (native: string) => {
    if (!data.has(native)) data.set(native, `d${data.size + 1}`);
    return data.get(native)!;
  };
  const inline = (pieces: InlinePiece[]) => {
    const opens: InlinePiece[] = [];
    return pieces
      .map((piece) => {
        if (piece.type === 'text') return text(piece.text);
        if (piece.type === 'open') {
          opens.push(piece);
          const close = closingNative(piece.kind, piece.native ?? '');
          const type = piece.kind === 'link' ? 'link' : piece.kind === 'image' ? 'image' : 'fmt';
          const subType = piece.kind === 'emphasis' ? ' subType="xlf:i"' : piece.kind === 'strong' ? ' subType="xlf:b"' : '';
          return `<pc id="${attr(piece.id)}" dataRefStart="${dataRef(piece.native ?? '')}" dataRefEnd="${dataRef(close)}" type="${type}"${subType}>`;
        }
        if (piece.type === 'close') return '</pc>';
        return `<ph id="${attr(piece.id)}" dataRef="${dataRef(piece.native ?? '')}" disp="${attr(piece.native ?? '')}"/>`;
      })
      .join('');
  };
  const source = inline(unit.source);
  const target = unit.target ? inline(unit.target) : undefined;
  const state = unit.state === 'needs-review' ? 'initial' : 'translated';
  const lines = [`    <unit id="${attr(unit.id)}" name="${attr(unit.id)}" xml:space="preserve">`];
  lines.push(`      <notes><note category="${HEXAPLA_NOTE}">${text(unitNote(unit))}</note></notes>`);
  if (data.size) {
    lines.push('      <originalData>');
    for (const [native, id] of data) lines.push(`        <data id="${id}">${text(native)}</data>`);
    lines.push('      </originalData>');
  }
  lines.push(`      <segment id="s1"${target === undefined ? '' : ` state="${state}"`}>`);
  lines.push(`        <source>${source}</source>`);
  if (target !== undefined) lines.push(`        <target>${target}</target>`);
  lines.push('      </segment>', '    </unit>');
  return lines;
}

/** The Markdown that closes a paired code: emphasis closes as it opened, link and image text with `]`. */
export function closingNative(kind: CodeKind | undefined, openNative: string): string {
  if (kind === 'link' || kind === 'image' || openNative === '[' || openNative === '![') return ']';
  return openNative;
}
