/**
 * `npm run bench` (dev part): how long `hexapla dev` takes from saving a Markdown file to telling
 * the open page to reload, and to the PDF that follows. A copy of the working paper in a
 * temporary project; one paragraph of en.md edited per run; the median of the runs.
 * A benchmark, not a test: it never fails on speed.
 *
 * Usage: tsx scripts/bench/dev.ts [--runs N]
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDevSession } from '../dev/session.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const root = mkdtempSync(path.join(os.tmpdir(), 'hexapla-bench-dev-'));
const DOC = 'npt-conf-2020-wp-20';
for (const folder of ['locales', 'templates']) cpSync(path.resolve(folder), path.join(root, folder), { recursive: true });
mkdirSync(path.join(root, 'content'));
cpSync(path.resolve('content', DOC), path.join(root, 'content', DOC), { recursive: true });

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

let firstBuild: () => void;
const built = new Promise<void>((resolve) => (firstBuild = resolve));
let buildDone: ((ms: number) => void) | undefined;
const session = await startDevSession({
  root,
  port: 0,
  log: () => undefined,
  onBuild: () => {
    firstBuild();
    buildDone?.(performance.now());
  },
});
try {
  await built;
  // The page's view of the server: its event stream.
  const response = await fetch(new URL('__hexapla/events', session.url));
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let onReload: ((paths: string[]) => void) | undefined;
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (message.startsWith('event: reload')) onReload?.(JSON.parse(message.split('\ndata: ')[1]!).paths);
      }
    }
  })();

  const file = path.join(root, 'content', DOC, 'en.md');
  const html: number[] = [];
  const pdf: number[] = [];
  for (let run = 0; run < runs; run++) {
    const reloaded = new Promise<number>((resolve) => {
      onReload = (paths) => paths.includes(`/${DOC}/en.html`) && resolve(performance.now());
    });
    const finished = new Promise<number>((resolve) => (buildDone = resolve));
    const saved = performance.now();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/stresses (\(edit \d+\) )?that the Treaty/, `stresses (edit ${run}) that the Treaty`));
    html.push((await reloaded) - saved);
    pdf.push((await finished) - saved);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  console.log(`Dev bench: save en.md of ${DOC} → reload, ${runs} runs`);
  console.log(`  HTML page told to reload   median ${Math.round(median(html))} ms   runs: ${html.map(Math.round).join(', ')}   (target ≤ 300 ms)`);
  console.log(`  PDF rebuilt                median ${Math.round(median(pdf))} ms   runs: ${pdf.map(Math.round).join(', ')}\n`);
  await reader.cancel();
} finally {
  await session.close();
  rmSync(root, { recursive: true, force: true });
}
