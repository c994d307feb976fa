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

export async function collectAssets(templatesDir: string): Promise<AssetFile[]> {
  const assets: AssetFile[] = [];
  const templateAssets = path.join(templatesDir, 'assets');
  for (const name of (await glob('**/*', { cwd: templateAssets, nodir: true, posix: true })).sort()) {
    assets.push({ path: name, from: path.join(templateAssets, name) });
    if (name === 'page-ltr.css') {
      assets.push({ path: 'page-rtl.css', content: mirrorPageRules(await readFile(path.join(templateAssets, name), 'utf8')) });
    }
  }
  const css: string[] = [];
  const fontFiles = new Map<string, string>();
  for (const { pkg, files } of FONT_STYLESHEETS) {
    const packageDir = path.dirname(require.resolve(`${pkg}/package.json`));
    for (const file of files) {
      const source = await readFile(path.join(packageDir, file), 'utf8');
      // Keep the woff2 source only, pointed at our fonts/ folder; Chromium reads woff2.
      css.push(
        source.replace(/src:\s*url\(\.\/files\/([^)]+\.woff2)\)\s*format\('woff2'\)(?:,\s*url\([^)]*\)\s*format\('woff'\))?/g, (_m, name: string) => {
          fontFiles.set(name, path.join(packageDir, 'files', name));
          return `src: url(fonts/${name}) format('woff2')`;
        }),
      );
    }
  }
  assets.push({ path: 'fonts.css', content: css.join('\n') });
  assets.push({ path: 'languages.css', content: languageStyles() });
  for (const [name, from] of fontFiles) assets.push({ path: `fonts/${name}`, from });
  return assets;
}
