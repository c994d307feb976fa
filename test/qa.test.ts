/**
 * `hexapla check`: the quality rules over a corpus of seeded defects (the two samples, each case
 * one defect in one edition), each found at its unit; no finding on the samples as they are, nor
 * on forms each language may write a number or date in; and the command, in-process.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../scripts/cli.ts';
import { qaFindings, QA_RULE_IDS, type QaFinding } from '../scripts/check/qa/index.ts';
import type { LanguageCode } from '../scripts/languages/index.ts';
import { loadTranslationProject, type TranslationProject } from '../scripts/translation/project.ts';
import { projectWith, ROOT } from './helpers.ts';

const SAMPLES = { res: 'a-res-80-212', npt: 'npt-conf-2020-wp-20' } as const;
type Sample = keyof typeof SAMPLES;

interface Edit {
  lang: LanguageCode;
  find: string;
  replace: string;
}

interface DefectCase {
  name: string;
  doc: Sample;
  edits: Edit[];
  rule: string;
  unit: string;
  lang: LanguageCode;
  /** Other rules the same defect may also fire (a changed year is a changed number and date). */
  also?: string[];
}

const edit = (lang: LanguageCode, find: string, replace: string): Edit => ({ lang, find, replace });
const one = (name: string, doc: Sample, lang: LanguageCode, unit: string, rule: string, find: string, replace: string, also?: string[]): DefectCase => ({ name, doc, edits: [edit(lang, find, replace)], rule, unit, lang, also });

/** The table's "Source:" line in each language, for cases that need a glossary term in every edition. */
const SOURCE_LINE: Record<LanguageCode, [string, string]> = {
  en: ['Source: Secretariat', 'Source: '],
  fr: ['Source : Secrétariat', 'Source : '],
  es: ['Fuente: Secretaría', 'Fuente: '],
  ru: ['Источник: Секретариат', 'Источник: '],
  zh: ['资料来源：秘书处', '资料来源：'],
  ar: ['المصدر: الأمانة العامة', 'المصدر: '],
};
/** Every edition's source line names the General Assembly through the glossary, but `lang`, which has `term` (or none). */
function termCase(name: string, lang: LanguageCode, term: string | undefined): DefectCase {
  const edits = (Object.keys(SOURCE_LINE) as LanguageCode[]).map((code) => {
    const [find, prefix] = SOURCE_LINE[code];
    if (code !== lang) return edit(code, find, `${prefix}:term[general-assembly]`);
    return edit(code, find, term ? `${prefix}:term[${term}]` : find);
  });
  return { name, doc: 'res', edits, rule: 'qa/terms', unit: 'table-1', lang };
}

