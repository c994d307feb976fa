import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runSymbolsCommand } from '../../scripts/commands/symbols.ts';
import type { LanguageCode } from '../../scripts/languages/index.ts';
import { urlFor } from './helpers.ts';

const root = join(import.meta.dirname, '../..');
const zhFile = join(root, 'content/npt-conf-2020-wp-20/zh.md');
const ZH_LINES = [
  ['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34'], ['71/71', 'A/RES/71/71'], ['72/251', 'A/RES/72/251'],
  ['73/40', 'A/RES/73/40'], ['74/54', 'A/RES/74/54'], ['69/58', 'A/RES/69/58'], ['74/32', 'A/RES/74/32'], ['75/45', 'A/RES/75/45'],
].map(([text, symbol]) => `${text}\t${symbol}\thttps://undocs.org/ch/${symbol}`);

async function run(opts: { lang: LanguageCode; file?: string; json?: boolean; input?: string }): Promise<string> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  await runSymbolsCommand({
    lang: opts.lang,
    file: opts.file,
    json: opts.json ?? false,
    urlFor,
    stdout,
    stdin: Readable.from([opts.input ?? '']),
  });
  return Buffer.concat(chunks).toString('utf8');
}

describe('runSymbolsCommand', () => {
  it('prints text, symbol and URL separated by tabs, one line per link, for a file', async () => {
    expect(await run({ lang: 'zh', file: zhFile })).toBe(ZH_LINES.join('\n') + '\n');
  });

  it('reads standard input when no file is given', async () => {
    const out = await run({ lang: 'en', input: 'Security Council resolution 2231 (2015) and A/47/975-S/26063.' });
    expect(out).toBe(
      '2231 (2015)\tS/RES/2231 (2015)\thttps://undocs.org/ch/S/RES/2231(2015)\n' +
        'A/47/975\tA/47/975\thttps://undocs.org/ch/A/47/975\n' +
        'S/26063\tS/26063\thttps://undocs.org/ch/S/26063\n',
    );
  });

  it('prints a JSON array of {text, symbol, url} with --json', async () => {
    const out = await run({ lang: 'fr', json: true, input: "résolutions 68/32 et 70/34 de l'Assemblée générale" });
    expect(JSON.parse(out)).toEqual([
      { text: '68/32', symbol: 'A/RES/68/32', url: 'https://undocs.org/ch/A/RES/68/32' },
      { text: '70/34', symbol: 'A/RES/70/34', url: 'https://undocs.org/ch/A/RES/70/34' },
    ]);
  });

  it('prints nothing (or an empty array) when there is nothing to link', async () => {
    expect(await run({ lang: 'en', input: 'Nothing on 4/5/2021.' })).toBe('');
    expect(JSON.parse(await run({ lang: 'en', json: true, input: '' }))).toEqual([]);
  });

  it('honours the directives, as the build does', async () => {
    const out = await run({ lang: 'en', input: ':nolink[resolution 74/32] :symbol[the deal]{s="S/RES/2231 (2015)"}' });
    expect(out).toBe('the deal\tS/RES/2231 (2015)\thttps://undocs.org/ch/S/RES/2231(2015)\n');
  });

  it('does not read YAML front matter as text', async () => {
    const out = await run({ lang: 'en', input: '---\ntitle: resolution 74/32\n---\n\nresolution 75/45\n' });
    expect(out).toBe('75/45\tA/RES/75/45\thttps://undocs.org/ch/A/RES/75/45\n');
  });

  it('works through the command: hexapla symbols --lang zh <file>', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/hexapla.js', 'symbols', '--lang', 'zh', zhFile], { cwd: root });
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines.map((l) => l.split('\t').slice(0, 2).join('\t'))).toEqual(ZH_LINES.map((l) => l.split('\t').slice(0, 2).join('\t')));
    for (const line of lines) expect(line.split('\t')).toHaveLength(3);
  }, 60_000);
});
