/**
 * End to end, on real PDFs: notes at the foot of their call's page (in English and Arabic), a
 * long table with its head on every page and every row once, and an annex that starts a page
 * and numbers its paragraphs from 1. The document is generated so that each fact can be
 * checked by a token on the page.
 */
import { execFileSync } from 'node:child_process';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../scripts/build.ts';
import { projectWith } from './helpers.ts';
import { pdfInfo, pdfText, pdfWords } from './pdf-tools.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const NOTES = 36;
const ROWS = 120;
const LONG = 'The Assembly recalls the importance of the equal treatment of the six official languages in all documents of the Organization. ';

function edition(): string {
  const parts: string[] = ['---', 'title: Notes, tables and annexes', '---', ''];
  for (let n = 1; n <= NOTES; n++) {
    const words = LONG.repeat(1 + (n % 4));
    if (n === 9) {
      parts.push(`Chapeau C${pad(n)}x:[^n${n}]`, '', '1. first item;', '2. second item.', '');
    } else if (n === 12) {
      parts.push(`Sub-items follow:`, '', `1. an item with a call C${pad(n)}x;[^n${n}]`, '2. another item.', '');
    } else {
      parts.push(`${words}C${pad(n)}x.[^n${n}]`, '');
    }
  }
  for (let n = 1; n <= NOTES; n++) {
    const body = n === 20 ? `${LONG.repeat(12)}` : n % 5 === 0 ? LONG.repeat(2) : 'A short note.';
    parts.push(`[^n${n}]: N${pad(n)}a ${body} N${pad(n)}z`);
  }
  parts.push('', ':::table[Contributions by Member, 2024]{#contributions}', '| Member | Region | Amount |', '|:--|:--|--:|');
  for (let r = 1; r <= ROWS; r++) parts.push(`| Row${String(r).padStart(3, '0')} | Region ${r % 5} | ${r * 7}${r === 77 ? '[^tab]' : ''} |`);
  parts.push('', 'Source: Secretariat (illustrative).', '', '[^tab]: Tnote provisional.', ':::', '');
  parts.push('::annex[The annex]{original=fr}', '', 'Annexfirst paragraph of the annex.', '', 'Annexsecond paragraph of the annex.', '', '![A blue square](figures/square.png)', '');
  return parts.join('\n');
}

/** A 40 × 40 blue PNG: an image of the document, to publish beside the editions. */
function bluePng(): Buffer {
  const png = new PNG({ width: 40, height: 40 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([20, 60, 200, 255], i);
  return PNG.sync.write(png);
}

let project: Awaited<ReturnType<typeof projectWith>>;
let result: BuildResult;
const pdf = (lang: string) => path.join(project.root, 'dist', 'features', `${lang}.pdf`);

beforeAll(async () => {
  project = await projectWith({
    features: {
      'document.yml': 'type: report\nsymbol: A/80/999\njobNumber: 25-99999\ndate: 2025-11-01\noriginal: en\norgan: general-assembly\nsession:\n  number: 80\n',
      'en.md': edition(),
      'ar.md': edition(),
      'figures/square.png': bluePng(),
    },
  });
  result = await build({ root: project.root, formats: ['pdf'] });
}, 240_000);
afterAll(() => project.remove());

/** The text of every page, once. */
function pages(lang: string): string[] {
  const count = Number(pdfInfo(pdf(lang)).Pages);
  return Array.from({ length: count }, (_, i) => pdfText(pdf(lang), i + 1).replace(/\u00AD/g, ''));
}

describe.each(['en', 'ar'])('%s: notes, a long table and an annex in the PDF', (lang) => {
  it('renders', () => {
    expect(result.outputs.find((o) => o.lang === lang)).toMatchObject({ ok: true });
  });

  it('puts every note on the page of its call, once, the long one continuing on the next page', () => {
    const text = pages(lang);
    const pageOf = (token: string) => text.map((page, i) => (page.includes(token) ? i : -1)).filter((i) => i >= 0);
    for (let n = 1; n <= NOTES; n++) {
      const call = pageOf(`C${pad(n)}x`);
      const start = pageOf(`N${pad(n)}a`);
      expect(call, `call ${n}`).toHaveLength(1);
      expect(start, `note ${n} starts once`).toHaveLength(1);
      expect(start[0], `note ${n} starts on its call's page`).toBe(call[0]);
      expect(pageOf(`N${pad(n)}z`), `note ${n} ends once`).toHaveLength(1);
    }
    expect(pageOf('N20z')[0]).toBeGreaterThanOrEqual(pageOf('N20a')[0]!);
  });

  it('prints no notes heading and no back links in the PDF', () => {
    const all = pages(lang).join('\n');
    expect(all).not.toContain('↩');
    expect(all).not.toMatch(/^(Notes|الحواشي)$/m);
  });

  it('repeats the table head on every page the table spans, with every row once and in order', () => {
    const text = pages(lang);
    const spanned = text.map((page, i) => ({ page, i })).filter(({ page }) => /Row\d{3}/.test(page));
    expect(spanned.length).toBeGreaterThanOrEqual(2);
    // The head's words (poppler reads table cells column by column, so they need not be adjacent).
    for (const { page, i } of spanned) {
      expect(page, `page ${i + 1}`).toMatch(/\bMember\b(?!,)/);
      expect(page, `page ${i + 1}`).toMatch(/\bAmount\b/);
    }
    // Rows in the order they stand on each page (by position: poppler's reading order of
    // right-to-left table cells can swap neighbours).
    const rows = spanned.flatMap(({ i }) =>
      pdfWords(pdf(lang), i + 1)
        .filter((w) => /^Row\d{3}$/.test(w.text))
        .sort((a, b) => a.yMin - b.yMin)
        .map((w) => Number(w.text.slice(3))),
    );
    expect(rows).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    // The table's note follows its last row; the page note called from row 77 is on row 77's page.
    const last = spanned[spanned.length - 1]!.page;
    expect(last).toContain('Tnote provisional');
  });

  it('starts the annex on a page of its own and numbers its paragraphs from 1', () => {
    const text = pages(lang);
    const annexPage = text.findIndex((page) => page.includes('Annexfirst'));
    expect(annexPage).toBeGreaterThan(0);
    expect(text[annexPage - 1]).not.toContain('Annexfirst');
    const lines = text[annexPage]!.split('\n').map((l) => l.trim()).filter(Boolean);
    // Running header first, then the annex heading; no text of the main part on this page.
    expect(text[annexPage]).not.toMatch(/C\d\dx/);
    expect(lines.join(' ')).toMatch(lang === 'ar' ? /المرفق/ : /Annex/);
    // Arabic numbers ("1 -") come out of poppler in visual order: "-1".
    expect(text[annexPage]).toMatch(lang === 'ar' ? /Annexfirst[^\n]*\n+-1\n/ : /1\.\s+Annexfirst/);
    expect(text[annexPage]).toMatch(lang === 'ar' ? /Annexsecond[^\n]*\n+-2\n/ : /2\.\s+Annexsecond/);
  });

  it('publishes the document\'s image beside the edition and prints it in the PDF', async () => {
    await access(path.join(project.root, 'dist', 'features', 'media', 'figures', 'square.png'));
    const images = execFileSync('pdfimages', ['-list', pdf(lang)], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(images.some((line) => /\s40\s+40\s/.test(line))).toBe(true);
  });
});
