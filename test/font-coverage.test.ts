/**
 * fonts.css gives each face the characters its file holds (render/font-coverage.ts), checked
 * against fontconfig's own reading of the same files (fc-query).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectAssets } from '../scripts/render/assets.ts';
import { formatUnicodeRange, narrowUnicodeRange, parseUnicodeRange } from '../scripts/render/font-coverage.ts';

const require = createRequire(import.meta.url);

function codePointsOf(range: string): Set<number> {
  const points = new Set<number>();
  for (const [low, high] of parseUnicodeRange(range)) for (let code = low; code <= high; code++) points.add(code);
  return points;
}

/** fontconfig's character set of a font file ("20-7e a0-ff 131"), as code points. */
function fcQueryCharset(file: string): Set<number> {
  const charset = execFileSync('fc-query', ['--format', '%{charset}', file], { encoding: 'utf8' });
  return codePointsOf(charset.trim().split(/\s+/).map((part) => `U+${part}`).join(','));
}

describe('unicode-range', () => {
  it('reads ranges, single code points and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });

  it('writes runs of code points as ranges', () => {
    expect(formatUnicodeRange([0x20, 0x21, 0x22, 0x41, 0x2010, 0x2011])).toBe('U+20-22,U+41,U+2010-2011');
  });

  it('keeps only what the file holds inside the declared range, or the declared range when nothing is', () => {
    expect(narrowUnicodeRange('U+0-FF,U+2000-206F', [0x41, 0x42, 0x2013, 0x4e00])).toBe('U+41-42,U+2013');
    expect(narrowUnicodeRange('U+0-FF', [0x4e00])).toBe('U+0-FF');
  });
});

describe('fonts.css', () => {
  it("narrows every face to the characters fontconfig finds in its file, within the package's range", async () => {
    const assets = await collectAssets(path.resolve('templates'));
    const css = (assets.find((asset) => asset.path === 'fonts.css') as { content: string }).content;
    const faces = Array.from(css.matchAll(/src: url\(fonts\/([^)]+)\)[^;]*;\s*unicode-range: ([^;]+);/g), ([, name, range]) => ({ name, range }));
    expect(faces.length).toBeGreaterThan(200);
    const declaredFor = new Map<string, string>();
    for (const pkg of ['@fontsource/tinos', '@fontsource/noto-serif-sc', '@fontsource/amiri']) {
      const dir = path.dirname(require.resolve(`${pkg}/package.json`));
      for (const file of ['400.css', '700.css', '400-italic.css', '700-italic.css']) {
        if (!existsSync(path.join(dir, file))) continue;
        const text = readFileSync(path.join(dir, file), 'utf8');
        for (const [, name, range] of text.matchAll(/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range: ([^;]+);/g)) declaredFor.set(name, range);
      }
    }
    // A sample of faces across the three families (fc-query takes ~10 ms a file).
    const sample = faces.filter((face, index) => index % 12 === 0 || face.name === 'tinos-latin-400-normal.woff2');
    for (const { name, range } of sample) {
      const asset = assets.find((a) => a.path === `fonts/${name}`) as { from: string };
      const held = fcQueryCharset(asset.from);
      const declared = codePointsOf(declaredFor.get(name)!);
      const narrowed = codePointsOf(range);
      // Everything the file holds within the declared range is kept…
      for (const code of held) if (declared.has(code)) expect(narrowed.has(code), `${name} U+${code.toString(16)}`).toBe(true);
      // …and nothing else, but the control characters fontconfig leaves out of its count.
      for (const code of narrowed) if (code >= 0x20) expect(held.has(code) && declared.has(code), `${name} U+${code.toString(16)}`).toBe(true);
    }
    // The case that made this necessary: Tinos declares U+2000-206F but has no hyphen.
    const tinos = faces.find((face) => face.name === 'tinos-latin-400-normal.woff2')!;
    expect(codePointsOf(tinos.range).has(0x2010)).toBe(false);
    expect(codePointsOf(tinos.range).has(0x41)).toBe(true);
  });

  it('reads the character maps again when its cache is damaged, and writes the cache anew', async () => {
    const cache = path.resolve('node_modules/.cache/hexapla-fonts/coverage.json');
    mkdirSync(path.dirname(cache), { recursive: true });
    writeFileSync(cache, '{"truncated');
    const assets = await collectAssets(path.resolve('templates'));
    const css = (assets.find((asset) => asset.path === 'fonts.css') as { content: string }).content;
    const tinos = /tinos-latin-400-normal\.woff2\) format\('woff2'\);\s*unicode-range: ([^;]+);/.exec(css)![1];
    expect(codePointsOf(tinos).has(0x41)).toBe(true);
    expect(codePointsOf(tinos).has(0x2010)).toBe(false);
    expect(Object.keys(JSON.parse(readFileSync(cache, 'utf8')) as object).length).toBeGreaterThan(200);
  });
});
