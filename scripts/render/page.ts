/**
 * Render stage, page: Handlebars templates (templates/document.hbs and templates/partials/*.hbs)
 * wrap the body in the UN layout. Templates are read, checked and compiled once per build; a
 * syntax error, a missing partial or a failing expression is reported with the template's file
 * and line. Helpers find the edition's locale on the template's root data.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'glob';
import Handlebars from 'handlebars';
import { Diagnostics, fail, fileSystemError, problem, type Diagnostic } from '../diagnostics.ts';
import type { LanguageCode } from '../languages/index.ts';
import type { Locale, Locales } from '../load/locales.ts';
import { typeset } from '../transform/typography.ts';
import type { PageContext } from './context.ts';
import { formatDate, formatDateRange } from './dates.ts';

export type { PageContext } from './context.ts';

export type PageRenderer = (context: PageContext) => string;

type HelperOptions = Handlebars.HelperOptions & { data: { root: PageContext } };

interface TemplateSource {
  name: string;
  file: string;
  source: string;
}

export async function loadTemplates(root: string, templatesDir: string, locales: Locales): Promise<PageRenderer> {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const hbs = Handlebars.create();
  const localeOf = (options: HelperOptions, lang?: unknown): Locale => {
    const code = (typeof lang === 'string' ? lang : options.data.root.lang) as LanguageCode;
    const locale = locales.get(code);
    if (!locale) throw new Error(`the template asks for language "${code}", which is not loaded`);
    return locale;
  };
  hbs.registerHelper('t', (key: string, options: HelperOptions) => typeset(localeOf(options).t(key, options.hash), options.data.root.lang));
  hbs.registerHelper('term', (key: string, options: HelperOptions) => {
    const value = localeOf(options).term(key);
    if (value === undefined) throw new Error(`glossary term "${key}" is missing for ${options.data.root.lang}`);
    return typeset(value, options.data.root.lang);
  });
  // {{date iso}} in the edition's language; {{date iso lang="en"}} in another one.
  hbs.registerHelper('date', (iso: string, options: HelperOptions) => formatDate(localeOf(options, options.hash.lang).layout.date, iso));
  hbs.registerHelper('dateRange', (start: string, end: string | undefined, options: HelperOptions) =>
    formatDateRange(localeOf(options).layout.date, start, typeof end === 'string' ? end : undefined),
  );
  hbs.registerHelper('typeset', (text: string, options: HelperOptions) => typeset(String(text ?? ''), options.data.root.lang));
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));

  const read = async (absolute: string): Promise<TemplateSource> => {
    const file = rel(absolute);
    try {
      return { name: path.basename(absolute, '.hbs'), file, source: await readFile(absolute, 'utf8') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw fail('template/missing', 'no page template', { file }, `${rel(templatesDir)}/document.hbs must exist`);
      throw fileSystemError(error, file, 'read');
    }
  };
  const partials = await Promise.all((await glob('partials/*.hbs', { cwd: templatesDir, posix: true })).sort().map((name) => read(path.join(templatesDir, name))));
  const page = await read(path.join(templatesDir, 'document.hbs'));

  // Check every template before compiling: syntax, and the partials each one names.
  const diagnostics = new Diagnostics();
  const known = new Set(partials.map((p) => p.name));
  for (const template of [page, ...partials]) diagnostics.add(...checkTemplate(template, known));
  diagnostics.throwIfErrors();
  for (const partial of partials) hbs.registerPartial(partial.name, partial.source);
  const template = hbs.compile(page.source, { strict: true, noEscape: false });
  const files = new Map([page, ...partials].map((t) => [t.name, t.file]));

  return (context) => {
    try {
      return template(context);
    } catch (error) {
      throw runtimeError(error, files, page.file);
    }
  };
}

/** Syntax errors and static partials that do not exist, with their lines. */
function checkTemplate(template: TemplateSource, partials: Set<string>): Diagnostic[] {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(template.source);
  } catch (error) {
    const message = (error as Error).message;
    const line = Number(/line (\d+)/.exec(message)?.[1]) || undefined;
    return [problem('template/syntax', `template syntax error: ${message.split('\n').filter(Boolean).pop()}`, { file: template.file, line }, 'close every {{#if}} / {{#each}} with its {{/if}} / {{/each}}, and check the braces')];
  }
  const found: Diagnostic[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; name?: { type?: string; original?: unknown }; loc?: { start: { line: number } } };
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name?.type === 'PathExpression' && !partials.has(String(n.name.original))) {
      found.push(problem('template/missing-partial', `the partial "${String(n.name.original)}" does not exist`, { file: template.file, line: n.loc?.start.line }, `add templates/partials/${String(n.name.original)}.hbs, or fix the name (partials: ${[...partials].join(', ')})`));
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && value !== n.loc) visit(value);
    }
  };
  visit(ast);
  return found;
}

/** A failure while filling a template: which template, which line, and what it could not do. */
function runtimeError(error: unknown, files: Map<string, string>, pageFile: string) {
  const message = error instanceof Error ? error.message : String(error);
  const partial = /partial (\S+) could not be found/.exec(message)?.[1];
  const line = Number(/ - (\d+):\d+/.exec(message)?.[1]) || undefined;
  const file = partial ? pageFile : (files.get(/in partial (\S+)/.exec(message)?.[1] ?? '') ?? pageFile);
  return fail(
    'template/render',
    `template failed: ${message.split('\n')[0]}`,
    { file, line },
    partial ? `add templates/partials/${partial}.hbs, or fix the name` : 'check the names the template uses against the page data (see scripts/render/context.ts)',
  );
}
