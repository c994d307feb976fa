/**
 * A unit's target as a CAT tool returned it, back into Markdown: every code checked against the
 * codes the export gave the unit (none missing, unknown, repeated or unbalanced; a link's
 * address right after its text), each code turned back into the Markdown it stands for (its own,
 * or the source code's of the same id when a tool dropped it), white space a tool moved inside
 * emphasis moved back out, and the result checked to read as the same Markdown codes again.
 */
import { fail } from '../../diagnostics.ts';
import { codeIds, kindOfNative, markdownPieces } from './inline.ts';
import type { CodePiece, InlinePiece, XliffUnit } from './model.ts';
import { closingNative } from './write.ts';

const HINT = 'in the CAT tool, make the target carry each tag of the source exactly once, in matching pairs (most tools: "copy tags from source" or the tag QA check), then export the file again';

export function targetMarkdown(unit: XliffUnit, file: string): string {
  const where = { file, line: unit.line };
  const target = unit.target ?? [];
  const sourceCodes = new Map<string, CodePiece>();
  const sourceCloses = new Map<string, CodePiece>();
  for (const piece of unit.source) {
    if (piece.type === 'close') sourceCloses.set(piece.id, piece);
    else if (piece.type !== 'text') sourceCodes.set(piece.id, piece);
  }
  const expected = unit.targetCodes ?? codeIds(unit.source);
  const seen = new Set<string>();
  const open: CodePiece[] = [];
  const opened = new Map<string, CodePiece>();
  const resolved: InlinePiece[] = [];
  for (const piece of target) {
    if (piece.type === 'text') {
      resolved.push(piece);
      continue;
    }
    const counterpart = piece.type === 'close' ? sourceCloses.get(piece.id) : sourceCodes.get(piece.id);
    if (piece.type !== 'close') {
      if (!expected.includes(piece.id) || (counterpart && counterpart.type !== piece.type)) {
        throw fail('xliff/unknown-code', `unit ${unit.id}: the target has a tag (id ${piece.id}) the export did not give this unit`, where, HINT);
      }
      if (seen.has(piece.id)) throw fail('xliff/duplicate-code', `unit ${unit.id}: tag ${piece.id} occurs twice in the target`, where, HINT);
      seen.add(piece.id);
    }
    let native = piece.native;
    if (piece.type === 'close') {
      const opener = open.pop();
      if (!opener || opener.id !== piece.id) {
        throw fail('xliff/unbalanced-code', `unit ${unit.id}: tag ${piece.id} closes ${opener ? `inside tag ${opener.id}` : 'without having opened'}`, where, HINT);
      }
      native ??= counterpart?.native ?? (opener.native === undefined ? undefined : closingNative(opener.kind, opener.native));
    } else native ??= counterpart?.native;
    if (native === undefined) {
      throw fail('xliff/unknown-code', `unit ${unit.id}: tag ${piece.id} lost the Markdown it stands for (its equiv-text or data) and the source has no tag of that id`, where, HINT);
    }
    const kind = piece.kind ?? counterpart?.kind ?? (piece.type === 'close' ? opened.get(piece.id)?.kind : undefined) ?? kindOfNative(piece.type, native);
    const code: CodePiece = { type: piece.type, id: piece.id, kind, native };
    if (piece.type === 'open') {
      open.push(code);
      opened.set(piece.id, code);
    }
    if (kind === 'link-target') {
      const before = resolved[resolved.length - 1];
      if (!(before?.type === 'close' && (before.kind === 'link' || before.kind === 'image'))) {
        throw fail('xliff/moved-code', `unit ${unit.id}: tag ${piece.id} (the address of a link) must follow the link's text directly`, where, 'put the link tag right after the closing tag of the link text, as in the source');
      }
    }
    resolved.push(code);
  }
  if (open.length) throw fail('xliff/unbalanced-code', `unit ${unit.id}: tag ${open[open.length - 1]!.id} opens and never closes`, where, HINT);
  const missing = expected.filter((id) => !seen.has(id));
  if (missing.length) throw fail('xliff/missing-code', `unit ${unit.id}: the target lacks tag${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, where, HINT);

  moveSpaceOutOfEmphasis(resolved);
  const markdown = resolved.map((piece) => (piece.type === 'text' ? piece.text : piece.native)).join('').trim();
  const wanted = resolved.filter((p) => p.type !== 'text').map((p) => (p as CodePiece).native);
  const found = markdownPieces(markdown).filter((p) => p.type !== 'text').map((p) => (p as CodePiece).native);
  if (wanted.join('\u0000') !== found.join('\u0000')) {
    throw fail('xliff/markdown-in-text', `unit ${unit.id}: the target's text reads as Markdown markup of its own, or its tags no longer read as the source's markup: ${JSON.stringify(markdown)}`, where, 'use the tags for emphasis, links and notes; write a literal *, _, [ or ` as \\*, \\_, \\[ or \\`, and keep a tag pair around words, not spaces');
  }
  return markdown;
}

/** `*Recalling *` is not emphasis in Markdown: white space just inside an emphasis pair moves outside it. */
function moveSpaceOutOfEmphasis(pieces: InlinePiece[]): void {
  const emphasis = (piece: InlinePiece | undefined) => piece !== undefined && piece.type !== 'text' && (piece.kind === 'emphasis' || piece.kind === 'strong' || piece.kind === 'strong-emphasis');
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.type !== 'text') continue;
    if (emphasis(pieces[i - 1]) && pieces[i - 1]!.type === 'open') {
      const space = /^\s+/.exec(piece.text)?.[0];
      if (space) {
        piece.text = piece.text.slice(space.length);
        pieces.splice(i - 1, 0, { type: 'text', text: space });
        i++;
      }
    }
    if (emphasis(pieces[i + 1]) && pieces[i + 1]!.type === 'close') {
      const space = /\s+$/.exec(piece.text)?.[0];
      if (space) {
        piece.text = piece.text.slice(0, -space.length);
        pieces.splice(i + 2, 0, { type: 'text', text: space });
      }
    }
  }
}
