/**
 * The hostile-input suite: every case of cases.ts run through the hexapla command (in-process,
 * as `main` with the user's arguments) on its own copy of a small project. A failing case must
 * exit 1 with `error: file:line: message [rule]` and a hint, no stack trace, and dist/ left as
 * it was (a previous build's files are put there first and compared after).
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli.ts';
import { ROOT } from '../helpers.ts';
import { BASE, CASES, DOC, type HostileCase } from './cases.ts';

async function run(root: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  const status = await main(args, { stdout, stderr, stdin: new PassThrough(), env: {}, cwd: root });
  return { status, stdout: out.join(''), stderr: err.join('') };
}

/** Every file under `dir` with a hash of its content, sorted: what "untouched" compares. */
async function snapshot(dir: string): Promise<string[]> {
  const entries: string[] = [];
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else entries.push(`${path.relative(dir, full)} ${createHash('sha256').update(await readFile(full)).digest('hex').slice(0, 12)}`);
    }
  };
  await walk(dir);
  return entries.sort();
}

async function projectFor(testCase: HostileCase): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'hexapla-hostile-'));
  for (const dir of ['locales', 'templates']) await cp(path.join(ROOT, dir), path.join(root, dir), { recursive: true });
  const files: Record<string, string | Uint8Array | null> = { ...BASE, ...testCase.files };
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(root, name);
    if (content === null) {
      await rm(target, { recursive: true, force: true });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  // A previous build's output, which a failed build must leave as it was.
  if (!('dist' in (testCase.files ?? {}))) {
    await mkdir(path.join(root, 'dist', DOC), { recursive: true });
    await writeFile(path.join(root, 'dist', DOC, 'en.html'), '<p>the previous build</p>');
  }
  await testCase.prepare?.(root);
  return root;
}

const FAMILIES = [...new Set(CASES.map((c) => c.family))];

describe('hostile input', () => {
  it('has at least 130 cases over the families of the issue', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(130);
    expect(FAMILIES).toEqual(expect.arrayContaining(['front matter', 'body syntax', 'encodings', 'locales', 'configuration', 'templates', 'links', 'file system', 'sizes']));
  });

  for (const family of FAMILIES) {
    describe(family, () => {
      it.each(CASES.filter((c) => c.family === family).map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
        const root = await projectFor(testCase);
        try {
          const before = await snapshot(path.join(root, 'dist'));
          const result = await run(root, testCase.args ?? ['build', '--format', 'html']);
          const expected = testCase.expect;
          expect(result.stderr, 'no stack trace').not.toMatch(/\n\s+at .+[(:]\d+:\d+\)?/);
          expect(result.stderr, 'no raw error object').not.toMatch(/^(Type|Reference|Range|Syntax)?Error: /m);
          expect(result.status, result.stderr).toBe(expected.status ?? 1);
          if ((expected.status ?? 1) !== 0) {
            const lines = result.stderr.split('\n');
            const first = lines[0];
            // The hint follows the error (commander may put a suggestion between them).
            const second = lines.slice(1, 3).find((line) => line.startsWith('  → '));
            expect(first, result.stderr).toMatch(/^error: /);
            if (expected.rule) {
              const rule = /\[([^\]]+)\]$/.exec(first!)?.[1];
              expect(rule, result.stderr).toMatch(typeof expected.rule === 'string' ? new RegExp(`^${expected.rule.replace(/[/.]/g, '\\$&')}$`) : expected.rule);
            }
            if (expected.file) expect(first, result.stderr).toContain(`error: ${expected.file}${expected.line ? `:${expected.line}:` : ''}`);
            if (expected.line && !expected.file) expect(first, result.stderr).toMatch(new RegExp(`:${expected.line}[:]`));
            if (expected.message) expect(first, result.stderr).toMatch(expected.message);
            expect(second, `a hint follows: ${result.stderr}`).toMatch(/^ {2}→ \S/);
            if (expected.hint) expect(second, result.stderr).toMatch(expected.hint);
          }
          if (testCase.untouched ?? (expected.status ?? 1) !== 0) expect(await snapshot(path.join(root, 'dist'))).toEqual(before);
          await testCase.after?.(root, result);
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      });
    });
  }
});
