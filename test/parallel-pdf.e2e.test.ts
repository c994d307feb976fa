/**
 * End to end: `hexapla parallel` prints the parallel edition of a copy of the project (built as
 * HTML first) to an A4 landscape PDF with two or three columns, read back with poppler; and its
 * errors: one `error:` line with a hint, exit status 1, no stack trace, no PDF.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../scripts/build.ts';
import { copyProject, runHexapla, SOFT_HYPHEN, type CommandResult } from './helpers.ts';
import { pdfFonts, pdfInfo, pdfText } from './pdf-tools.ts';

const RESOLUTION = 'a-res-80-212';
const PAPER = 'npt-conf-2020-wp-20';
const BIDI_MARKS = /[\u202A-\u202E\u200E\u200F]/g;

let project: { root: string; remove: () => Promise<void> };
let unbuilt: { root: string; remove: () => Promise<void> };
let resolution: CommandResult;

const pdfOf = (doc: string) => path.join(project.root, 'dist', doc, 'parallel.pdf');
/** The text as a reader would search it: no soft hyphens from hyphenation, no bidi marks. */
const textOf = (file: string, page?: number) => pdfText(file, page).replaceAll(SOFT_HYPHEN, '').replace(BIDI_MARKS, '');
/** Every page's size, as pdfinfo gives it ("841.92 x 594.96 pts (A4)"). */
const pageSizes = (file: string) => {
  const pages = Number(pdfInfo(file).Pages);
  const output = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' });
  const sizes = [...output.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((m) => m[1]!);
  expect(sizes).toHaveLength(pages);
  return sizes;
};

beforeAll(async () => {
  [project, unbuilt] = await Promise.all([copyProject(), copyProject()]);
  await build({ root: project.root, formats: ['html'] });
  resolution = await runHexapla(project.root, ['parallel', '--doc', RESOLUTION, '--lang', 'en,fr,ar']);
});
afterAll(async () => {
  await project?.remove();
  await unbuilt?.remove();
});

describe('hexapla parallel: the resolution in English, French and Arabic', () => {
  it('prints one line naming the columns, the file, its pages and size', () => {
    expect(resolution.stderr).toBe('');
    expect(resolution.code).toBe(0);
    // The columns in the order given.
    expect(resolution.stdout).toMatch(/^✓ a-res-80-212 parallel en\+fr\+ar → dist\/a-res-80-212\/parallel\.pdf \(\d+ pages?, \d+ kB\)\n$/);
    const layout = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdfOf(RESOLUTION), '-'], { encoding: 'utf8' });
    const head = layout.split('\n').find((line) => line.includes('English') && line.includes('Français'))!;
    expect(head.indexOf('English')).toBeLessThan(head.indexOf('Français'));
    expect(head.indexOf('Français')).toBeLessThan(head.indexOf('العربية'));
    expect(existsSync(pdfOf(RESOLUTION))).toBe(true);
  });

  it('is A4 landscape on every page, tagged, with the document metadata', () => {
    const info = pdfInfo(pdfOf(RESOLUTION));
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(1);
    for (const size of pageSizes(pdfOf(RESOLUTION))) {
      const [width, height] = /^([\d.]+) x ([\d.]+) pts/.exec(size)!.slice(1).map(Number);
      expect(Math.abs(width! - 842), size).toBeLessThan(1);
      expect(Math.abs(height! - 595), size).toBeLessThan(1);
    }
    expect(info.Tagged).toBe('yes');
    expect(info.Subject).toBe('A/RES/80/212');
    expect(info.Title).toContain('A/RES/80/212');
    expect(info.CreationDate).toMatch(/Dec 22 00:00:00 2025/); // document.yml's date, not the clock
  });

  it('has the English, French and Arabic text and none of the Chinese, Russian or Spanish', () => {
    const text = textOf(pdfOf(RESOLUTION));
    expect(text).toContain('Recalling');
    expect(text).toContain('multilingualism');
    expect(text).toContain('Rappelant');
    expect(text).toContain('Nations Unies');
    expect(text).toContain('قراراتها');
    expect(text).toContain('المنظمة');
    expect(text).not.toMatch(/[\u4E00-\u9FFF]/); // Chinese
    expect(text).not.toMatch(/[\u0400-\u04FF]/); // Russian
    expect(text).not.toContain('Reafirmando');
    expect(text).not.toContain('Naciones Unidas');
  });

  it('embeds every font it uses', () => {
    const fonts = pdfFonts(pdfOf(RESOLUTION));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('gives the same bytes when printed again', async () => {
    const { readFile } = await import('node:fs/promises');
    const first = await readFile(pdfOf(RESOLUTION));
    const again = await runHexapla(project.root, ['parallel', '--doc', RESOLUTION, '--lang', 'en,fr,ar', '--out', 'again.pdf']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('→ again.pdf');
    expect(Buffer.compare(first, await readFile(path.join(project.root, 'again.pdf')))).toBe(0);
  });
});

describe('hexapla parallel: the working paper, over several pages', () => {
  let file: string;
  beforeAll(async () => {
    const result = await runHexapla(project.root, ['parallel', '--doc', PAPER, '--lang', 'en,fr,ar']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    file = pdfOf(PAPER);
  });

  it('repeats the head row, with the language names, on every page', () => {
    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = textOf(file, page);
      for (const name of ['English', 'Français', 'العربية']) expect(text, `page ${page}`).toContain(name);
      for (const name of ['中文', 'Русский', 'Español']) expect(text, `page ${page}`).not.toContain(name);
    }
  });

  it('is A4 landscape on every page, with embedded fonts only', () => {
    for (const size of pageSizes(file)) expect(size).toMatch(/^841\.\d+ x 59[45]\.\d+ pts/);
    expect(pdfFonts(file).filter((font) => !font.embedded)).toEqual([]);
  });
});

describe('hexapla parallel: errors', () => {
  const refused = (result: CommandResult, message: RegExp, hint: RegExp) => {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('error:')), result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(result.stderr).toMatch(hint);
    expect(result.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(existsSync(path.join(project.root, 'refused.pdf'))).toBe(false);
  };

  it('refuses a document whose parallel edition was not built, naming the build command', async () => {
    const result = await runHexapla(unbuilt.root, ['parallel', '--doc', RESOLUTION, '--lang', 'en,fr', '--out', 'refused.pdf']);
    refused(result, /^error: dist\/a-res-80-212\/parallel\.html: .*not been built \[parallel\/not-built\]$/, /→ run `hexapla build --doc a-res-80-212 --format html` first/);
    expect(existsSync(path.join(unbuilt.root, 'refused.pdf'))).toBe(false);
    expect(existsSync(path.join(unbuilt.root, 'dist', RESOLUTION, 'parallel.pdf'))).toBe(false);
  });

  it('refuses one language, and four', async () => {
    refused(await runHexapla(project.root, ['parallel', '--doc', PAPER, '--lang', 'fr', '--out', 'refused.pdf']), /two or three languages.*not 1 .*\[parallel\/languages\]/, /→ give two or three/);
    refused(await runHexapla(project.root, ['parallel', '--doc', PAPER, '--lang', 'en,fr,ar,ru', '--out', 'refused.pdf']), /two or three languages.*not 4 .*\[parallel\/languages\]/, /→ give two or three/);
  });

  it('refuses a language the document lacks', async () => {
    // A copy of the resolution without its Spanish edition, built as HTML.
    await rm(path.join(unbuilt.root, 'content', RESOLUTION, 'es.md'));
    await build({ root: unbuilt.root, documents: [RESOLUTION], formats: ['html'] });
    const result = await runHexapla(unbuilt.root, ['parallel', '--doc', RESOLUTION, '--lang', 'en,es', '--out', 'refused.pdf']);
    refused(result, /^error: dist\/a-res-80-212\/parallel\.html: .*no es edition.*\[parallel\/no-edition\]$/, /→ choose two or three of en, ar, zh, fr, ru/);
    expect(existsSync(path.join(unbuilt.root, 'refused.pdf'))).toBe(false);
    expect(existsSync(path.join(unbuilt.root, 'dist', RESOLUTION, 'parallel.pdf'))).toBe(false);
  });
});