const CASES: DefectCase[] = [
  // qa/numbers
  one('a changed figure in a Chinese table', 'res', 'zh', 'table-1-r2-c2', 'qa/numbers', '4 812', '4 821'),
  one('a changed figure in a French table', 'res', 'fr', 'table-1-r4-c2', 'qa/numbers', '5 104', '5 140'),
  one('a changed figure in a Spanish table', 'res', 'es', 'table-1-r7-c2', 'qa/numbers', '4.865', '4.856'),
  one('a changed percentage in Russian', 'npt', 'ru', 'para-7', 'qa/numbers', 'до 44 процентов', 'до 45 процентов'),
  one('a changed percentage in Arabic-Indic digits', 'npt', 'ar', 'para-7', 'qa/numbers', '44 في المائة', '٤٥ في المائة'),
  one('a dropped digit in Chinese', 'npt', 'zh', 'para-7', 'qa/numbers', '44%', '4%'),
  one('a changed count in French', 'npt', 'fr', 'para-4', 'qa/numbers', 'des 13 mesures', 'des 12 mesures'),
  one('a changed paragraph reference in Spanish', 'npt', 'es', 'para-4', 'qa/numbers', 'párrafo 4 c)', 'párrafo 5 c)'),
  one('a changed year in a Russian note', 'res', 'ru', 'fn-1', 'qa/numbers', '1946 года', '1947 года', ['qa/dates']),
  // qa/dates
  one('another month in French', 'res', 'fr', 'pp-1', 'qa/dates', '2 novembre 1995', '2 décembre 1995'),
  one('another month in Spanish', 'res', 'es', 'pp-1', 'qa/dates', '11 de septiembre de 2017', '11 de octubre de 2017'),
  one('another month in Russian', 'res', 'ru', 'pp-1', 'qa/dates', '10 июня 2022', '10 июля 2022'),
  one('another month in Chinese', 'res', 'zh', 'pp-1', 'qa/dates', '2022 年 6 月 10 日', '2022 年 7 月 10 日'),
  one('another month in Arabic', 'res', 'ar', 'pp-1', 'qa/dates', '10 حزيران/يونيه 2022', '10 تموز/يوليه 2022'),
  one('another day in Chinese', 'npt', 'zh', 'para-39', 'qa/dates', '2021 年 1 月 22 日', '2021 年 1 月 21 日', ['qa/numbers']),
  one('another month in a French quotation', 'npt', 'fr', 'para-31', 'qa/dates', 'le 8 juillet 1996', 'le 8 juin 1996'),
  // qa/symbols
  one('a mistyped resolution in French', 'res', 'fr', 'para-4', 'qa/symbols', 'résolution 76/268', 'résolution 76/286'),
  one('another resolution in a Chinese note', 'res', 'zh', 'fn-1', 'qa/symbols', '第 2 (I) 号决议', '第 3 (I) 号决议', ['qa/numbers']),
  one('a mistyped resolution in Russian', 'npt', 'ru', 'para-41', 'qa/symbols', 'резолюцией 75/45', 'резолюцией 75/54'),
  one('a mistyped resolution in Arabic', 'npt', 'ar', 'para-41', 'qa/symbols', 'للقرار 75/45', 'للقرار 75/46'),
  one('a mistyped resolution in Spanish', 'res', 'es', 'pp-1', 'qa/symbols', '71/328', '71/238'),
  // qa/terms
  termCase('another glossary term in French', 'fr', 'security-council'),
  termCase('no glossary term in Chinese', 'zh', undefined),
  termCase('another glossary term in Arabic', 'ar', 'npt'),
  // qa/untranslated
  one('an English sub-item in French', 'res', 'fr', 'para-3-a', 'qa/untranslated', 'soient accessibles aux personnes handicapées ;', 'are accessible to persons with disabilities;'),
  one('an English annex title in Chinese', 'res', 'zh', 'annex-1-title', 'qa/untranslated', '秘书长报告应列入的信息', 'Information to be included in the report of the Secretary-General'),
  one('an English title in Russian', 'npt', 'ru', 'title', 'qa/untranslated', 'title: Ядерное разоружение', 'title: Nuclear disarmament'),
  one('an English column head in Spanish', 'res', 'es', 'table-1-r1-c2', 'qa/untranslated', '| Documentos publicados |', '| Documents issued |'),
  one('an English table note in Arabic', 'res', 'ar', 'table-1-note-a', 'qa/untranslated', 'رقم مؤقت.', 'Provisional figure.'),
  // qa/double-space
  one('two spaces in the English original', 'res', 'en', 'para-1', 'qa/double-space', 'to ensure that', 'to ensure  that'),
  one('two spaces in Russian', 'res', 'ru', 'para-2', 'qa/double-space', 'пункты каждого', 'пункты  каждого'),
  one('two spaces in Chinese', 'npt', 'zh', 'para-7', 'qa/double-space', '提高至多 44%', '提高至多  44%'),
  one('a space and a no-break space in Arabic', 'res', 'ar', 'pp-3', 'qa/double-space', 'بأن إصدار', 'بأن \u00A0إصدار'),
  // qa/brackets
  one('an unclosed parenthesis in English', 'res', 'en', 'table-1', 'qa/brackets', '(illustrative figures).', '(illustrative figures.'),
  one('an unclosed guillemet in French', 'res', 'fr', 'para-6', 'qa/brackets', '« Multilinguisme »', '« Multilinguisme'),
  one('an unclosed full-width parenthesis in Chinese', 'res', 'zh', 'table-1-r1-c3', 'qa/brackets', '按时印发比例（百分比）', '按时印发比例（百分比'),
  one('an unclosed guillemet in Russian', 'res', 'ru', 'para-6', 'qa/brackets', '«Многоязычие»', '«Многоязычие'),
  one('an unclosed quotation mark in Spanish', 'npt', 'es', 'para-7', 'qa/brackets', '“Examen Integrado de 2021”', '“Examen Integrado de 2021'),
  one('an unclosed quotation mark in Arabic', 'res', 'ar', 'para-6', 'qa/brackets', '”تعدد اللغات“', '”تعدد اللغات'),
  one('a closing parenthesis without its opening one in Russian', 'npt', 'ru', 'para-41', 'qa/brackets', '(сроки которой', 'сроки которой'),
  // qa/punctuation
  one('an ASCII comma in Chinese', 'res', 'zh', 'para-2', 'qa/punctuation', '编号完全相同，对决议', '编号完全相同,对决议'),
  one('an ASCII colon in Chinese', 'res', 'zh', 'table-1', 'qa/punctuation', '资料来源：秘书处', '资料来源:秘书处'),
  one('a Latin comma in Arabic', 'res', 'ar', 'para-2', 'qa/punctuation', 'في جميع الصيغ اللغوية، وأن', 'في جميع الصيغ اللغوية, وأن'),
  one('a Latin semicolon in Arabic', 'res', 'ar', 'pp-3', 'qa/punctuation', 'في المداولات،', 'في المداولات;'),
  one('a French colon after emphasis', 'res', 'fr', 'para-3', 'qa/punctuation', 'sous des formes qui :', 'sous des formes *qui*:'),
  one('a French colon after strong emphasis', 'res', 'fr', 'table-1', 'qa/punctuation', 'Source : Secrétariat', '**Source**: Secrétariat'),
  // qa/note-call
  one('a French note call after the comma', 'res', 'fr', 'pp-2', 'qa/note-call', "l'Organisation[^equality],", "l'Organisation,[^equality]"),
  one('an English note call before the comma', 'res', 'en', 'pp-4', 'qa/note-call', 'documentation,[^report]', 'documentation[^report],'),
  one('a Spanish note call after the semicolon', 'res', 'es', 'para-4', 'qa/note-call', '76/268[^equality];', '76/268;[^equality]'),
  one('a Chinese note call before the comma', 'res', 'zh', 'pp-4', 'qa/note-call', '报告，[^report]', '报告[^report]，'),
  one('a Russian note call after the comma', 'res', 'ru', 'pp-2', 'qa/note-call', 'Организации[^equality],', 'Организации,[^equality]'),
  one('an Arabic note call after the comma', 'res', 'ar', 'pp-4', 'qa/note-call', 'الهيئات التداولية[^report]،', 'الهيئات التداولية،[^report]'),
];

