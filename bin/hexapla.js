#!/usr/bin/env node
// The hexapla command. It runs the script `npm run setup` bundled from scripts/ (see
// scripts/compile.ts) while that is newer than every source file, so it starts fast; otherwise
// (a checkout being worked on) the TypeScript itself, through tsx.
import { readdirSync, statSync } from 'node:fs';
import { runCompiled } from './run-compiled.js';

const scripts = new URL('../scripts/', import.meta.url);
const compiled = new URL('../node_modules/.cache/hexapla/', import.meta.url);

/** The newest modification time of the files under `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    latest = Math.max(latest, entry.isDirectory() ? newest(url) : statSync(url).mtimeMs);
  }
  return latest;
}

function compiledIsFresh() {
  try {
    return statSync(new URL('stamp.json', compiled)).mtimeMs >= newest(scripts);
  } catch {
    return false;
  }
}

let modules;
let saveCodeCache = () => {};
if (compiledIsFresh()) {
  const [cli, interrupt, save] = runCompiled(compiled, process.argv[2]);
  modules = [cli, interrupt];
  saveCodeCache = save;
} else {
  const { register } = await import('tsx/esm/api');
  register();
  modules = await Promise.all([import('../scripts/cli.ts'), import('../scripts/interrupt.ts')]);
}
const [{ main }, { interruptStatus }] = modules;
// A reader that stops reading (\`hexapla status | head\`) is not an error: stop quietly, as Unix
// tools do, with nothing more to write.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(interruptStatus() ?? 0);
    throw error;
  });
}
const status = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
// Once the command has returned there is nothing left to do; a browser that died under
// puppeteer can leave its timers behind, which must not keep the process alive. Flush, then exit
// (an interrupted build with the signal's status, even if the command returned first).
saveCodeCache();
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))));
process.exit(interruptStatus() ?? status);
