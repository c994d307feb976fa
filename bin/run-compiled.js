// Loading the bundled command (scripts/compile.ts makes it) with V8's code cache; used by
// bin/hexapla.js, and by the test of the compiled command.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/**
 * Runs the bundle in `compiled` (a folder URL) for `command` (the first argument); returns its
 * exports twice (as the cli and interrupt modules) and a function that saves V8's code cache.
 *
 * V8's compiled code of the bundle is kept beside it, one file per command (each compiles other
 * functions), written after the command's first run and whenever V8 turns it down (a new bundle,
 * another Node): compiling the bundle's code took a tenth of a second of each run.
 */
export function runCompiled(compiled, command) {
  const file = fileURLToPath(new URL('hexapla.cjs', compiled));
  const name = (command ?? '').replace(/^-+/, '');
  const cacheFile = `${file}.${/^[a-z][a-z-]*$/.test(name) ? name : 'other'}.v8-cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // none yet
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  const saveCodeCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // A cache that cannot be written (a read-only install) only costs time.
    }
  };
  return [module.exports, module.exports, saveCodeCache];
}