/** Forms a translation may write the same figures and dates in: none is a finding. */
const VARIANTS: { doc: Sample; edits: Edit[] }[] = [
  {
    doc: 'res',
    edits: [
      edit('ar', '4 812', '٤٨١٢'),
      // In a note, whose symbol is marked: the linker reads dates between cited numbers in ASCII digits only.
      edit('ar', 'المؤرخ 1 شباط/فبراير 1946', 'المؤرخ ١ شباط/فبراير ١٩٤٦'),
      edit('es', '4.812', '4812'),
      edit('fr', '4 812', '4\u202F812'),
      edit('ru', '4 790', '4\u00A0790'),
      edit('zh', '4 812', '4,812'),
      edit('zh', '1995 年 11 月 2 日', '1995年11月2日'),
      edit('fr', '« Multilinguisme »', '«\u00A0Multilinguisme\u00A0»'),
      edit('fr', 'langues officielles ;', 'langues officielles\u202F;'),
    ],
  },
  {
    doc: 'npt',
    edits: [edit('fr', '44 %', '44\u202F%'), edit('zh', '44%', '44 %'), edit('es', 'un 44 %', 'un 44%'), edit('ru', 'до 44 процентов', 'до 44%')],
  },
];

async function sampleFiles(doc: Sample): Promise<Record<string, string>> {
  const dir = path.join(ROOT, 'content', SAMPLES[doc]);
  const files: Record<string, string> = {};
  for (const name of await readdir(dir)) files[name] = await readFile(path.join(dir, name), 'utf8');
  return files;
}

