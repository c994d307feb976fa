/**
 * A publishable dist/: the samples built twice from clean, giving the same bytes (every file's
 * sha256), with an index of every document × language, a manifest of every file, and checksums
 * that `sha256sum -c` verifies.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { build } from '../scripts/build.ts';
import { UN_LANGUAGES } from '../scripts/languages/index.ts';
import { mergeShards } from '../scripts/merge.ts';
import type { Manifest } from '../scripts/publish.ts';
import { ROOT } from './helpers.ts';

let first: string;
let second: string;
beforeAll(async () => {
  first = await mkdtemp(path.join(os.tmpdir(), 'hexapla-publish-a-'));
  second = await mkdtemp(path.join(os.tmpdir(), 'hexapla-publish-b-'));
  for (const outDir of [first, second]) expect((await build({ root: ROOT, outDir, force: true, sourceDateEpoch: 1767225600 })).ok).toBe(true);
}, 300_000);
afterAll(async () => {
  await rm(first, { recursive: true, force: true });
  await rm(second, { recursive: true, force: true });
});

describe('a publishable dist/', () => {
  it('gives the same bytes in two clean builds, file by file', async () => {
    const sums = async (dir: string) => readFile(path.join(dir, 'SHA256SUMS'), 'utf8');
    const a = await sums(first);
    expect(a.split('\n').filter(Boolean).length).toBeGreaterThan(100);
    expect(await sums(second)).toBe(a);
  });

  it('has checksums that sha256sum verifies from inside dist/', () => {
    const output = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: first, encoding: 'utf8' });
    expect(output).not.toMatch(/FAILED/);
    expect(output).toMatch(/npt-conf-2020-wp-20\/zh\.pdf: OK/);
    expect(output).toMatch(/manifest\.json: OK/);
  });

  it('lists every published file in the manifest, with its document, language, job number and pages', async () => {
    const manifest = JSON.parse(await readFile(path.join(first, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.documents.map((d) => d.id)).toEqual(['a-res-80-212', 'npt-conf-2020-wp-20']);
    const zhPdf = manifest.files.find((f) => f.path === 'npt-conf-2020-wp-20/zh.pdf')!;
    expect(zhPdf).toMatchObject({ symbol: 'NPT/CONF.2020/WP.20', language: 'zh', jobNumber: '21-17096', format: 'pdf', pages: 5 });
    expect(zhPdf.bytes).toBe((await stat(path.join(first, zhPdf.path))).size);
    for (const file of manifest.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.files.some((f) => f.path.startsWith('a-res-80-212/assets/fonts/'))).toBe(true);
    expect(manifest.files.some((f) => f.path.includes('.hexapla'))).toBe(false);
  });

  it('splits a build into shards that, merged, give the same dist/ as one full build', async () => {
    const shards = await Promise.all([1, 2, 3].map(() => mkdtemp(path.join(os.tmpdir(), 'hexapla-shard-'))));
    const merged = await mkdtemp(path.join(os.tmpdir(), 'hexapla-merged-'));
    try {
      const written: string[] = [];
      for (const [i, outDir] of shards.entries()) {
        const result = await build({ root: ROOT, outDir, force: true, sourceDateEpoch: 1767225600, shard: { index: i + 1, count: 3 } });
        expect(result.ok).toBe(true);
        written.push(...result.outputs.filter((o) => o.format === 'pdf').map((o) => `${o.document}/${o.lang}`));
      }
      // Every edition once, in exactly one shard.
      expect(written.sort()).toEqual(['a-res-80-212', 'npt-conf-2020-wp-20'].flatMap((id) => UN_LANGUAGES.map((lang) => `${id}/${lang}`)).sort());
      expect((await mergeShards(shards, merged)).editions).toBe(12);
      expect(await readFile(path.join(merged, 'SHA256SUMS'), 'utf8')).toBe(await readFile(path.join(first, 'SHA256SUMS'), 'utf8'));
      // Two shards are not the whole: merging them alone is refused, and writes nothing.
      await expect(mergeShards(shards.slice(0, 2), path.join(merged, 'partial'))).rejects.toThrow(/merge\/missing/);
      await expect(mergeShards([shards[0]!, shards[0]!], path.join(merged, 'twice'))).rejects.toThrow(/merge\/overlap/);
      await expect(stat(path.join(merged, 'partial'))).rejects.toThrow(/ENOENT/);
    } finally {
      for (const dir of [...shards, merged]) await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('indexes every document × language, with its title and links that exist', async () => {
    const index = fromHtml(await readFile(path.join(first, 'index.html'), 'utf8'));
    const links = selectAll('a[href]', index).map((a) => String(a.properties.href));
    for (const id of ['a-res-80-212', 'npt-conf-2020-wp-20']) {
      for (const lang of UN_LANGUAGES) {
        for (const format of ['html', 'pdf']) expect(links).toContain(`${id}/${lang}.${format}`);
      }
    }
    for (const link of links) await stat(path.join(first, link));
    const text = toString(index);
    expect(text).toContain('NPT/CONF.2020/WP.20');
    expect(text).toContain('核裁军');
    expect(text).toContain('80/212. Multilingual publication of United Nations documents');
    // Translation status per edition: the original, and the five others up to date (translations.yml).
    const statuses = selectAll('td.status', index).map((td) => toString(td));
    expect(statuses).toHaveLength(12);
    expect(statuses.filter((s) => s === 'original')).toHaveLength(2);
    expect(statuses.filter((s) => s === 'up to date')).toHaveLength(10);
    const manifest = JSON.parse(await readFile(path.join(first, 'manifest.json'), 'utf8')) as { documents: { editions: { language: string; translation?: unknown }[] }[] };
    expect(manifest.documents[0]!.editions.find((e) => e.language === 'fr')!.translation).toEqual({ current: 46, stale: 0, missing: 0 });
  });
});
