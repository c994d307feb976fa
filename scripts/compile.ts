/**
 * `npm run compile` (run by `npm run setup`): scripts/ bundled with esbuild into one file,
 * node_modules/.cache/hexapla/hexapla.cjs, with a stamp naming when. The `hexapla` command runs
 * that bundle while it is newer than every source file, and the TypeScript through tsx otherwise,
 * so it starts fast once set up and is never out of date while Hexapla is developed.
 *
 * Why one bundled script: Node loads an ES module graph file by file (resolve, read, compile,
 * link), about 0.6 s for the ~1 500 modules of a PDF build, a quarter of building one edition.
 * Bundled, the modules a command does not use are never run (esbuild wraps each one, to run on
 * first use), and the bin keeps V8's compiled code of the script between runs (bin/hexapla.js),
 * which ES modules cannot do on Node 20.
 *
 * What bundled code finds beside itself is put where it looks: the in-page scripts the PDF engine
 * gives the browser (`./in-page/`) and the dev server's page script (`./client.js`).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
// `--out DIR` compiles elsewhere (the tests check a bundle of their own).
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 && process.argv[outAt + 1] ? path.resolve(process.argv[outAt + 1]!) : path.join(root, 'node_modules', '.cache', 'hexapla');

/** Packages left out of the bundle and required from node_modules (each is only ever import()ed). */
const LOADED_FROM_NODE_MODULES = new Set(['fontkit']);

rmSync(out, { recursive: true, force: true }); // nothing of an earlier compile may linger
const result = await build({
  absWorkingDir: root,
  stdin: {
    contents: "export { main } from './cli.ts';\nexport { interruptStatus } from './interrupt.ts';\n",
    resolveDir: path.join(root, 'scripts'),
    sourcefile: 'command.ts',
    loader: 'ts',
  },
  outfile: path.join(out, 'hexapla.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The modules find files beside themselves with import.meta.url: beside the bundle, now.
  define: { 'import.meta.url': '__hexaplaModuleUrl' },
  banner: { js: "const __hexaplaModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Modules the command never needs, replaced (see each one's header).
  alias: { 'proxy-agent': path.join(root, 'scripts', 'bundle', 'proxy-agent.js') },
  // Loaded from node_modules when it is needed at all (render/font-coverage.ts, once per set of
  // fonts): 2 MB the bundle would otherwise carry into every command.
  external: [...LOADED_FROM_NODE_MODULES],
  write: false,
  logLevel: 'warning',
});
// A few packages import Node's own modules with import(), which a script run by the bin (vm.Script)
// may not do without an experimental flag; require() gives them the same module.
const builtin = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const code = result.outputFiles[0]!.text.replace(/\bimport\((["'])([\w:/]+)\1\)/g, (call, _quote: string, name: string) =>
  builtin.has(name) || LOADED_FROM_NODE_MODULES.has(name) ? `Promise.resolve().then(() => require(${JSON.stringify(name)}))` : call,
);
if (/\bimport\(["']/.test(code)) throw new Error('compile: the bundle still imports a module with import(); bundle it or require it');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'hexapla.cjs'), code);
cpSync(path.join(root, 'scripts', 'paginate', 'in-page'), path.join(out, 'in-page'), { recursive: true });
cpSync(path.join(root, 'scripts', 'dev', 'client.js'), path.join(out, 'client.js'));
writeFileSync(path.join(out, 'stamp.json'), `${JSON.stringify({ compiledAt: new Date().toISOString() })}\n`);
console.log(`hexapla: compiled scripts/ into ${path.relative(root, out) || out}`);
