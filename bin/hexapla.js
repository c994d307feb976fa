#!/usr/bin/env node
// The hexapla command: runs the TypeScript CLI through tsx, so `npx hexapla …` works without a
// compile step, and exits with the status the command returns.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../scripts/cli.ts');
const { interruptStatus } = await import('../scripts/interrupt.ts');
const status = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
// Once the command has returned there is nothing left to do; a browser that died under
// puppeteer can leave its timers behind, which must not keep the process alive. Flush, then exit.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))));
// An interrupted build ends with the signal's status, even if the command returned first.
process.exit(interruptStatus() ?? status);
