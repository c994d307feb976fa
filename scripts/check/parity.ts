/**
 * Cross-language parity: every edition of a document must have the same numbered paragraphs
 * and sub-items, so "para. 16 (b)" means the same thing in all six languages. A difference in
 * structure is an error; a difference in the symbols a paragraph cites is a warning.
 */
import { HexaplaError } from '../errors.ts';
import type { LanguageCode } from '../languages.ts';
import type { Outline, OutlineParagraph } from '../transform/outline.ts';

export interface EditionOutline {
  lang: LanguageCode;
  file: string;
  outline: Outline;
}

export interface ParityWarning {
  message: string;
}

/** Throws on the first structural difference; returns warnings for symbol differences. */
export function checkParity(documentId: string, editions: EditionOutline[]): ParityWarning[] {
  const [reference, ...others] = editions;
  if (!reference) return [];
  const warnings: ParityWarning[] = [];
  for (const other of others) {
    const difference = firstStructuralDifference(reference.outline.paragraphs, other.outline.paragraphs);
    if (difference) {
      const { number, detail, line } = difference;
      throw new HexaplaError(
        `${documentId}: editions "${reference.lang}" and "${other.lang}" part at paragraph ${number}: ${detail}`,
        {
          location: { file: other.file, line },
          hint: `make ${other.file} and ${reference.file} have the same numbered paragraphs and sub-items (see paragraph ${number} in both)`,
        },
      );
    }
    reference.outline.paragraphs.forEach((paragraph, index) => {
      const otherParagraph = other.outline.paragraphs[index]!;
      if (paragraph.symbols.join(' ') !== otherParagraph.symbols.join(' ')) {
        warnings.push({
          message:
            `${documentId}: paragraph ${paragraph.number} links different symbols in "${reference.lang}" (${reference.file}:${paragraph.line}: ${paragraph.symbols.join(', ') || 'none'})` +
            ` and "${other.lang}" (${other.file}:${otherParagraph.line}: ${otherParagraph.symbols.join(', ') || 'none'})`,
        });
      }
    });
  }
  return warnings;
}

function firstStructuralDifference(
  a: OutlineParagraph[],
  b: OutlineParagraph[],
): { number: number; detail: string; line?: number } | undefined {
  const shared = Math.min(a.length, b.length);
  for (let index = 0; index < shared; index++) {
    const leftItems = a[index]!.subItems.join(', ');
    const rightItems = b[index]!.subItems.join(', ');
    if (leftItems !== rightItems) {
      return { number: a[index]!.number, line: b[index]!.line, detail: `sub-items differ (${leftItems || 'none'} vs ${rightItems || 'none'})` };
    }
  }
  if (a.length === b.length) return undefined;
  // A paragraph is missing or extra somewhere. The numbers alone cannot say where, so point at
  // the first paragraph whose cited symbols no longer match: there, the texts have shifted.
  const shifted = a.slice(0, shared).findIndex((paragraph, index) => paragraph.symbols.join(' ') !== b[index]!.symbols.join(' '));
  const index = shifted === -1 ? shared : shifted;
  const longer = a.length > b.length ? 'first' : 'second';
  return {
    number: index + 1,
    line: (b[index] ?? b[b.length - 1])?.line,
    detail: `the first has ${a.length} numbered paragraphs, the second ${b.length}; the ${longer} has a paragraph the other lacks, at or before paragraph ${index + 1}`,
  };
}