function applyEdits(files: Record<string, string>, edits: Edit[], label: string): Record<string, string> {
  const out = { ...files };
  for (const { lang, find, replace } of edits) {
    const text = out[`${lang}.md`]!;
    const at = text.indexOf(find);
    if (at === -1) throw new Error(`${label}: "${find}" is not in ${lang}.md`);
    out[`${lang}.md`] = text.slice(0, at) + replace + text.slice(at + find.length);
  }
  return out;
}

const brief = (findings: QaFinding[]) => findings.map((f) => `${f.lang} ${f.unit} ${f.rule}: ${f.message}`);

let project: Awaited<ReturnType<typeof projectWith>>;
let loaded: TranslationProject;

beforeAll(async () => {
  const samples = { res: await sampleFiles('res'), npt: await sampleFiles('npt') };
  const documents: Record<string, Record<string, string>> = { ...Object.fromEntries((Object.keys(SAMPLES) as Sample[]).map((doc) => [SAMPLES[doc], samples[doc]])) };
  CASES.forEach((c, i) => (documents[`case-${i}`] = applyEdits(samples[c.doc], c.edits, c.name)));
  VARIANTS.forEach((v, i) => (documents[`variant-${i}`] = applyEdits(samples[v.doc], v.edits, `variant ${i}`)));
  project = await projectWith(documents);
  loaded = await loadTranslationProject(project.root);
}, 60_000);

afterAll(() => project?.remove());

const documentNamed = (id: string) => loaded.documents.find((d) => d.id === id)!;

describe('qa corpus of seeded defects', () => {
  it('covers every rule and every language, with 40 cases or more', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(QA_RULE_IDS));
    expect(new Set(CASES.map((c) => c.lang)).size).toBe(6);
  });

  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const c = CASES[i]!;
    const findings = qaFindings(documentNamed(`case-${i}`));
    expect(brief(findings.filter((f) => f.rule === c.rule && f.unit === c.unit && f.lang === c.lang)), brief(findings).join('\n')).toHaveLength(1);
    // Nothing else is reported: the defect's unit and edition only, its rule or those it may also fire.
    const allowed = new Set([c.rule, ...(c.also ?? [])]);
    expect(brief(findings.filter((f) => f.unit !== c.unit || f.lang !== c.lang || !allowed.has(f.rule)))).toEqual([]);
    const found = findings.find((f) => f.rule === c.rule)!;
    expect(found.severity).toBe('warning');
    expect(found.location?.file).toBe(`content/case-${i}/${c.lang}.md`);
    expect(found.location?.line).toBeGreaterThan(0);
    expect(found.hint).toBeTruthy();
  });
});

