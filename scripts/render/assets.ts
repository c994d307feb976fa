/**
 * The files an edition's HTML links to: the templates' CSS and images, and the fonts, which
 * come from npm (@fontsource) so a PDF never depends on the machine's fonts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { glob } from 'glob';
import type { AssetFile } from '../write/output.ts';

const require = createRequire(import.meta.url);

/** Font packages and the stylesheets (weights, styles) an edition uses from each. */
const FONT_STYLESHEETS: { pkg: string; files: string[] }[] = [
  { pkg: '@fontsource/tinos', files: ['400.css', '700.css', '400-italic.css', '700-italic.css'] },
  { pkg: '@fontsource/noto-serif-sc', files: ['400.css', '700.css'] },
  { pkg: '@fontsource/amiri', files: ['400.css', '700.css'] },
];

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
  for (const [name, from] of fontFiles) assets.push({ path: `fonts/${name}`, from });
  return assets;
}
