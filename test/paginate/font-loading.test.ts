/**
 * The engine loads only the font faces a document's characters need before Paged.js lays it
 * out (scripts/paginate/in-page/load-fonts-in-use.js). When the paginated layout draws a
 * character that is nowhere in the markup and was not drawn before pagination — here an "É" made by `text-transform: uppercase` in
 * a rule that only matches inside Paged.js's pages — its face was not loaded: the engine must
 * notice and paginate again with every face loaded, as Paged.js does by itself. Otherwise the page
 * breaks are measured in the fallback font (monospace, far wider) while the PDF shows Tinos.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPdfEngine, type PdfEngine, type PdfJob, type PdfResult } from '../../scripts/paginate/printer.ts';
import { pdfFonts, pdfText } from '../pdf-tools.ts';

const OUTPUT = path.resolve('test/.output/font-loading');
const TINOS = path.resolve('node_modules/@fontsource/tinos/files/tinos-latin-400-normal.woff2');

/** Many "É" set in Tinos, in a face that covers only U+00C9, with a monospace fallback. */
function documentWith(body: string, extraCss = ''): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Font loading</title>
<style>
  @font-face { font-family: "Capitals"; src: url("tinos.woff2") format("woff2"); unicode-range: U+00C9; }
  @page { size: A5; margin: 20mm; }
  body { font: 14pt "Capitals", monospace; }
  ${extraCss}
</style>
</head>
<body>${body}</body>
</html>`;
}

function jobFor(name: string, html: string): PdfJob {
  const root = path.join(OUTPUT, name);
  mkdirSync(root, { recursive: true });
  copyFileSync(TINOS, path.join(root, 'tinos.woff2'));
  writeFileSync(path.join(root, 'index.html'), html);
  return {
    label: `${name}/fr`,
    htmlPath: path.join(root, 'index.html'),
    pdfPath: path.join(OUTPUT, `${name}.pdf`),
    allowedRoot: root,
    metadata: { title: name, subject: '', author: '', lang: 'fr', creationDate: new Date('2020-01-01T00:00:00Z') },
  };
}

const paragraphs = (text: string) => Array.from({ length: 12 }, () => `<p>${Array(40).fill(text).join(' ')}</p>`).join('\n');

describe('font faces needed only by layout', () => {
  let engine: PdfEngine;
  let uppercased: PdfResult;
  let literal: PdfResult;

  beforeAll(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    engine = await openPdfEngine({ concurrency: 1 });
    // The same visible text: "É" written out (its face is loaded up front), or made only once paginated.
    literal = await engine.render(jobFor('literal', documentWith(paragraphs('ÉÉÉ'))));
    uppercased = await engine.render(
      jobFor('uppercased', documentWith(paragraphs('ééé'), '.pagedjs_pages p { text-transform: uppercase; }')),
    );
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('paginates as if every face had been loaded first', () => {
    expect(literal.ok).toBe(true);
    expect(uppercased.ok).toBe(true);
    expect(uppercased.pages).toBe(literal.pages);
    for (let page = 1; page <= (literal.pages ?? 0); page++) {
      expect(pdfText(uppercased.pdfPath!, page)).toBe(pdfText(literal.pdfPath!, page));
    }
    expect(pdfFonts(uppercased.pdfPath!).some((font) => /Tinos/i.test(font.name))).toBe(true);
  });
});
