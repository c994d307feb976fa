/**
 * in-page/load-fonts-in-use.js loads, before Paged.js lays a page out, the faces that will draw
 * its characters, chosen as the browser chooses: the first family of the character's
 * font-family whose faces hold it. Here, five families made from the same Tinos file, each
 * declaring the capitals A–Z (which the file has), and a probe: which faces the script loaded,
 * and whether layout then asked for one it had left out (which would send the engine to a
 * second pass).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { browserForTests, probeLaidOut } from './laid-out.ts';

const OUTPUT = path.resolve('test/.output/fonts-in-use');
const LOAD_FONTS_IN_USE = fileURLToPath(new URL('../../scripts/paginate/in-page/load-fonts-in-use.js', import.meta.url));
const TINOS = path.resolve('node_modules/@fontsource/tinos/files/tinos-latin-400-normal.woff2');
const FAMILIES = ['First', 'Second', 'Third', 'Fourth', 'Unused'];

/** The faces in a style sheet marked as Hexapla's fonts.css is (exact ranges), or in a plain one. */
function page(body: string, css: string, ranges: 'exact' | 'declared' = 'exact'): string {
  // A file each: faces sharing a URL share its loading too.
  const faces = FAMILIES.map((family) => `@font-face { font-family: "${family}"; src: url("${family}.woff2") format("woff2"); unicode-range: U+41-5A; }`).join('\n');
  const mark = ranges === 'exact' ? ' data-exact-unicode-ranges' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fonts</title>
<script>
// What had started loading once the scripts had run, before Paged.js began (Printer's "before").
window.PagedConfig = { before: () => {
  window.startedBeforeLayout = Array.from(document.fonts).filter((face) => face.status !== 'unloaded').map((face) => face.family.replace(/"/g, ''));
} };
</script>
<style data-pagedjs-ignore${mark}>${faces}</style><style>
@page { size: A5; margin: 20mm; }
body { font: 12pt "First", "Second", serif; }
${css}
</style></head><body>${body}</body></html>`;
}

interface Probe {
  /** Families with a face loaded. */
  loaded: string[];
  /** Families of faces the script left out that layout then loaded anyway. */
  missed: string[];
  /** Families of faces loading or loaded before Paged.js began. */
  startedBeforeLayout: string[];
}

describe('loading the fonts in use', () => {
  const browser = browserForTests(OUTPUT);

  function probe(name: string, html: string): Promise<Probe> {
    const dir = path.join(OUTPUT, name);
    mkdirSync(dir, { recursive: true });
    for (const family of FAMILIES) copyFileSync(TINOS, path.join(dir, `${family}.woff2`));
    writeFileSync(path.join(dir, 'index.html'), html);
    return probeLaidOut<Probe>(browser(), path.join(dir, 'index.html'), [LOAD_FONTS_IN_USE], `(() => ({
      loaded: [...new Set(Array.from(document.fonts).filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, '')))].sort(),
      missed: window.hexaplaSkippedFaces.filter((face) => face.status !== 'unloaded').map((face) => face.family.replace(/"/g, '')),
      startedBeforeLayout: window.startedBeforeLayout,
    }))()`);
  }

  it("loads the first family that holds the text's characters, not every family that declares them", async () => {
    const result = await probe('first-family', page('<p>ABC</p>', ''));
    expect(result).toMatchObject({ loaded: ['First'], missed: [] });
  });

  it("reads each element's own font-family", async () => {
    const result = await probe('element-family', page('<p>ABC <span class="other">DEF</span></p>', '.other { font-family: "Third", serif; }'));
    expect(result).toMatchObject({ loaded: ['First', 'Third'], missed: [] });
  });

  it('counts generated content in the font-family of what it is generated on, and only where a rule matches', async () => {
    const css = '.note::after { content: "\\0051"; } .note { font-family: "Third"; } .absent::before { content: "Z"; font-family: "Unused"; }';
    const result = await probe('generated', page('<p>abc <span class="note">x</span></p>', css));
    // "abc" and "x" are lower case: only the Q generated on .note needs a face.
    expect(result).toMatchObject({ loaded: ['Third'], missed: [] });
  });

  it("counts a margin box's content in the font-family of the margin box", async () => {
    const css = '@page { @top-center { content: "HEAD"; font-family: "Fourth"; } }';
    const result = await probe('margin-box', page('<p>abc</p>', css));
    expect(result).toMatchObject({ loaded: ['Fourth'], missed: [] });
  });

  it("counts what a margin box shows from a custom property, in the margin box's font-family", async () => {
    const css = ':root { --job: "JOB"; } @page { @top-center { content: var(--job); font-family: "Fourth"; } }';
    const result = await probe('margin-variable', page('<p>abc</p>', css));
    expect(result).toMatchObject({ loaded: ['Fourth'], missed: [] });
  });

  it('reads a font-family from a style attribute, a <font face> and an ancestor a rule sets it on', async () => {
    // (The markup's own characters count in the body's font: capitals anywhere load "First".)
    const body = '<p>abc <span style="font-family: Fourth">ABC</span> <font face="Second">DEF</font></p><div class="other"><p><em>GHI</em></p></div>';
    const result = await probe('own-families', page(body, '.other { font-family: "Third"; }'));
    expect(result).toMatchObject({ loaded: ['First', 'Fourth', 'Second', 'Third'], missed: [] });
  });

  it("starts loading the text's faces before Paged.js begins, and no others", async () => {
    // Q is generated content: its face is chosen only when Paged.js asks for the fonts.
    const result = await probe('early', page('<p>ABC <span class="note">x</span></p>', '.note::after { content: "Q"; font-family: "Third"; }'));
    expect(result).toEqual({ loaded: ['First', 'Third'], missed: [], startedBeforeLayout: ['First'] });
  });

  it('also loads the next families for faces whose range may be wider than their glyphs', async () => {
    // Without the mark, "First" might lack A, B or C: the browser would then try "Second".
    const result = await probe('declared-ranges', page('<p>ABC</p>', '', 'declared'));
    expect(result).toMatchObject({ loaded: ['First', 'Second'], missed: [] });
  });

  it('counts the hyphen Paged.js adds where it splits a word across pages', async () => {
    // U+2011 is outside every face here: nothing to load, and nothing missed.
    const result = await probe('no-capitals', page('<p>abc</p>', ''));
    expect(result).toMatchObject({ loaded: [], missed: [] });
  });
});
