/**
 * The UN page's margin boxes (templates/assets/page-ltr.css and its mirror), laid out by Paged.js.
 *
 * When both ends of a margin row have content, Paged.js 0.4 measures the two boxes to share the
 * row (finalizePage: white-space: nowrap, offsetWidth), two forced layouts a page, a tenth of the
 * time a 261-page edition spends laying out. The template declares a box only where it shows
 * something, so every page gives its row to one box without measuring, as `1fr 0 0` or `0 0 1fr`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mirrorPageRules } from '../../scripts/render/assets.ts';
import { browserForTests, probeLaidOut } from './laid-out.ts';

const OUTPUT = path.resolve('test/.output/margin-boxes');
const PAGE_LTR = path.resolve('templates/assets/page-ltr.css');

/**
 * Five pages of text under the template's page rules, with a symbol and a first-page footer. The
 * direction is on the text, not the root, as prepare-print.js leaves it for Paged.js.
 */
function edition(dir: 'ltr' | 'rtl'): string {
  const paragraphs = Array.from({ length: 60 }, (_, index) => `<p>${index + 1}. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Margins</title>
<link rel="stylesheet" href="page-${dir}.css">
<style>
:root { --job-number: "21-17096"; }
body { font: 12pt serif; }
.symbol { string-set: symbol content(text); }
</style></head><body><div dir="${dir}">
<div class="first-page-footer">21-17096 (E)</div>
<p class="symbol">NPT/CONF.2020/WP.20</p>
${paragraphs}
</div></body></html>`;
}

interface MarginRow {
  page: number;
  row: 'top' | 'bottom';
  /** Boxes of the row with content, by side. */
  withContent: string[];
  columns: string;
}

describe("the UN page's margin boxes", () => {
  const browser = browserForTests(OUTPUT);

  function marginRows(dir: 'ltr' | 'rtl'): Promise<MarginRow[]> {
    const folder = path.join(OUTPUT, dir);
    mkdirSync(folder, { recursive: true });
    const css = readFileSync(PAGE_LTR, 'utf8');
    writeFileSync(path.join(folder, 'page-ltr.css'), css);
    writeFileSync(path.join(folder, 'page-rtl.css'), mirrorPageRules(css));
    writeFileSync(path.join(folder, 'index.html'), edition(dir));
    return probeLaidOut<MarginRow[]>(browser(), path.join(folder, 'index.html'), [], `Array.from(document.querySelectorAll('.pagedjs_page')).flatMap((page, index) =>
      ['top', 'bottom'].map((row) => ({
        page: index + 1,
        row,
        withContent: ['left', 'center', 'right'].filter((side) => page.querySelector('.pagedjs_margin-' + row + '-' + side).classList.contains('hasContent')),
        columns: page.querySelector('.pagedjs_margin-' + row).style.gridTemplateColumns,
      })))`);
  }

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`gives each margin row after the first page to one box, unmeasured (${dir})`, async () => {
      const rows = await marginRows(dir);
      const later = rows.filter((row) => row.page > 1);
      expect(new Set(rows.map((row) => row.page)).size).toBeGreaterThanOrEqual(4);
      for (const row of later) {
        expect(row.withContent, `page ${row.page}, ${row.row} row`).toHaveLength(1);
        expect(['1fr 0px 0px', '0px 0px 1fr'], `page ${row.page}, ${row.row} row`).toContain(row.columns);
      }
      // Even pages at the symbol's side for the script's direction: left in ltr, right in rtl.
      const evenSide = dir === 'ltr' ? 'left' : 'right';
      expect(later.filter((row) => row.page % 2 === 0).every((row) => row.withContent[0] === evenSide)).toBe(true);
      expect(later.filter((row) => row.page % 2 === 1).every((row) => row.withContent[0] !== evenSide)).toBe(true);
    });
  }
});