describe('qa on clean text', () => {
  it.each(Object.values(SAMPLES))('finds nothing in the sample %s', (id) => {
    expect(brief(qaFindings(documentNamed(id)))).toEqual([]);
  });

  it('finds nothing in the samples as loaded from content/ itself', async () => {
    const real = await loadTranslationProject(ROOT, { documents: Object.values(SAMPLES) });
    for (const document of real.documents) expect(brief(qaFindings(document))).toEqual([]);
  });

  it.each(VARIANTS.map((_v, i) => [i] as const))('accepts each language’s forms of numbers and dates (variant %i)', (i) => {
    expect(brief(qaFindings(documentNamed(`variant-${i}`)))).toEqual([]);
  });

  it('takes a letter\'s signature, names the same in every language, as translated; an untranslated paragraph is still found', async () => {
    const meta = 'type: letter\nsymbol: S/2025/456\njobNumber: 25-00456\ndate: 2025-05-06\noriginal: es\norgan: security-council\nletter:\n  date: 2025-05-03\n  sender: general-assembly\n  recipient: security-council\n';
    const edition = (first: string) => `${first}\n\nI should be grateful if you would circulate this letter as a document of the Council.\n\n:::signature\nJuan Ramón de la Fuente\n\nEmbajador\n:::\n`;
    const letter = await projectWith({
      letter: {
        'document.yml': meta,
        'es.md': edition('Tengo el honor de transmitirle la declaración adjunta.'),
        'en.md': edition('I have the honour to transmit the annexed statement.'),
      },
    });
    try {
      const [document] = (await loadTranslationProject(letter.root)).documents;
      expect(brief(qaFindings(document!))).toEqual([expect.stringMatching(/^en para-2 qa\/untranslated: /)]);
    } finally {
      await letter.remove();
    }
  });

  it('checks only the editions asked for', () => {
    const i = CASES.findIndex((c) => c.lang === 'fr' && c.rule === 'qa/dates');
    expect(qaFindings(documentNamed(`case-${i}`), { languages: ['zh', 'es'] })).toEqual([]);
    expect(qaFindings(documentNamed(`case-${i}`), { languages: ['fr'] }).map((f) => f.rule)).toEqual(['qa/dates']);
  });
});

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

async function runCheck(args: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await main(['check', '--root', project.root, ...args], { stdout: stdout.stream, stderr: stderr.stream, stdin: process.stdin, env: {}, cwd: project.root });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('hexapla check', () => {
  it('exits 0 and says so when nothing is found', async () => {
    const result = await runCheck(['--doc', SAMPLES.res, SAMPLES.npt]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('no findings (2 documents, 12 editions)\n');
  });

  it('prints file:line: message [rule] (unit) with a hint, a summary, and exits 1', async () => {
    const i = CASES.findIndex((c) => c.name === 'another month in French');
    const result = await runCheck(['--doc', `case-${i}`]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^content/case-${i}/fr\\.md:\\d+: the date “2 November 1995” of the original is not in the French text .* \\[qa/dates\\] \\(pp-1\\)$`));
    expect(lines[1]).toMatch(/^ {2}→ \S/);
    expect(lines.at(-1)).toBe('1 finding in 1 unit (1 document, 6 editions): qa/dates 1');
  });

  it('limits the check to --lang and prints JSON with --json', async () => {
    const i = CASES.findIndex((c) => c.name === 'a changed figure in a Chinese table');
    const none = await runCheck(['--doc', `case-${i}`, '--lang', 'fr,es']);
    expect(none.code).toBe(0);
    const json = await runCheck(['--doc', `case-${i}`, '--json']);
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.stdout) as (QaFinding & { document: string })[];
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ document: `case-${i}`, severity: 'warning', rule: 'qa/numbers', unit: 'table-1-r2-c2', lang: 'zh', location: { file: `content/case-${i}/zh.md` } });
    expect(JSON.parse((await runCheck(['--doc', SAMPLES.npt, '--json'])).stdout)).toEqual([]);
  });

  it('reports an unknown document as an error', async () => {
    const result = await runCheck(['--doc', 'no-such-document']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[options/unknown-document]');
  });
});
