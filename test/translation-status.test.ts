/**
 * Staleness per unit, end to end on a copy of the resolution sample (whose translations.yml
 * records every edition as current): changing three units of the original makes exactly those
 * units stale in the five other editions; `status --check` fails and names them; `status
 * --diff` shows the change word by word; the build warns and marks them, `--release` fails;
 * `sync` clears them. Re-wrapping a paragraph's lines changes nothing.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, ROOT, runHexapla } from './helpers.ts';

let project: { root: string; remove: () => Promise<void> };
const DOC = 'a-res-80-212';
const en = () => path.join(project.root, 'content', DOC, 'en.md');
const OTHERS = ['ar', 'zh', 'fr', 'ru', 'es'];

beforeAll(async () => {
  project = await copyProject();
});
afterAll(() => project?.remove());

async function status(...args: string[]) {
  const result = await runHexapla(project.root, ['status', '--doc', DOC, ...args]);
  return { ...result, json: args.includes('--json') ? (JSON.parse(result.stdout) as { editions: { lang: string; units: { id: string; state: string; line: number }[] }[] }[]) : undefined };
}

describe('translation status', () => {
  it('starts with every unit of every edition current, and --check passes', async () => {
    const result = await status('--json', '--check');
    expect(result.code).toBe(0);
    const editions = result.json![0]!.editions;
    expect(editions.map((e) => e.lang)).toEqual(OTHERS);
    for (const edition of editions) expect(edition.units.every((u) => u.state === 'current')).toBe(true);
  });

  it('re-wrapping lines of the original makes nothing stale', async () => {
    const text = await readFile(en(), 'utf8');
    await writeFile(en(), text.replace('*Requests* the Secretary-General to ensure that all', '*Requests* the Secretary-General\nto ensure that   all'));
    expect((await status('--check')).code).toBe(0);
    await writeFile(en(), text);
  });

  it('three changed units of the original are stale in the five other editions, and nothing else', async () => {
    const text = await readFile(en(), 'utf8');
    const changed = text
      .replace('are accessible to persons with disabilities;', 'are fully accessible to persons with disabilities;') // para-3-a
      .replace('Provisional figure.', 'Provisional figure, to be confirmed.') // table-1-note-a
      .replace(/\| French \| 4,977 \|/, '| French | 4,978 |'); // table-1-r5-c2
    expect(changed).not.toBe(text);
    await writeFile(en(), changed);

    const result = await status('--json', '--check');
    expect(result.code).toBe(1);
    for (const edition of result.json![0]!.editions) {
      const stale = edition.units.filter((u) => u.state !== 'current').map((u) => `${u.id}:${u.state}`);
      expect(stale, edition.lang).toEqual(['para-3-a:stale', 'table-1-r5-c2:stale', 'table-1-note-a:stale']);
    }
    const text_ = await status('--check', '--lang', 'fr');
    expect(text_.stdout).toMatch(/fr\s+\d+ current\s+3 stale\s+0 missing/);
    expect(text_.stdout).toMatch(/stale\s+para-3-a\s+\(content\/a-res-80-212\/fr\.md:\d+\)/);
  });

  it('--diff shows what changed in the original, word by word', async () => {
    const result = await status('--diff', '--lang', 'es');
    expect(result.stdout).toContain('{+fully +}');
    expect(result.stdout).toContain('4,[-977-]{+978+}');
  });

  it('the build warns with file, line and unit, marks the units, and --release fails', async () => {
    const built = await runHexapla(project.root, ['build', '--doc', DOC, '--format', 'html', '--lang', 'fr']);
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(/warning: content\/a-res-80-212\/fr\.md:\d+: para-3-a is stale in fr: the English original changed since it was translated \[translation\/stale\]/);
    const page = fromHtml(await readFile(path.join(project.root, 'dist', DOC, 'fr.html'), 'utf8'));
    const marked = selectAll('[data-translation="stale"]', page);
    const ids = marked.map((n) => String(n.properties.id));
    expect(ids).toContain('para-3-a');
    expect(ids).not.toContain('para-1');
    // A stale cell or table note marks its table.
    expect(marked.some((n) => selectAll('table.un-table', n).length === 1 || (n.tagName === 'table' && String(n.properties.className).includes('un-table')))).toBe(true);
    expect(marked).toHaveLength(2);

    const release = await runHexapla(project.root, ['build', '--doc', DOC, '--format', 'html', '--release']);
    expect(release.code).toBe(1);
    expect(release.stderr).toMatch(/error: content\/a-res-80-212\/ar\.md:\d+: para-3-a is stale in ar/);
  });

  it('sync of one paragraph clears it in one edition; sync of the rest clears them all', async () => {
    const one = await runHexapla(project.root, ['sync', '--doc', DOC, '--lang', 'fr', '--para', '3']);
    expect(one.code).toBe(0);
    const after = await status('--json');
    const fr = after.json![0]!.editions.find((e) => e.lang === 'fr')!;
    expect(fr.units.filter((u) => u.state !== 'current').map((u) => u.id)).toEqual(['table-1-r5-c2', 'table-1-note-a']);
    const ru = after.json![0]!.editions.find((e) => e.lang === 'ru')!;
    expect(ru.units.filter((u) => u.state !== 'current')).toHaveLength(3);

    expect((await runHexapla(project.root, ['sync', '--doc', DOC])).code).toBe(0);
    expect((await status('--check')).code).toBe(0);
    const record = await readFile(path.join(project.root, 'content', DOC, 'translations.yml'), 'utf8');
    expect(record).toMatch(/^ {4}para-3-a: [0-9a-f]{16}$/m);
  });

  it('a unit the original has and an edition lacks is missing', async () => {
    const text = await readFile(en(), 'utf8');
    await writeFile(en(), text.replace(/^title: .*$/m, '$&\nsubtitle: Draft resolution'));
    const result = await status('--json', '--lang', 'fr');
    await writeFile(en(), text);
    expect(result.json![0]!.editions[0]!.units.filter((u) => u.state !== 'current').map((u) => `${u.id}:${u.state}`)).toEqual(['subtitle:missing']);
  });

  it('refuses a broken translations.yml with its file and line', async () => {
    const record = path.join(project.root, 'content', DOC, 'translations.yml');
    const text = await readFile(record, 'utf8');
    await writeFile(record, 'editions:\n  fr: [unclosed\n');
    const result = await status();
    await writeFile(record, text);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: content\/a-res-80-212\/translations\.yml:\d+: the translation record is not valid YAML/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when its reader stops reading (hexapla status | head -1)', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'hexapla.js'), 'status'], { cwd: project.root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
