/**
 * `npm run compile` (run by `npm run setup`): the TypeScript of scripts/ compiled to JavaScript
 * in node_modules/.cache/hexapla/, with the in-page scripts beside it and a stamp naming the
 * sources it was made from. The `hexapla` command runs that JavaScript while it is newer than
 * every source file, and the TypeScript through tsx otherwise, so it starts fast once set up and
 * is never out of date while Hexapla is developed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'glob';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'node_modules', '.cache', 'hexapla');

rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
// Files that are not TypeScript (the scripts that run inside the browser's pages) go along.
for (const file of await glob('**/*.js', { cwd: path.join(root, 'scripts'), posix: true })) {
  mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  cpSync(path.join(root, 'scripts', file), path.join(out, file));
}
writeFileSync(path.join(out, 'stamp.json'), `${JSON.stringify({ compiledAt: new Date().toISOString() })}\n`);
console.log(`hexapla: compiled scripts/ into ${path.relative(root, out)}`);
