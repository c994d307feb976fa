/**
 * `npm run compile` (run by `npm run setup`): scripts/ bundled with esbuild into
 * node_modules/.cache/hexapla/, with a stamp naming when. The `hexapla` command runs that bundle
 * while it is newer than every source file, and the TypeScript through tsx otherwise, so it starts
 * fast once set up and is never out of date while Hexapla is developed.
 *
 * Why a bundle rather than one JavaScript file per module: Node loads an ES module graph file by
 * file (resolve, read, compile, link), about 0.6 s for the ~1 500 modules of a PDF build, which was
 * a quarter of building one edition. The bundle holds the two entry points the command imports
 * (cli.js, interrupt.js) and chunks that a command loads only when it needs them (`--help` never
 * loads the browser's).
 *
 * What bundled code finds beside itself is put where it looks: the in-page scripts the PDF engine
 * gives the browser (`./in-page/` of the engine) and the dev server's page script (`./client.js`).
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
// `--out DIR` compiles elsewhere (the tests check a bundle of their own).
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 && process.argv[outAt + 1] ? path.resolve(process.argv[outAt + 1]!) : path.join(root, 'node_modules', '.cache', 'hexapla');

rmSync(out, { recursive: true, force: true }); // chunks of an earlier compile must not linger
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'scripts/cli.ts', interrupt: 'scripts/interrupt.ts' },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS packages in an ES module bundle still call require() and read __dirname.
  banner: {
    js: [
      "import { createRequire as __hexaplaCreateRequire } from 'node:module';",
      "import { fileURLToPath as __hexaplaFileURLToPath } from 'node:url';",
      'const require = __hexaplaCreateRequire(import.meta.url);',
      'const __filename = __hexaplaFileURLToPath(import.meta.url);',
      "const __dirname = __hexaplaFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  // Modules the command never needs, replaced (see each one's header).
  alias: { 'proxy-agent': path.join(root, 'scripts', 'bundle', 'proxy-agent.js') },
  logLevel: 'warning',
});
// Every chunk lies directly in `out`: files found with new URL('./…', import.meta.url) go there.
cpSync(path.join(root, 'scripts', 'paginate', 'in-page'), path.join(out, 'in-page'), { recursive: true });
cpSync(path.join(root, 'scripts', 'dev', 'client.js'), path.join(out, 'client.js'));
writeFileSync(path.join(out, 'stamp.json'), `${JSON.stringify({ compiledAt: new Date().toISOString() })}\n`);
console.log(`hexapla: compiled scripts/ into ${path.relative(root, out) || out}`);
