/**
 * Load stage for glossaries: `locales/<lang>/*.json` are i18next resources, one namespace per
 * file. `layout` holds every fixed string of the layout (validated, since templates rely on it);
 * `glossary` holds the terms authors use with `:term[key]`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'glob';
import i18next, { type i18n, type TOptions } from 'i18next';
import { z } from 'zod';
import { HexaplaError } from '../errors.ts';
import type { LanguageCode } from '../languages.ts';

const LabelLevel = z.object({ labels: z.string(), format: z.string().includes('{{label}}') });

/** The parts of layout.json that code (not only templates) reads. */
export const LayoutSchema = z.object({
  language: z.object({
    code: z.string(),
    name: z.string(),
    editionLetter: z.string().length(1),
    resolverCode: z.string().min(1),
  }),
  languageNames: z.record(z.string()),
  masthead: z.object({
    unitedNations: z.string(),
    distribution: z.string(),
    distributionValues: z.object({ general: z.string(), limited: z.string(), restricted: z.string() }),
    dateLanguage: z.string(),
    editionLanguage: z.string(),
    original: z.string(),
    originalLanguageNames: z.record(z.string()),
    agendaItem: z.string(),
  }),
  footer: z.object({ pleaseRecycle: z.string() }),
  date: z.object({
    format: z.string(),
    months: z.array(z.string()).length(12),
    rangeSameMonth: z.string(),
    rangeSameYear: z.string(),
    rangeOther: z.string(),
  }),
  session: z.string(),
  crossReference: z.string().includes('{{number}}'),
  numbering: z.object({ paragraph: z.string().includes('{{number}}'), subItems: z.array(LabelLevel).min(1), headings: z.array(LabelLevel).min(1) }),
});
export type Layout = z.infer<typeof LayoutSchema>;

export interface Locale {
  lang: LanguageCode;
  layout: Layout;
  /** Translate a layout key; a missing key is a bug in the locale files, so it throws. */
  t(key: string, options?: TOptions): string;
  /** A glossary term, or undefined when the key is unknown. */
  term(key: string): string | undefined;
}

export type Locales = Map<LanguageCode, Locale>;

export async function loadLocales(root: string, localesDir: string, langs: readonly LanguageCode[]): Promise<Locales> {
  const resources: Record<string, Record<string, unknown>> = {};
  const layouts = new Map<LanguageCode, Layout>();
  for (const lang of langs) {
    const files = (await glob('*.json', { cwd: path.join(localesDir, lang), posix: true })).sort();
    const namespaces: Record<string, unknown> = {};
    for (const name of files) {
      const file = path.relative(root, path.join(localesDir, lang, name));
      namespaces[name.slice(0, -'.json'.length)] = await readJson(path.join(localesDir, lang, name), file);
    }
    if (!namespaces.layout) {
      throw new HexaplaError(`no layout strings for language "${lang}"`, {
        location: { file: path.relative(root, path.join(localesDir, lang, 'layout.json')) },
        hint: 'copy locales/en/layout.json and translate it',
      });
    }
    const parsed = LayoutSchema.safeParse(namespaces.layout);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new HexaplaError(`layout string "${issue.path.join('.')}": ${issue.message}`, {
        location: { file: path.relative(root, path.join(localesDir, lang, 'layout.json')) },
        hint: 'compare with locales/en/layout.json, which has every key',
      });
    }
    layouts.set(lang, parsed.data);
    resources[lang] = namespaces;
  }

  const instance: i18n = i18next.createInstance();
  await instance.init({
    resources: resources as never,
    lng: langs[0],
    fallbackLng: false,
    defaultNS: 'layout',
    ns: ['layout', 'glossary'],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false, // i18next prints an advertisement otherwise; stdout is for output
  });

  const locales: Locales = new Map();
  for (const lang of langs) {
    const t = instance.getFixedT(lang, 'layout');
    const glossary = instance.getFixedT(lang, 'glossary');
    locales.set(lang, {
      lang,
      layout: layouts.get(lang)!,
      t(key, options) {
        if (!instance.exists(key, { lng: lang, ns: 'layout' })) {
          throw new Error(`locales/${lang}/layout.json has no key "${key}"`);
        }
        return String(t(key, options as never));
      },
      term(key) {
        return instance.exists(key, { lng: lang, ns: 'glossary' }) ? String(glossary(key)) : undefined;
      },
    });
  }
  return locales;
}

async function readJson(absolute: string, file: string): Promise<unknown> {
  const text = await readFile(absolute, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new HexaplaError(`invalid JSON: ${message}`, { location: { file, line }, hint: 'fix the syntax of this glossary file' });
  }
}
