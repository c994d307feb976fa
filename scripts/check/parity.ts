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
  if (a.length !== b.length) {
    const { side, index } = firstUnpaired(a, b);
    const longer = side === 'first' ? a : b;
    return {
      number: longer[index]!.number,
      line: (b[index] ?? b[b.length - 1])?.line,
      detail:
        `the first has ${a.length} numbered paragraphs, the second ${b.length}; ` +
        `paragraph ${longer[index]!.number} of the ${side} has no counterpart in the ${side === 'first' ? 'second' : 'first'}`,
    };
  }
  for (let index = 0; index < a.length; index++) {
    const leftItems = a[index]!.subItems.join(', ');
    const rightItems = b[index]!.subItems.join(', ');
    if (leftItems !== rightItems) {
      return { number: a[index]!.number, line: b[index]!.line, detail: `sub-items differ (${leftItems || 'none'} vs ${rightItems || 'none'})` };
    }
  }
  return undefined;
}

/** What leaving a paragraph unpaired costs, against pairing two that do not match (about 1 or more). */
const GAP_COST = 1;

/**
 * The first paragraph that an alignment of the two editions leaves without a partner. The
 * numbers alone cannot tell where a paragraph went missing, so the lists are aligned the way
 * translation aligners (Gale–Church) do: by dynamic programming over a pairing cost made of
 * relative text length, cited symbols and sub-item count. Quadratic, and paragraphs are few.
 */
function firstUnpaired(a: OutlineParagraph[], b: OutlineParagraph[]): { side: 'first' | 'second'; index: number } {
  const ratio = median(a.slice(0, Math.min(a.length, b.length)).map((p, i) => (b[i]!.length + 1) / (p.length + 1))) || 1;
  const pairCost = (x: OutlineParagraph, y: OutlineParagraph) =>
    Math.abs(Math.log((y.length / ratio + 20) / (x.length + 20))) +
    (x.symbols.join(' ') === y.symbols.join(' ') ? 0 : 1) +
    (x.subItems.length === y.subItems.length ? 0 : 1);
  const cost: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) cost[i]![j] = (i + j) * GAP_COST;
      else cost[i]![j] = Math.min(cost[i - 1]![j - 1]! + pairCost(a[i - 1]!, b[j - 1]!), cost[i - 1]![j]! + GAP_COST, cost[i]![j - 1]! + GAP_COST);
    }
  }
  // Walk back from the end; the last gap met is the first one in document order.
  let first: { side: 'first' | 'second'; index: number } = a.length > b.length ? { side: 'first', index: a.length - 1 } : { side: 'second', index: b.length - 1 };
  for (let i = a.length, j = b.length; i > 0 || j > 0; ) {
    if (i > 0 && j > 0 && cost[i]![j] === cost[i - 1]![j - 1]! + pairCost(a[i - 1]!, b[j - 1]!)) {
      i--;
      j--;
    } else if (i > 0 && cost[i]![j] === cost[i - 1]![j]! + GAP_COST) {
      first = { side: 'first', index: --i };
    } else {
      first = { side: 'second', index: --j };
    }
  }
  return first;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}
