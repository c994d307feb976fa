/**
 * Reading real PDFs back in tests (no mocks): poppler-utils, qpdf's JSON and pdf.js.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });

/** pdfinfo's fields, with the page boxes (-box). */
export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', ['-box', file])
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
}

/** Text of one page (1-based), or of the whole document, in poppler's reading order. */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return run('pdftotext', [...range, file, '-']);
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const match = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(line);
      if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes' };
    });
}

/** Words of one page with their boxes (points from the top-left), from `pdftotext -bbox`. */
export function pdfWords(file: string, page: number): { text: string; xMin: number; yMin: number; pageWidth: number }[] {
  const xhtml = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(xhtml)?.[1]);
  return [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    text: m[3]!.replace(/&amp;/g, '&'),
    pageWidth,
  }));
}

export interface PdfLinks {
  /** URI link annotations in page order: [page, url]. */
  uris: [number, string][];
  /** Names of the document's named destinations. */
  destinations: string[];
}

/** Link annotations and named destinations, as a viewer (pdf.js) sees them. */
export async function pdfLinks(file: string): Promise<PdfLinks> {
  const document = await getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const uris: [number, string][] = [];
    for (let page = 1; page <= document.numPages; page++) {
      for (const annotation of await (await document.getPage(page)).getAnnotations()) {
        if (annotation.subtype === 'Link' && annotation.url) uris.push([page, annotation.url]);
      }
    }
    return { uris, destinations: Object.keys(await document.getDestinations()) };
  } finally {
    await document.destroy();
  }
}

export type PdfValue = unknown;
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

/**
 * Renders one page of a PDF at 40 dpi and returns the share of pixels that differ from the
 * reference picture test/reference/<name>.png. UPDATE_REFERENCES=1 writes the picture instead
 * (look at it before committing it).
 */
export async function differenceFromReference(file: string, page: number, name: string, workDir: string): Promise<number> {
  const { PNG } = await import('pngjs');
  const pixelmatch = (await import('pixelmatch')).default;
  const { writeFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const prefix = path.join(workDir, `${name}-render`);
  execFileSync('pdftoppm', ['-png', '-r', '40', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const actual = PNG.sync.read(await readFile(`${prefix}.png`));
  const referenceFile = path.join(path.dirname(new URL(import.meta.url).pathname), 'reference', `${name}.png`);
  if (process.env.UPDATE_REFERENCES) await writeFile(referenceFile, PNG.sync.write(actual));
  const reference = PNG.sync.read(await readFile(referenceFile));
  if (actual.width !== reference.width || actual.height !== reference.height) return 1;
  return pixelmatch(actual.data, reference.data, null, actual.width, actual.height, { threshold: 0.2 }) / (actual.width * actual.height);
}
