/**
 * Load stage for strings: `locales/<lang>/layout.json` (every fixed string of the layout) and
 * `locales/<lang>/glossary.json` (the terms authors use with `:term[key]`) become i18next
 * resources. Both are validated as they are loaded: strings only, and placeholders only where
 * the schema allows them, so a locale value can never leak an i18next message or a raw
 * `{{placeholder}}` into a printed page. A bad value names its file, line and key.
 */
import path from 'node:path';
import { glob } from 'glob';
import i18next, { type i18n, type TOptions } from 'i18next';
import YAML, { isNode, LineCounter } from 'yaml';
import { z } from 'zod';
import { Diagnostics, fail, problem, type Diagnostic } from '../diagnostics.ts';
import type { LanguageCode } from '../languages/index.ts';
import { readText } from './text.ts';

/**
 * A string that may hold exactly these placeholders (`{{name}}`), and must hold `required` ones.
 * i18next nesting (`$t(…)`) and formats (`{{x, uppercase}}`) are not part of the layout language.
 */
function text(optional: string[] = [], required: string[] = []) {
  const allowed = new Set([...optional, ...required]);
  return z.string({ invalid_type_error: 'expected a string' }).superRefine((value, context) => {
    const used = [...value.matchAll(/\{\{([^}]*)\}\}/g)].map((m) => m[1]!.trim());
    for (const name of used) {
      if (!allowed.has(name)) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          message: allowed.size ? `placeholder {{${name}}} is not available here (available: ${[...allowed].map((a) => `{{${a}}}`).join(', ')})` : `placeholder {{${name}}} is not available here (this string takes none)`,
        });
      }
    }
    for (const name of required) {
      if (!used.includes(name)) context.addIssue({ code: z.ZodIssueCode.custom, message: `must contain the placeholder {{${name}}}` });
    }
    if (/\$t\(/.test(value)) context.addIssue({ code: z.ZodIssueCode.custom, message: 'nested translations ($t(…)) are not supported' });
  });
}

const perLanguage = z.object({ ar: text(), zh: text(), en: text(), fr: text(), ru: text(), es: text() }).strict();
const perOrgan = (placeholders: string[] = []) =>
  z.object({ 'general-assembly': text(placeholders), 'security-council': text(placeholders), 'economic-and-social-council': text(placeholders) }).strict();

