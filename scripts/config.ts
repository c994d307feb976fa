/**
 * Project configuration: where things are and where links point. Read once from an optional
 * `hexapla.config.json` at the project root; every field has a default.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { fail, fileSystemError, HexaplaError, problem } from './diagnostics.ts';
import { checkUrl } from './links.ts';

const ConfigFileSchema = z
  .object({
    /** Document resolver; `{lang}` is the edition's resolver code, `{symbol}` the symbol in resolver form. */
    resolver: z
      .string()
      .includes('{symbol}', { message: 'must contain {symbol}' })
      .superRefine((value, context) => {
        const verdict = checkUrl(value.replaceAll('{lang}', 'en').replaceAll('{symbol}', 'A/RES/74/32'));
        if (!verdict.ok) context.addIssue({ code: z.ZodIssueCode.custom, message: verdict.reason });
        else if (verdict.kind !== 'absolute' || !/^https?:/i.test(verdict.url)) context.addIssue({ code: z.ZodIssueCode.custom, message: 'must be an http or https address' });
      })
      .default('https://undocs.org/{lang}/{symbol}'),
    contentDir: z.string().min(1).default('content'),
    localesDir: z.string().min(1).default('locales'),
    templatesDir: z.string().min(1).default('templates'),
    outDir: z.string().min(1).default('dist'),
  })
  .strict();

export interface HexaplaConfig {
  root: string;
  resolver: string;
  contentDir: string;
  localesDir: string;
  templatesDir: string;
  outDir: string;
}

export const CONFIG_FILE = 'hexapla.config.json';

export async function loadConfig(root: string, overrides: Partial<Pick<HexaplaConfig, 'outDir'>> = {}): Promise<HexaplaConfig> {
  const file = path.join(root, CONFIG_FILE);
  let raw: unknown = {};
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileSystemError(error, CONFIG_FILE, 'read');
  }
  if (text !== undefined) {
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const position = /position (\d+)/.exec((error as Error).message);
      const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
      throw fail('config/json', `cannot read configuration: ${(error as Error).message}`, { file: CONFIG_FILE, line }, 'fix the JSON syntax or remove the file to use the defaults');
    }
  }
  const parsed = ConfigFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new HexaplaError(
      parsed.error.issues.map((issue) =>
        problem(
          'config/invalid',
          issue.code === 'unrecognized_keys' ? `unknown configuration field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `invalid configuration field "${issue.path.join('.')}": ${issue.message}`,
          { file: CONFIG_FILE },
          issue.path[0] === 'resolver' ? 'e.g. "resolver": "https://undocs.org/{lang}/{symbol}"' : 'known fields: resolver, contentDir, localesDir, templatesDir, outDir',
        ),
      ),
    );
  }
  const c = parsed.data;
  const abs = (p: string) => path.resolve(root, p);
  return {
    root,
    resolver: c.resolver,
    contentDir: abs(c.contentDir),
    localesDir: abs(c.localesDir),
    templatesDir: abs(c.templatesDir),
    outDir: abs(overrides.outDir ?? c.outDir),
  };
}
