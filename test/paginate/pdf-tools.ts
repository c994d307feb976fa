/**
 * Reading real PDFs in tests with poppler-utils and qpdf (no mocks).
 */
import { execFileSync } from 'node:child_process';

export function pdfinfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-box', file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
}

/** Text of one page (1-based), or of the whole document, in poppler's reading order. */
export function pdftotext(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
}

export function pdffonts(file: string): string {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' });
}

type PdfValue = unknown;
export type PdfDict = Record<string, PdfValue>;

/** The PDF's objects as qpdf's JSON v2 gives them ("obj:12 0 R" → value). */
export class QpdfObjects {
  readonly objects: Record<string, PdfValue>;

  constructor(file: string) {
    const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    const entries = Object.entries(json.qpdf[1] as Record<string, { value?: PdfValue; stream?: { dict: PdfValue } }>);
    this.objects = Object.fromEntries(entries.map(([key, object]) => [key.replace(/^obj:/, ''), object.value ?? object.stream?.dict]));
  }

  /** Follows "12 0 R" references; other values are returned as they are. */
  resolve<T = PdfValue>(value: PdfValue): T {
    return (typeof value === 'string' && /^\d+ \d+ R$/.test(value) ? this.objects[value] : value) as T;
  }

  get trailer(): PdfDict {
    return this.objects.trailer as PdfDict;
  }

  get catalog(): PdfDict {
    return this.resolve<PdfDict>(this.trailer['/Root']);
  }

  /** Page object references in page order. */
  pageRefs(): string[] {
    const walk = (ref: string): string[] => {
      const node = this.resolve<PdfDict>(ref);
      return node['/Type'] === '/Pages' ? (node['/Kids'] as string[]).flatMap(walk) : [ref];
    };
    return walk(this.catalog['/Pages'] as string);
  }

  /** Outline titles as an indented list ("I. Introduction", "  A. Background"). */
  outlineTitles(): string[] {
    const outlines = this.catalog['/Outlines'];
    if (!outlines) return [];
    const titles: string[] = [];
    const walk = (first: PdfValue, depth: number) => {
      for (let ref = first; ref; ) {
        const item = this.resolve<PdfDict>(ref);
        titles.push('  '.repeat(depth) + decodePdfString(item['/Title']));
        if (item['/First']) walk(item['/First'], depth + 1);
        ref = item['/Next'];
      }
    };
    walk(this.resolve<PdfDict>(outlines)['/First'], 0);
    return titles;
  }
}

/** qpdf JSON writes text strings as "u:…". */
export function decodePdfString(value: PdfValue): string {
  return String(value).replace(/^u:/, '');
}
