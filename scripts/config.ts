/**
 * Project configuration: where things are and where links point. Read once from an optional
 * `hexapla.config.json` at the project root; every field has a default.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { HexaplaError } from './errors.ts';

const ConfigFileSchema = z
  .object({
    /** Document resolver; `{lang}` is the locale's resolver code, `{symbol}` the symbol in resolver form. */
    resolver: z.string().includes('{symbol}').default('https://undocs.org/{lang}/{symbol}'),
    contentDir: z.string().default('content'),
    localesDir: z.string().default('locales'),
    templatesDir: z.string().default('templates'),
    outDir: z.string().default('dist'),
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
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new HexaplaError(`cannot read configuration: ${(error as Error).message}`, {
        location: { file: CONFIG_FILE },
        hint: 'fix the JSON syntax or remove the file to use the defaults',
      });
    }
  }
  const parsed = ConfigFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HexaplaError(`invalid configuration field "${issue.path.join('.')}": ${issue.message}`, {
      location: { file: CONFIG_FILE },
      hint: 'known fields: resolver, contentDir, localesDir, templatesDir, outDir',
    });
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
