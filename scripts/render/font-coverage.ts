/**
 * The characters each font file really holds, written as the unicode-range of its @font-face.
 *
 * @fontsource declares Google Fonts' subset ranges, which are wider than the glyphs a subset
 * has: Tinos' Latin subset claims U+2000–206F but has no hyphen (U+2010), em space (U+2003) or
 * narrow no-break space (U+202F). A browser loads such a face for those characters, finds no
 * glyph and falls back to the next family anyway; the PDF engine, which loads only the faces
 * an edition draws with (paginate/in-page/load-fonts-in-use.js), could not tell from the
 * declared ranges which family draws a character. The declared range is kept as the outer
 * bound (the subsets stay disjoint), narrowed to the file's character map.
 *
 * Reading 240 character maps takes about a second, so what was read is kept beside the fonts
 * (node_modules/.cache/hexapla-fonts), keyed by package, version and file.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../write/output.ts';

/** A font file whose declared range is to be narrowed. */
export interface FontFile {
  /** `@fontsource/tinos@5.2.7/tinos-latin-400-normal.woff2`: changes when the file can. */
  key: string;
  path: string;
  /** The unicode-range as declared, e.g. `U+0000-00FF,U+0131`. */
  declared: string;
}

type Interval = [number, number];

/** `U+0000-00FF, U+0131, U+4??` → intervals. */
export function parseUnicodeRange(range: string): Interval[] {
  const intervals: Interval[] = [];
  for (const part of range.split(',')) {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) continue;
    const low = parseInt(match[1].replace(/\?/g, '0'), 16);
    const high = match[2] !== undefined ? parseInt(match[2], 16) : parseInt(match[1].replace(/\?/g, 'f'), 16);
    intervals.push([low, high]);
  }
  return intervals;
}

/** Sorted, distinct code points → `U+20-7E,U+A0` (the shortest form CSS reads). */
export function formatUnicodeRange(codePoints: number[]): string {
  const parts: string[] = [];
  for (let index = 0; index < codePoints.length; ) {
    let end = index;
    while (end + 1 < codePoints.length && codePoints[end + 1] === codePoints[end] + 1) end++;
    const hex = (value: number) => value.toString(16).toUpperCase();
    parts.push(end > index ? `U+${hex(codePoints[index])}-${hex(codePoints[end])}` : `U+${hex(codePoints[index])}`);
    index = end + 1;
  }
  return parts.join(',');
}

/** The code points of `held` inside `declared`, as a unicode-range; the declared one if none are. */
export function narrowUnicodeRange(declared: string, held: Iterable<number>): string {
  const intervals = parseUnicodeRange(declared);
  const inside = [...new Set(held)].filter((code) => intervals.some(([low, high]) => code >= low && code <= high)).sort((a, b) => a - b);
  return inside.length > 0 ? formatUnicodeRange(inside) : declared;
}

/** …/node_modules/@fontsource/tinos/files/x.woff2 → …/node_modules/.cache/hexapla-fonts; none outside node_modules. */
function cacheFile(fontPath: string): string | undefined {
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = fontPath.lastIndexOf(marker);
  return at < 0 ? undefined : path.join(fontPath.slice(0, at + marker.length), '.cache', 'hexapla-fonts', 'coverage.json');
}

async function readCache(file: string | undefined): Promise<Record<string, string>> {
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
  } catch {
    return {}; // none yet, or damaged: read again from the fonts
  }
}

/** Each file's unicode-range, narrowed to its character map; by key. */
export async function exactUnicodeRanges(files: FontFile[]): Promise<Map<string, string>> {
  const ranges = new Map<string, string>();
  if (files.length === 0) return ranges;
  const cachePath = cacheFile(files[0].path);
  const cache = await readCache(cachePath);
  const entry = (file: FontFile) => `${file.key} ${file.declared}`;
  const missing = files.filter((file) => cache[entry(file)] === undefined);
  if (missing.length > 0) {
    const { create } = await import('fontkit');
    for (const file of missing) {
      const font = create(await readFile(file.path));
      const held = 'characterSet' in font ? font.characterSet : font.fonts[0].characterSet;
      cache[entry(file)] = narrowUnicodeRange(file.declared, held);
    }
    // Best effort: a read-only install reads the character maps again next time.
    if (cachePath) {
      await mkdir(path.dirname(cachePath), { recursive: true })
        .then(() => writeFileAtomic(cachePath, JSON.stringify(cache)))
        .catch(() => undefined);
    }
  }
  for (const file of files) ranges.set(file.key, cache[entry(file)]);
  return ranges;
}
