/** Reading PDFs back for tests: poppler's command-line tools, pdf.js and pdf-lib. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = promisify(execFile);

export async function pdfText(file: string, options: { first?: number; last?: number; layout?: boolean } = {}): Promise<string> {
  const args = [...(options.layout ? ['-layout'] : []), ...(options.first ? ['-f', String(options.first)] : []), ...(options.last ? ['-l', String(options.last)] : []), file, '-'];
  return (await run('pdftotext', args, { maxBuffer: 32 << 20 })).stdout;
}

export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [file]);
  return Object.fromEntries(stdout.split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export async function pdfFonts(file: string): Promise<FontRow[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const match = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(line);
      if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes' };
    });
}

/** Words with their boxes (points from the top-left), per page, from `pdftotext -bbox`. */
export async function pdfWords(file: string, page: number): Promise<{ text: string; xMin: number; yMin: number; pageWidth: number }[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { maxBuffer: 32 << 20 });
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(stdout)?.[1]);
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
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

export async function pdfCatalogLang(file: string): Promise<string | undefined> {
  const document = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  return document.catalog.lookup(PDFName.of('Lang'))?.toString().replace(/^\(|\)$/g, '');
}