/** Every key of layout.json, with the placeholders each string may use. */
export const LayoutSchema = z
  .object({
    /** The language's own name, e.g. "Français". */
    languageName: text(),
    masthead: z
      .object({
        unitedNations: text(),
        distribution: text([], ['value']),
        distributionValues: z.object({ general: text(), limited: text(), restricted: text() }).strict(),
        /** The language the masthead's date is written in (UN Arabic, Chinese and Russian editions use English). */
        dateLanguage: z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']),
        /** The edition's language line on translations ("Chinese", "Français"); empty for none. */
        editionLanguage: text(),
        original: text([], ['language']),
        originalLanguageNames: perLanguage,
        /** GA/ECOSOC session line: {{ordinal}} is "seventy-sixth", {{Ordinal}} "Seventy-sixth". */
        session: text(['ordinal', 'Ordinal', 'number']),
        agendaItem: text(['note'], ['item']),
        agendaItemAdopted: text([], ['item']),
        /** Note on a reissued document's symbol. */
        reissued: text([], ['date']),
      })
      .strict(),
    footer: z.object({ pleaseRecycle: text() }).strict(),
    date: z
      .object({
        format: text(['day', 'month', 'monthNumber', 'year'], ['day', 'year']),
        months: z.array(text()).length(12),
        rangeSameMonth: text(['startDay', 'endDay', 'month', 'monthNumber', 'year']),
        rangeSameYear: text(['startDay', 'endDay', 'startMonth', 'endMonth', 'startMonthNumber', 'endMonthNumber', 'year']),
        rangeOther: text(['start', 'end'], ['start', 'end']),
      })
      .strict(),
    /** A conference's session line: "New York, 4–28 January 2022". */
    session: text(['place', 'dates']),
    crossReference: z
      .object({
        paragraph: text([], ['number']),
        annexParagraph: text([], ['annex', 'number']),
        table: text([], ['number']),
      })
      .strict(),
    notes: z.object({ heading: text(), backLink: text(['number']) }).strict(),
    table: z.object({ title: text([], ['number']) }).strict(),
    annex: z
      .object({
        single: text(),
        numbered: text([], ['number']),
        /** "[Original: French]" under an annex heading, for each language the annex was written in. */
        original: perLanguage,
        /** The annex as cross-references name it: "annex I", "l'annexe I". */
        reference: text(['number']),
      })
      .strict(),
    resolution: z
      .object({
        /** Above the title: "Resolution adopted by the General Assembly on 6 December 2021". */
        adopted: perOrgan(['date', 'meeting']),
        /** Before the title of a decision. */
        decisionAdopted: perOrgan(['date', 'meeting']),
        /** The line that opens the text: "The General Assembly,". */
        organLine: perOrgan(),
        /** "76/34. Title". */
        numberedTitle: text(['number'], ['title']),
        /** A Security Council resolution has no title: "Resolution 2231 (2015)". */
        councilTitle: text([], ['number']),
        /** The closing block: meeting (ordinal where the language writes one) and date. */
        meeting: text(['date'], ['meeting']),
        draft: text(),
      })
      .strict(),
    letter: z
      .object({
        title: text(['date'], ['sender', 'recipient']),
        annexTitle: text(['date'], ['sender', 'recipient']),
        signed: text(),
      })
      .strict(),
    /** The HTML edition's screen furniture: the name of the list of language versions. */
    web: z.object({ languages: text() }).strict(),
    /** The parallel edition (dist/<document>/parallel.html): its title, controls and badges. */
    parallel: z
      .object({
        /** "Parallel edition", after the symbol in the page's title. */
        title: text(),
        /** The legend of the checkboxes that show and hide the language columns. */
        languages: text(),
        /** The label of the field that scrolls to a paragraph, and its button. */
        jump: text(),
        go: text(),
        /** Said when the paragraph asked for is not in the document. */
        notFound: text([], ['number']),
        /** The head of the column of unit ids. */
        unit: text(),
        /** Beside the original's column head. */
        original: text(),
        /** Badges on a translation's cell: the original changed since, or the unit is not there. */
        stale: text(),
        missing: text(),
        /** Under a column head: how many units are stale and missing. */
        counts: text([], ['stale', 'missing']),
        /** Findings of the quality checks that name a unit the page has no row for. */
        otherFindings: text(),
      })
      .strict(),
  })
  .strict();
export type Layout = z.infer<typeof LayoutSchema>;

const GlossarySchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'glossary keys are lower-case words joined by hyphens, e.g. "new-york"'),
  z
    .string({ invalid_type_error: 'expected a string: a glossary value is the term as printed' })
    .min(1, 'a glossary value may not be empty')
    .refine((value) => !/\{\{|\$t\(/.test(value), 'glossary values cannot hold placeholders ({{…}} or $t(…)); write the term as it is printed'),
);

/** Namespaces Hexapla reads; any other file in a locale folder is a mistake. */
const NAMESPACES = ['layout', 'glossary'] as const;

export interface Locale {
  lang: LanguageCode;
  layout: Layout;
  /** A layout string, filled in. Keys are checked by the schema, so a missing one is a bug. */
  t(key: string, options?: TOptions): string;
  /** A glossary term, or undefined when the key is unknown. */
  term(key: string): string | undefined;
  /** Every glossary key, for hints. */
  termKeys(): string[];
}

export type Locales = Map<LanguageCode, Locale>;

export async function loadLocales(root: string, localesDir: string, langs: readonly LanguageCode[]): Promise<Locales> {
  const diagnostics = new Diagnostics();
  const resources: Record<string, Record<string, unknown>> = {};
  const layouts = new Map<LanguageCode, Layout>();
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/') || '.';
  for (const lang of langs) {
    const dir = path.join(localesDir, lang);
    const files = (await glob('*', { cwd: dir, posix: true, dot: false })).sort();
    const namespaces: Record<string, unknown> = {};
    for (const name of files) {
      const file = rel(path.join(dir, name));
      const namespace = name.replace(/\.json$/, '');
      if (!name.endsWith('.json') || !(NAMESPACES as readonly string[]).includes(namespace)) {
        diagnostics.add(problem('locale/unknown-file', `unexpected file in a locale folder`, { file }, `a locale folder holds ${NAMESPACES.map((n) => `${n}.json`).join(' and ')}; move or remove this file`));
        continue;
      }
      const source = await readText(path.join(dir, name), file);
      const data = diagnostics.capture(() => parseJson(source, file));
      if (data === undefined) continue;
      const schema = namespace === 'layout' ? LayoutSchema : GlossarySchema;
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        diagnostics.add(...parsed.error.issues.map((issue) => localeIssue(issue, source, file, namespace)));
        continue;
      }
      namespaces[namespace] = parsed.data;
    }
    for (const namespace of NAMESPACES) {
      if (!files.includes(`${namespace}.json`)) {
        diagnostics.add(
          problem('locale/missing-file', `no ${namespace} strings for language "${lang}"`, { file: rel(path.join(dir, `${namespace}.json`)) }, `copy locales/en/${namespace}.json and translate it`),
        );
      }
    }
    if (namespaces.layout) layouts.set(lang, namespaces.layout as Layout);
    resources[lang] = namespaces;
  }
  diagnostics.throwIfErrors();

  const instance: i18n = i18next.createInstance();
  await instance.init({
    resources: resources as never,
    lng: langs[0],
    fallbackLng: false,
    defaultNS: 'layout',
    ns: [...NAMESPACES],
    interpolation: { escapeValue: false },
    returnNull: false,
    returnObjects: false,
    showSupportNotice: false, // i18next prints an advertisement otherwise; stdout is for output
  });

  const locales: Locales = new Map();
  for (const lang of langs) {
    const t = instance.getFixedT(lang, 'layout');
    const glossary = (resources[lang]!.glossary ?? {}) as Record<string, string>;
    locales.set(lang, {
      lang,
      layout: layouts.get(lang)!,
      t(key, options) {
        const value = t(key, { ...(options as object), returnObjects: false } as never) as unknown;
        if (typeof value !== 'string' || !instance.exists(key, { lng: lang, ns: 'layout' })) {
          throw new Error(`locales/${lang}/layout.json has no string "${key}"`);
        }
        return value;
      },
      term(key) {
        return Object.hasOwn(glossary, key) ? glossary[key] : undefined;
      },
      termKeys: () => Object.keys(glossary),
    });
  }
  return locales;
}

/** JSON.parse for the value, with the line of a syntax error in the message. */
function parseJson(source: string, file: string): unknown {
  try {
    return JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? source.slice(0, Number(position[1])).split('\n').length : undefined;
    throw fail('locale/json', `invalid JSON: ${message}`, { file, line }, 'fix the syntax of this file (a missing comma or quote, a trailing comma)');
  }
}

/** A schema issue in a locale file, at the line of the key it concerns. */
function localeIssue(issue: z.ZodIssue, source: string, file: string, namespace: string): Diagnostic {
  const keyPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(source, { lineCounter });
  let line: number | undefined;
  for (let depth = keyPath.length; depth > 0 && line === undefined; depth--) {
    const node = doc.getIn(keyPath.slice(0, depth), true);
    if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
  }
  const key = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    return problem('locale/unknown-key', `unknown key ${issue.keys.map((k) => `"${[...issue.path, k].join('.')}"`).join(', ')}`, { file, line }, `compare with locales/en/${namespace}.json, which has every key`);
  }
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return problem('locale/missing-key', `missing key "${key}"`, { file, line }, `add it; locales/en/${namespace}.json has every key`);
  }
  return problem('locale/value', `key "${key}": ${issue.message}`, { file, line }, namespace === 'glossary' ? 'a glossary value is one string: the term as printed in this language' : `compare with the same key in locales/en/${namespace}.json`);
}
