/**
 * Render stage, page: Handlebars templates (templates/*.hbs and templates/partials/*.hbs) wrap
 * the body in the UN layout. Templates are compiled and helpers registered once per build; the
 * helpers find the edition's locale on the template's root data.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'glob';
import Handlebars from 'handlebars';
import { HexaplaError } from '../errors.ts';
import type { Locale, Locales } from '../load/locales.ts';
import type { LanguageCode } from '../languages.ts';
import { formatDate, formatDateRange } from './dates.ts';

export interface PageContext {
  lang: LanguageCode;
  dir: 'ltr' | 'rtl';
  /** Relative path from the HTML file to its assets folder. */
  assets: string;
  document: {
    symbol: string;
    jobNumber: string;
    editionLetter: string;
    distribution: string;
    date: string;
    original: LanguageCode;
    isTranslation: boolean;
    body: string;
    session?: { place: string; start: string; end?: string };
    agendaItem?: string;
    title: string;
    subtitle?: string;
    agendaTitle?: string;
    url: string;
  };
  furniture: { barcodeSvg: string; qrSvg: string };
  body: string;
}

export type PageRenderer = (context: PageContext) => string;

type HelperOptions = Handlebars.HelperOptions & { data: { root: PageContext } };

export async function loadTemplates(templatesDir: string, locales: Locales): Promise<PageRenderer> {
  const hbs = Handlebars.create();
  const localeOf = (options: HelperOptions, lang?: unknown): Locale => {
    const code = (typeof lang === 'string' ? lang : options.data.root.lang) as LanguageCode;
    const locale = locales.get(code);
    if (!locale) throw new Error(`template asked for language "${code}", which is not loaded`);
    return locale;
  };
  hbs.registerHelper('t', (key: string, options: HelperOptions) => localeOf(options).t(key, options.hash));
  hbs.registerHelper('term', (key: string, options: HelperOptions) => {
    const value = localeOf(options).term(key);
    if (value === undefined) throw new Error(`glossary term "${key}" missing for ${options.data.root.lang}`);
    return value;
  });
  // {{date iso}} in the edition's language; {{date iso lang="en"}} in another one.
  hbs.registerHelper('date', (iso: string, options: HelperOptions) => formatDate(localeOf(options, options.hash.lang).layout.date, iso));
  hbs.registerHelper('dateRange', (start: string, end: string | undefined, options: HelperOptions) =>
    formatDateRange(localeOf(options).layout.date, start, typeof end === 'string' ? end : undefined),
  );
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));

  for (const name of await glob('partials/*.hbs', { cwd: templatesDir, posix: true })) {
    hbs.registerPartial(path.basename(name, '.hbs'), await readFile(path.join(templatesDir, name), 'utf8'));
  }
  const templateFile = path.join(templatesDir, 'document.hbs');
  let source: string;
  try {
    source = await readFile(templateFile, 'utf8');
  } catch {
    throw new HexaplaError('no page template', { location: { file: templateFile }, hint: 'templates/document.hbs must exist' });
  }
  const template = hbs.compile(source, { strict: true, noEscape: false });
  return (context) => template(context);
}
