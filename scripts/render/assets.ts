/**
 * The files an edition's HTML links to: the templates' CSS and images, and the fonts, which
 * come from npm (@fontsource) so a PDF never depends on the machine's fonts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { glob } from 'glob';
import { LANGUAGES, UN_LANGUAGES } from '../languages/index.ts';
import type { AssetFile } from '../write/output.ts';
import { exactUnicodeRanges, type FontFile } from './font-coverage.ts';

const require = createRequire(import.meta.url);

/** The font families Hexapla ships, each from its npm package with the weights and styles used. */
export const FONT_STYLESHEETS: { family: string; pkg: string; files: string[] }[] = [
  { family: 'Tinos', pkg: '@fontsource/tinos', files: ['400.css', '700.css', '400-italic.css', '700-italic.css'] },
  { family: 'Noto Serif SC', pkg: '@fontsource/noto-serif-sc', files: ['400.css', '700.css'] },
  // Amiri, a Naskh face with precomposed letters: with Noto Naskh Arabic (dots as separate marks)
  // Chromium's PDFs extract as dotless, broken words.
  { family: 'Amiri', pkg: '@fontsource/amiri', files: ['400.css', '700.css'] },
];

/**
 * Each language's font stack and emphasis, from its profile. Emphasis in Chinese and Arabic is
 * set in bold: their faces have no italic, and a synthesised slant is not how they mark words.
 */
export function languageStyles(): string {
  return UN_LANGUAGES.map((lang) => {
    const profile = LANGUAGES[lang];
    const stack = profile.fonts.map((family) => `'${family}'`).join(', ');
    const rules = [`html:lang(${lang}), [lang="${lang}"] { font-family: ${stack}; }`];
    if (profile.emphasis === 'bold') {
      rules.push(`[lang="${lang}"] em, [lang="${lang}"] i, [lang="${lang}"] .closing .meeting, [lang="${lang}"] .signature .signed { font-style: normal; font-weight: bold; font-synthesis: none; }`);
      // Column heads are set in italic in the other editions; here they stay upright.
      rules.push(`[lang="${lang}"] table.un-table th { font-style: normal; font-synthesis: none; }`);
    }
    return rules.join('\n');
  }).join('\n') + '\n';
}

/**
 * Right-to-left editions get the mirror image of the left-to-right page boxes: Paged.js never
 * mirrors pages for dir="rtl", so even pages carry the symbol at the right, and so on.
 */
export function mirrorPageRules(css: string): string {
  const mirrored = (side: string) => (side === 'left' ? 'right' : 'left');
  return css.replace(/@(top|bottom)-(left|right)\b/g, (_match, edge: string, side: string) => `@${edge}-${mirrored(side)}`);
}

const FONT_FACE_RULE = /@font-face\s*\{[^}]*\}/g;

/** A package's @font-face rule: its woff2 file and declared range; undefined for a rule without woff2. */
interface PackagedFace {
  name: string;
  key: string;
  path: string;
  declared?: string;
}

function fontFaces(css: string, pkg: string, version: string, packageDir: string): (PackagedFace | undefined)[] {
  return Array.from(css.matchAll(FONT_FACE_RULE), ([rule]) => {
    const name = /src:\s*url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)?.[1];
    if (!name) return undefined;
    return { name, key: `${pkg}@${version}/${name}`, path: path.join(packageDir, 'files', name), declared: /unicode-range:\s*([^;]+);/.exec(rule)?.[1].trim() };
  });
}

export async function collectAssets(templatesDir: string): Promise<AssetFile[]> {
  const assets: AssetFile[] = [];
  const templateAssets = path.join(templatesDir, 'assets');
  for (const name of (await glob('**/*', { cwd: templateAssets, nodir: true, posix: true })).sort()) {
    assets.push({ path: name, from: path.join(templateAssets, name) });
    if (name === 'page-ltr.css') {
      assets.push({ path: 'page-rtl.css', content: mirrorPageRules(await readFile(path.join(templateAssets, name), 'utf8')) });
    }
  }
  // The packages' @font-face rules, each file's unicode-range narrowed to what it holds
  // (font-coverage.ts), with the woff2 source only (Chromium reads woff2), in our fonts/ folder.
  const stylesheets: { text: string; faces: (PackagedFace | undefined)[] }[] = [];
  for (const { pkg, files } of FONT_STYLESHEETS) {
    const packageDir = path.dirname(require.resolve(`${pkg}/package.json`));
    const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
    for (const file of files) {
      const text = await readFile(path.join(packageDir, file), 'utf8');
      stylesheets.push({ text, faces: fontFaces(text, pkg, version, packageDir) });
    }
  }
  const faces = stylesheets.flatMap((sheet) => sheet.faces).filter((face): face is PackagedFace => face !== undefined);
  const ranges = await exactUnicodeRanges(faces.filter((face): face is PackagedFace & FontFile => face.declared !== undefined));
  const fontsCss = stylesheets
    .map(({ text, faces: sheetFaces }) => {
      let index = 0;
      return text.replace(FONT_FACE_RULE, (rule) => {
        const face = sheetFaces[index++];
        if (!face) return rule;
        return rule
          .replace(/src:\s*url\([^;]*;/, `src: url(fonts/${face.name}) format('woff2');`)
          .replace(/unicode-range:\s*[^;]+;/, `unicode-range: ${ranges.get(face.key) ?? face.declared};`);
      });
    })
    .join('\n');
  assets.push({ path: 'fonts.css', content: fontsCss });
  assets.push({ path: 'languages.css', content: languageStyles() });
  for (const face of faces) assets.push({ path: `fonts/${face.name}`, from: face.path });
  return assets;
}
