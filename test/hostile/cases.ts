/**
 * Hostile but fair input: what an author, a translator or a CI job can get wrong, one case each.
 * Every case starts from the same small, valid project (BASE) and changes one thing. Unless a case
 * says otherwise the build must fail with exit status 1, print `error: file:line: message [rule]`
 * and a hint (never a stack trace), and leave dist/ exactly as it was.
 */

export interface Expectation {
  /** Exit status; 1 unless said. */
  status?: number;
  /** The rule id of the first error. */
  rule?: string | RegExp;
  /** The file the first error names (path relative to the project). */
  file?: string;
  line?: number;
  message?: RegExp;
  hint?: RegExp;
}

export interface HostileCase {
  family: string;
  name: string;
  /** Files to write (relative to the project root); null removes the file or folder. */
  files?: Record<string, string | Uint8Array | null>;
  /** Anything else to do to the project first. */
  prepare?: (root: string) => Promise<void>;
  /** Command-line arguments; default `build --format html`. */
  args?: string[];
  expect: Expectation;
  /** Whether dist/ must be left as it was (default: when the build fails). */
  untouched?: boolean;
  /** Checks on the project after the run (for cases that succeed). */
  after?: (root: string, output: { stdout: string; stderr: string }) => Promise<void>;
}

export const DOC = 'doc';
const META = 'symbol: A/80/1\njobNumber: 25-00001\ndate: 2025-10-01\noriginal: en\norgan: general-assembly\nsession:\n  number: 80\n';
const EN_BODY = 'The first paragraph cites resolution 74/32. {#first}\n\nThe second paragraph refers to :ref[first].\n';
const FR_BODY = 'Le premier paragraphe cite la résolution 74/32. {#first}\n\nLe deuxième paragraphe renvoie au :ref[first].\n';
export const EN = `---\ntitle: A test document\n---\n\n${EN_BODY}`;
export const FR = `---\ntitle: Un document d'essai\n---\n\n${FR_BODY}`;

export const BASE: Record<string, string> = {
  [`content/${DOC}/document.yml`]: META,
  [`content/${DOC}/en.md`]: EN,
  [`content/${DOC}/fr.md`]: FR,
};

const en = (text: string | Uint8Array) => ({ [`content/${DOC}/en.md`]: text });
const meta = (text: string) => ({ [`content/${DOC}/document.yml`]: text });
/** The English edition with `extra` appended: it starts on line 9. */
const enPlus = (extra: string) => en(`${EN}\n${extra}`);
/** Both editions with a paragraph appended (line 9 in English), so they still agree. */
const bothPlus = (english: string, french = english) => ({ ...enPlus(english), [`content/${DOC}/fr.md`]: `${FR}\n${french}` });
const EN_FILE = `content/${DOC}/en.md`;
const META_FILE = `content/${DOC}/document.yml`;

/** A case for body text appended to the English edition, refused at line 9. */
function body(name: string, extra: string, rule: string, hint?: RegExp, line = 9): HostileCase {
  return { family: 'body syntax', name, files: enPlus(extra), expect: { rule, file: EN_FILE, line, hint } };
}
function link(name: string, extra: string, rule = 'link/refused', hint = /https/): HostileCase {
  return { family: 'links', name, files: enPlus(extra), expect: { rule, file: EN_FILE, line: 9, hint } };
}

export const CASES: HostileCase[] = [
  // ------------------------------------------------------------------ front matter
  { family: 'front matter', name: 'no front matter', files: en(EN_BODY), expect: { rule: 'front-matter/missing', file: EN_FILE, line: 1, hint: /title/ } },
  { family: 'front matter', name: 'front matter never closed', files: en(`---\ntitle: A test\n\n${EN_BODY}`), expect: { rule: 'front-matter/unclosed', file: EN_FILE, line: 1, hint: /---/ } },
  { family: 'front matter', name: 'a colon in the title', files: en(`---\ntitle: Nuclear disarmament: a review\n---\n\n${EN_BODY}`), expect: { rule: 'yaml/syntax', file: EN_FILE, line: 2, hint: /quoted/ } },
  { family: 'front matter', name: 'no title', files: en(`---\nsubtitle: Only a subtitle\n---\n\n${EN_BODY}`), expect: { rule: 'metadata/missing-field', file: EN_FILE, line: 2, message: /"title"/ } },
  { family: 'front matter', name: 'an empty title', files: en(`---\ntitle: ""\n---\n\n${EN_BODY}`), expect: { rule: 'metadata/invalid-field', file: EN_FILE, line: 2 } },
  { family: 'front matter', name: 'a title that is a list', files: en(`---\ntitle:\n  - one\n  - two\n---\n\n${EN_BODY}`), expect: { rule: 'metadata/invalid-field', file: EN_FILE, line: 2, message: /expected text/ } },
  { family: 'front matter', name: 'an unknown field', files: en(`---\ntitle: T\nauthor: Someone\n---\n\n${EN_BODY}`), expect: { rule: 'metadata/unknown-field', file: EN_FILE, line: 3, hint: /known fields: title/ } },
  { family: 'front matter', name: 'a field given twice', files: en(`---\ntitle: T\ntitle: U\n---\n\n${EN_BODY}`), expect: { rule: 'yaml/syntax', file: EN_FILE, line: 3 } },
  { family: 'front matter', name: 'tab indentation', files: en(`---\ntitle: T\n\tsubtitle: S\n---\n\n${EN_BODY}`), expect: { rule: 'yaml/syntax', file: EN_FILE } },
  { family: 'front matter', name: 'a list instead of fields', files: en(`---\n- title\n---\n\n${EN_BODY}`), expect: { rule: 'yaml/not-a-mapping', file: EN_FILE, line: 2 } },
  { family: 'front matter', name: 'an alias bomb', files: en(`---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ntitle: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n\n${EN_BODY}`), expect: { file: EN_FILE, rule: /yaml\/syntax|metadata/ } },
  { family: 'front matter', name: 'a second front matter block in the body', files: enPlus('---\ntitle: Again\n---\n'), expect: { file: EN_FILE, rule: /markdown\/(thematic-break|front-matter)/ } },

  // ------------------------------------------------------------------ document.yml
  { family: 'document metadata', name: 'document.yml deleted', files: { [META_FILE]: null }, expect: { rule: 'content/no-metadata', file: `content/${DOC}`, hint: /document\.yml/ } },
  { family: 'document metadata', name: 'an empty document.yml', files: meta(''), expect: { rule: 'metadata/missing-field', file: META_FILE, line: 1 } },
  { family: 'document metadata', name: 'document.yml is a list', files: meta('- symbol\n'), expect: { rule: 'yaml/not-a-mapping', file: META_FILE } },
  { family: 'document metadata', name: 'a malformed symbol', files: meta(META.replace('A/80/1', 'a80-1')), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 1, message: /symbol/ } },
  { family: 'document metadata', name: 'a job number without its dash', files: meta(META.replace('25-00001', '2500001')), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 2, hint: /21-17096/ } },
  { family: 'document metadata', name: 'a date written the other way', files: meta(META.replace('2025-10-01', '01/10/2025')), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 3, hint: /YYYY-MM-DD/ } },
  { family: 'document metadata', name: 'a date that does not exist', files: meta(META.replace('2025-10-01', '2025-02-30')), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 3, message: /calendar/ } },
  { family: 'document metadata', name: 'an original that is not a UN language', files: meta(META.replace('original: en', 'original: de')), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 4 } },
  { family: 'document metadata', name: 'an original language without its edition', files: meta(META.replace('original: en', 'original: ar')), expect: { rule: 'content/missing-original', file: META_FILE, line: 4, hint: /ar\.md/ } },
  { family: 'document metadata', name: 'an unknown document type', files: meta(`type: memo\n${META}`), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 1, hint: /report, working-paper/ } },
  { family: 'document metadata', name: 'an unknown organ', files: meta(META.replace('general-assembly', 'world-parliament')), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 5 } },
  { family: 'document metadata', name: 'neither organ nor body', files: meta(META.replace('organ: general-assembly\n', '')), expect: { rule: 'metadata/invalid-field', file: META_FILE, hint: /organ/ } },
  { family: 'document metadata', name: 'a letter without its sender and date', files: meta(`type: letter\n${META}`), expect: { rule: 'metadata/invalid-field', file: META_FILE, hint: /sender/ } },
  { family: 'document metadata', name: 'a resolution adopted by no organ', files: meta(`type: resolution\n${META.replace('organ: general-assembly\n', 'body: new-york\n')}`), expect: { rule: 'metadata/invalid-field', file: META_FILE, message: /organ/ } },
  { family: 'document metadata', name: 'a report with an adoption', files: meta(`${META}adopted:\n  date: 2025-10-01\n  meeting: 3\n`), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 8 } },
  { family: 'document metadata', name: 'a draft with general distribution', files: meta(`${META.replace('A/80/1', 'A/80/L.1')}distribution: general\n`), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 8, message: /limited/ } },
  { family: 'document metadata', name: 'a reissue without the star on its symbol', files: meta(`${META}reissued: 2025-10-05\n`), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 8, hint: /\*/ } },
  { family: 'document metadata', name: 'a session that ends before it starts', files: meta(META.replace('  number: 80\n', '  place: new-york\n  start: 2025-10-10\n  end: 2025-10-01\n')), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 9, message: /ends before/ } },
  { family: 'document metadata', name: 'a place missing from a glossary', files: meta(META.replace('  number: 80\n', '  place: geneva\n  start: 2025-10-10\n')), expect: { rule: 'glossary/missing-term', file: META_FILE, line: 7, hint: /locales\/en\/glossary\.json/ } },
  { family: 'document metadata', name: 'a YAML syntax error', files: meta(`${META}session: [unclosed\n`), expect: { rule: 'yaml/syntax', file: META_FILE } },
  { family: 'document metadata', name: 'a field given as a number where text is expected', files: meta(`${META}agendaItem: []\n`), expect: { rule: 'metadata/invalid-field', file: META_FILE, line: 8 } },

  // ------------------------------------------------------------------ body syntax
  body('raw HTML hiding its text', 'A <b>resolution 74/32</b> in bold.\n', 'markdown/raw-html', /Markdown/),
  body('a raw HTML block', '<div>Secret words.</div>\n', 'markdown/raw-html'),
  body('an HTML comment', '<!-- hidden words -->\n', 'markdown/raw-html'),
  body('a script tag', '<script>alert(1)</script>\n', 'markdown/raw-html'),
  body('an unknown text directive', 'Text :foo[secret words] here.\n', 'markdown/unknown-directive', /escape/),
  body('an unknown block directive', ':::warning\nSecret words.\n:::\n', 'markdown/unknown-directive'),
  body('an unknown line directive', '::include{file=other.md}\n', 'markdown/unknown-directive'),
  body('a known directive with an unknown attribute', 'The :term[npt]{x=1}.\n', 'markdown/directive-attribute'),
  body('a code block', '```\nprint(1)\n```\n', 'markdown/code'),
  body('an indented code block', '    indented words\n', 'markdown/code'),
  body('inline code', 'Some `code` here.\n', 'markdown/code'),
  body('a horizontal rule', '***\n', 'markdown/thematic-break'),
  body('struck-through text', 'Some ~~struck~~ words.\n', 'markdown/strikethrough'),
  body('a bulleted list', '- one\n- two\n', 'markdown/bullet-list'),
  body('a task list', '1. [x] done\n', 'markdown/task-list'),
  body('a fifth-level heading', '##### Too deep\n', 'markdown/heading-depth'),
  body('an unused link definition', '[label]: https://www.un.org\n', 'markdown/unused-definition', /\[text\]\[label\]/),
  body('a link definition given twice', 'See [x][d].\n\n[d]: https://a.org\n[d]: https://b.org\n', 'markdown/duplicate-definition', undefined, 12),
  body('a note that is never called', '[^lost]: Lost words.\n', 'footnote/unused'),
  body('a call of a note that does not exist', 'Text.[^none]\n', 'footnote/missing'),
  body('a note defined twice', 'Text.[^n]\n\n[^n]: One.\n[^n]: Two.\n', 'footnote/duplicate', undefined, 12),
  body('a note inside a note', 'Text.[^a]\n\n[^a]: Outer.\n\n    [^b]: Inner.\n', 'footnote/unused', undefined, 13),
  body('a table note called outside its table', 'Text.[^t]\n\n:::table[T]\n| A |\n|---|\n| 1 |\n\n[^t]: Table note.\n:::\n', 'footnote/table-note-outside'),
  body('a reference to a label that does not exist', 'See :ref[nowhere].\n', 'ref/unknown-label', /\{#nowhere\}/),
  body('a label used twice', 'Again. {#first}\n', 'label/duplicate'),
  body('a label on an unnumbered paragraph', '{-} Chapeau. {#chapeau}\n', 'label/unnumbered'),
  body('an unknown glossary term', 'The :term[no-such-term].\n', 'glossary/unknown-term', /locales\/en\/glossary\.json/),
  body('a :symbol without a symbol', 'The :symbol[text].\n', 'symbol/attribute'),
  body('a :symbol naming a script', 'The :symbol[text]{s="javascript:alert(1)"}.\n', 'symbol/attribute'),
  body('a preamble outside a resolution', ':::preamble\nRecalling,\n:::\n', 'structure/preamble'),
  body('a table block without a table', ':::table[Title]\nNo table here.\n:::\n', 'table/shape'),
  body('an annex in no UN language', '::annex[A]{original=xx}\n\nText.\n', 'annex/original'),
  {
    family: 'body syntax',
    name: 'a paragraph missing from a translation',
    files: { [`content/${DOC}/fr.md`]: `---\ntitle: Un document\n---\n\nLe premier paragraphe cite la résolution 74/32.\n` },
    expect: { rule: 'parity/structure', file: `content/${DOC}/fr.md`, message: /editions "en" and "fr" part at paragraph 2/ },
  },
  {
    family: 'body syntax',
    name: 'a heading added to one edition only',
    files: enPlus('# A heading in English only\n'),
    expect: { rule: 'parity/structure', message: /heading/ },
  },
  {
    family: 'body syntax',
    name: 'a heading at another level in a translation',
    files: { ...enPlus('## Section\n'), [`content/${DOC}/fr.md`]: `${FR}\n### Section\n` },
    expect: { rule: 'parity/heading-level' },
  },
  {
    family: 'body syntax',
    name: 'a table of another shape in a translation',
    files: { ...enPlus('| A | B |\n|---|---|\n| 1 | 2 |\n'), [`content/${DOC}/fr.md`]: `${FR}\n| A |\n|---|\n| 1 |\n` },
    expect: { rule: 'parity/table-shape', message: /2 rows × 2 columns in the first and 2 rows × 1 columns/ },
  },
  {
    family: 'body syntax',
    name: 'a note called from another paragraph in a translation',
    files: { ...en(`${EN.replace('74/32. {#first}', '74/32.[^n] {#first}')}\n[^n]: A note.\n`), [`content/${DOC}/fr.md`]: `${FR.replace(':ref[first].', ':ref[first].[^n]')}\n[^n]: Une note.\n` },
    expect: { rule: 'parity/notes', message: /calls note 1 in the first .* and no note in the second/ },
  },

  // ------------------------------------------------------------------ encodings
  { family: 'encodings', name: 'Latin-1 bytes in an edition', files: en(Buffer.concat([Buffer.from(`${EN}\nCaf`), Buffer.from([0xe9]), Buffer.from(' au lait.\n')])), expect: { rule: 'encoding/utf-8', file: EN_FILE, line: 9, message: /0xE9/ } },
  { family: 'encodings', name: 'invalid UTF-8 in document.yml', files: { [META_FILE]: Buffer.concat([Buffer.from(META), Buffer.from([0xc3, 0x28, 0x0a])]) }, expect: { rule: 'encoding/utf-8', file: META_FILE, line: 8 } },
  { family: 'encodings', name: 'a UTF-16 file', files: en(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EN, 'utf16le')])), expect: { rule: 'encoding/utf-8', file: EN_FILE, line: 1 } },
  { family: 'encodings', name: 'an overlong UTF-8 sequence', files: en(Buffer.concat([Buffer.from(EN), Buffer.from([0xc0, 0xaf])])), expect: { rule: 'encoding/utf-8', file: EN_FILE } },
  { family: 'encodings', name: 'an encoded surrogate', files: en(Buffer.concat([Buffer.from(EN), Buffer.from([0xed, 0xa0, 0x80])])), expect: { rule: 'encoding/utf-8', file: EN_FILE } },
  { family: 'encodings', name: 'a NUL character', files: enPlus('Some\u0000words.\n'), expect: { rule: 'encoding/control-character', file: EN_FILE, line: 9, message: /U\+0000/ } },
  { family: 'encodings', name: 'invalid UTF-8 in a glossary', files: { 'locales/fr/glossary.json': Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]) }, expect: { rule: 'encoding/utf-8', file: 'locales/fr/glossary.json', line: 1 } },
  {
    family: 'encodings',
    name: 'Windows line ends (CRLF) build like Unix ones',
    files: en(EN.replace(/\n/g, '\r\n')),
    expect: { status: 0 },
    after: async (root) => {
      const { readFile } = await import('node:fs/promises');
      const html = await readFile(`${root}/dist/${DOC}/en.html`, 'utf8');
      if (!html.includes('id="para-2"') || html.includes('\r')) throw new Error('CRLF input did not build like LF input');
    },
  },
  {
    family: 'encodings',
    name: 'a byte-order mark is accepted',
    files: en(`\uFEFF${EN}`),
    expect: { status: 0 },
    after: async (root) => {
      const { readFile } = await import('node:fs/promises');
      if (!(await readFile(`${root}/dist/${DOC}/en.html`, 'utf8')).includes('A test document')) throw new Error('BOM input lost its title');
    },
  },

  // ------------------------------------------------------------------ locales
  { family: 'locales', name: 'a glossary that is not JSON', files: { 'locales/fr/glossary.json': '{ "a": "b" "c": "d" }' }, expect: { rule: 'locale/json', file: 'locales/fr/glossary.json', line: 1 } },
  { family: 'locales', name: 'a null glossary value', files: { 'locales/ar/glossary.json': '{\n  "new-york": null\n}' }, expect: { rule: 'locale/value', file: 'locales/ar/glossary.json', line: 2, message: /"new-york"/ } },
  { family: 'locales', name: 'an object as a glossary value', files: { 'locales/ar/glossary.json': '{\n  "new-york": { "x": "y" }\n}' }, expect: { rule: 'locale/value', file: 'locales/ar/glossary.json', line: 2 } },
  { family: 'locales', name: 'a number as a glossary value', files: { 'locales/ar/glossary.json': '{\n  "new-york": 42\n}' }, expect: { rule: 'locale/value', file: 'locales/ar/glossary.json', line: 2 } },
  { family: 'locales', name: 'a placeholder inside a glossary value', files: { 'locales/en/glossary.json': '{\n  "general-assembly": "General {{place}} Assembly"\n}' }, expect: { rule: 'locale/value', file: 'locales/en/glossary.json', line: 2, message: /placeholders/ } },
  { family: 'locales', name: 'a nested translation in a glossary value', files: { 'locales/en/glossary.json': '{\n  "general-assembly": "$t(other)"\n}' }, expect: { rule: 'locale/value', file: 'locales/en/glossary.json', line: 2 } },
  { family: 'locales', name: 'an empty glossary value', files: { 'locales/en/glossary.json': '{\n  "general-assembly": ""\n}' }, expect: { rule: 'locale/value', file: 'locales/en/glossary.json', line: 2 } },
  { family: 'locales', name: 'a glossary key in capitals', files: { 'locales/en/glossary.json': '{\n  "General": "General"\n}' }, expect: { rule: 'locale/value', file: 'locales/en/glossary.json' } },
  { family: 'locales', name: 'a layout key deleted', prepare: editLayout('ru', (l) => { delete (l.masthead as Record<string, unknown>).original; }), expect: { rule: 'locale/missing-key', file: 'locales/ru/layout.json', message: /masthead\.original/ } },
  { family: 'locales', name: 'an unknown layout key', prepare: editLayout('fr', (l) => { (l as Record<string, unknown>).colour = 'blue'; }), expect: { rule: 'locale/unknown-key', file: 'locales/fr/layout.json', message: /colour/ } },
  { family: 'locales', name: 'a layout placeholder the string cannot have', prepare: editLayout('es', (l) => { (l.masthead as Record<string, string>).original = 'Original: {{idioma}}'; }), expect: { rule: 'locale/value', file: 'locales/es/layout.json', message: /\{\{idioma\}\}/ } },
  { family: 'locales', name: 'a layout string missing its placeholder', prepare: editLayout('zh', (l) => { (l.table as Record<string, string>).title = '表'; }), expect: { rule: 'locale/value', file: 'locales/zh/layout.json', message: /\{\{number\}\}/ } },
  { family: 'locales', name: 'a layout value that is not a string', prepare: editLayout('en', (l) => { (l.footer as Record<string, unknown>).pleaseRecycle = ['Please', 'recycle']; }), expect: { rule: 'locale/value', file: 'locales/en/layout.json', message: /pleaseRecycle/ } },
  { family: 'locales', name: 'month names missing', prepare: editLayout('fr', (l) => { (l.date as Record<string, unknown>).months = ['janvier']; }), expect: { rule: 'locale/value', file: 'locales/fr/layout.json', message: /months/ } },
  { family: 'locales', name: 'a locale folder deleted', files: { 'locales/ru': null }, expect: { rule: 'locale/missing-file', file: 'locales/ru/layout.json' } },
  { family: 'locales', name: 'a stray file in a locale folder', files: { 'locales/en/terms.json': '{}' }, expect: { rule: 'locale/unknown-file', file: 'locales/en/terms.json' } },

  // ------------------------------------------------------------------ configuration
  { family: 'configuration', name: 'a configuration that is not JSON', files: { 'hexapla.config.json': '{ resolver: x }' }, expect: { rule: 'config/json', file: 'hexapla.config.json' } },
  { family: 'configuration', name: 'an unknown configuration field', files: { 'hexapla.config.json': '{ "colour": "blue" }' }, expect: { rule: 'config/invalid', file: 'hexapla.config.json', message: /colour/ } },
  { family: 'configuration', name: 'a javascript: resolver', files: { 'hexapla.config.json': '{ "resolver": "javascript:alert(\'{symbol}\')" }' }, expect: { rule: 'config/invalid', file: 'hexapla.config.json', message: /scheme/ } },
  { family: 'configuration', name: 'a data: resolver', files: { 'hexapla.config.json': '{ "resolver": "data:text/html,{symbol}" }' }, expect: { rule: 'config/invalid', file: 'hexapla.config.json' } },
  { family: 'configuration', name: 'a resolver in disguise (spaces and capitals)', files: { 'hexapla.config.json': '{ "resolver": " JavaScript:x/{symbol}" }' }, expect: { rule: 'config/invalid', file: 'hexapla.config.json' } },
  { family: 'configuration', name: 'a relative resolver', files: { 'hexapla.config.json': '{ "resolver": "/docs/{symbol}" }' }, expect: { rule: 'config/invalid', file: 'hexapla.config.json' } },
  { family: 'configuration', name: 'a resolver without {symbol}', files: { 'hexapla.config.json': '{ "resolver": "https://undocs.org/" }' }, expect: { rule: 'config/invalid', file: 'hexapla.config.json', message: /\{symbol\}/ } },
  { family: 'configuration', name: 'a content folder that does not exist', files: { 'hexapla.config.json': '{ "contentDir": "nothing-here" }' }, expect: { rule: 'content/missing', file: 'nothing-here' } },
  { family: 'configuration', name: 'a content folder that is a file', files: { 'hexapla.config.json': '{ "contentDir": "hexapla.config.json" }' }, expect: { rule: /fs\/enotdir|content\/missing/, file: 'hexapla.config.json' } },
  { family: 'configuration', name: 'a templates folder that does not exist', files: { 'hexapla.config.json': '{ "templatesDir": "nothing-here" }' }, expect: { rule: 'template/missing', file: 'nothing-here/document.hbs' } },

  // ------------------------------------------------------------------ templates
  { family: 'templates', name: 'an {{#if}} never closed', prepare: editTemplate('partials/masthead.hbs', (t) => `${t}\n{{#if document.organName}}\n`), expect: { rule: 'template/syntax', file: 'templates/partials/masthead.hbs', hint: /\{\{\/if\}\}/ } },
  { family: 'templates', name: 'a partial that does not exist', prepare: editTemplate('document.hbs', (t) => t.replace('{{> masthead}}', '{{> mast-head}}')), expect: { rule: 'template/missing-partial', file: 'templates/document.hbs', line: 30 } },
  { family: 'templates', name: 'a partial deleted', files: { 'templates/partials/head-report.hbs': null }, expect: { rule: 'template/render', file: 'templates/document.hbs', message: /head-report/ } },
  { family: 'templates', name: 'document.hbs deleted', files: { 'templates/document.hbs': null }, expect: { rule: 'template/missing', file: 'templates/document.hbs' } },
  { family: 'templates', name: 'a helper that does not exist', prepare: editTemplate('partials/masthead.hbs', (t) => `${t}{{uppercase document.symbol}}`), expect: { rule: 'template/render', message: /uppercase/ } },
  { family: 'templates', name: 'a field the page data does not have', prepare: editTemplate('partials/masthead.hbs', (t) => `${t}{{document.colour}}`), expect: { rule: 'template/render', message: /colour/ } },
  { family: 'templates', name: 'a locale key that does not exist', prepare: editTemplate('partials/masthead.hbs', (t) => `${t}{{t "masthead.nothing"}}`), expect: { rule: 'template/render', message: /masthead\.nothing/ } },
  { family: 'templates', name: 'a syntax error in a partial', prepare: editTemplate('partials/closing-resolution.hbs', (t) => `${t}{{#each}}`), expect: { rule: 'template/syntax', file: 'templates/partials/closing-resolution.hbs' } },

  // ------------------------------------------------------------------ links
  link('a javascript: link', '[here](javascript:alert(document.domain))\n'),
  link('a javascript: link in capitals', '[here](JAVASCRIPT:alert(1))\n'),
  link('a javascript: link after spaces', '[here](<  javascript:alert(1)>)\n'),
  link('a javascript: link with a tab inside', '[here](java&#9;script:alert(1))\n'),
  link('a javascript: link written with entities', '[here](&#106;avascript:alert(1))\n'),
  link('a javascript: link with a newline inside', '[here](<java&#10;script:alert(1)>)\n'),
  link('a vbscript: link', '[here](vbscript:msgbox(1))\n'),
  link('a data: link', '[here](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n'),
  link('a file: link', '[here](file:///etc/passwd)\n'),
  link('a protocol-relative link', '[here](//attacker.example/x)\n'),
  link('an absolute path', '[here](/etc/passwd)\n'),
  link('a path out of the document folder', '[here](../../secret.md)\n'),
  link('a percent-encoded climb out of the folder', '[here](%2e%2e/secret.md)\n'),
  link('a javascript: reference definition', '[here][x]\n\n[x]: javascript:alert(1)\n'),
  link('a link to a file that is not there', '[the annex](annex.pdf)\n', 'link/missing-file', /folder/),
  link('a link to a fragment that is not there', '[above](#para-99)\n', 'link/unknown-fragment', /:ref/),
  { family: 'links', name: 'a remote image', files: enPlus('![map](https://example.org/map.png)\n'), expect: { rule: 'image/remote', file: EN_FILE, line: 9 } },
  { family: 'links', name: 'a data: image', files: enPlus('![map](data:image/png;base64,iVBORw0KGgo=)\n'), expect: { rule: 'image/refused', file: EN_FILE, line: 9 } },
  { family: 'links', name: 'an image outside the document folder', files: enPlus('![map](../other/map.png)\n'), expect: { rule: 'image/refused', file: EN_FILE, line: 9 } },
  { family: 'links', name: 'an image that is not there', files: enPlus('![map](map.png)\n'), expect: { rule: 'image/missing', file: EN_FILE, line: 9 } },
  {
    family: 'links',
    name: 'a local image is published beside the HTML',
    files: { ...enPlus('![Map of the region](figures/map.png)\n'), [`content/${DOC}/fr.md`]: `${FR}\n![Carte de la région](figures/map.png)\n`, [`content/${DOC}/figures/map.png`]: Buffer.from('89504e470d0a1a0a', 'hex') },
    expect: { status: 0 },
    after: async (root) => {
      const { readFile, stat } = await import('node:fs/promises');
      const html = await readFile(`${root}/dist/${DOC}/en.html`, 'utf8');
      if (!html.includes('src="media/figures/map.png"')) throw new Error('image not linked from media/');
      await stat(`${root}/dist/${DOC}/media/figures/map.png`);
    },
  },

  // ------------------------------------------------------------------ file system and options
  { family: 'file system', name: 'dist is a file', files: { dist: 'not a folder' }, expect: { rule: /fs\/(enotdir|eexist)/, message: /dist/ }, untouched: false },
  { family: 'file system', name: 'no content folder', files: { content: null }, expect: { rule: 'content/missing', file: 'content', hint: /contentDir/ } },
  { family: 'file system', name: 'an empty content folder', files: { [`content/${DOC}`]: null }, expect: { rule: 'content/empty', file: 'content' } },
  { family: 'file system', name: 'an edition named after no UN language', files: { [`content/${DOC}/de.md`]: EN }, expect: { rule: 'content/edition-name', file: `content/${DOC}/de.md`, hint: /ar, zh, en/ } },
  { family: 'file system', name: 'an edition that is a folder', files: { [`content/${DOC}/es.md/x`]: 'x' }, expect: { rule: 'fs/eisdir', message: /es\.md/ } },
  { family: 'file system', name: 'an unknown document asked for', args: ['build', '--format', 'html', '--doc', 'nothing'], expect: { rule: 'options/unknown-document', hint: /doc/ } },
  { family: 'file system', name: 'a language no document has', args: ['build', '--format', 'html', '--lang', 'ar'], expect: { rule: 'options/nothing-to-build' } },
  {
    family: 'file system',
    name: 'an edition removed from content/ is removed from dist/',
    prepare: async (root) => {
      const { mkdir, writeFile } = await import('node:fs/promises');
      await mkdir(`${root}/dist/${DOC}`, { recursive: true });
      await writeFile(`${root}/dist/${DOC}/es.html`, 'an old Spanish edition');
      await mkdir(`${root}/dist/withdrawn/assets`, { recursive: true });
      await writeFile(`${root}/dist/withdrawn/en.pdf`, 'an old document');
    },
    expect: { status: 0 },
    after: async (root, output) => {
      const { access } = await import('node:fs/promises');
      for (const gone of [`${root}/dist/${DOC}/es.html`, `${root}/dist/withdrawn`]) {
        if (await access(gone).then(() => true, () => false)) throw new Error(`${gone} is still in dist/`);
      }
      if (!/removed dist\/doc\/es\.html/.test(output.stdout)) throw new Error('the build did not say what it removed');
    },
  },
  {
    family: 'file system',
    name: '--format pdf leaves a built HTML edition alone',
    args: ['build', '--format', 'html'],
    expect: { status: 0 },
    after: async (root) => {
      // The PDF half of this case runs in faults.test.ts (it needs the browser); here: the
      // HTML build writes only HTML (the editions and the parallel edition) and the assets.
      const { readdir } = await import('node:fs/promises');
      const names = (await readdir(`${root}/dist/${DOC}`)).sort();
      if (names.join(',') !== '.hexapla-record.json,assets,en.html,fr.html,parallel.html') throw new Error(`unexpected outputs: ${names.join(',')}`);
    },
  },
  { family: 'options', name: 'an unknown option', args: ['build', '--colour'], expect: { message: /unknown option/, hint: /--help/ } },
  { family: 'options', name: 'an unknown command', args: ['bild'], expect: { message: /unknown command/ } },
  { family: 'options', name: 'a language that is not a UN language', args: ['build', '--lang', 'de'], expect: { message: /"de" is not one of/ } },
  { family: 'options', name: 'an unknown format', args: ['build', '--format', 'docx'], expect: { message: /"docx" is not one of html, pdf/ } },
  { family: 'options', name: 'a concurrency of zero', args: ['build', '--concurrency', '0'], expect: { message: /whole number/ } },
  { family: 'options', name: 'symbols for two languages at once', args: ['symbols', '--lang', 'en,fr', `content/${DOC}/en.md`], expect: { message: /one language at a time/ } },
  { family: 'options', name: 'symbols on a file that does not exist', args: ['symbols', '--lang', 'en', 'missing.md'], expect: { rule: 'fs/enoent', file: 'missing.md' } },
  { family: 'options', name: 'symbols on a folder', args: ['symbols', '--lang', 'en', 'content'], expect: { rule: 'fs/eisdir', file: 'content' } },
  { family: 'options', name: 'symbols on a file that is not UTF-8', files: { 'latin1.md': Buffer.from([0x72, 0xe9, 0x73]) }, args: ['symbols', '--lang', 'fr', 'latin1.md'], expect: { rule: 'encoding/utf-8', file: 'latin1.md', line: 1 } },
  { family: 'options', name: 'a --browser that does not exist', args: ['build', '--format', 'pdf', '--browser', '/nowhere/chromium'], expect: { rule: 'browser/not-found', message: /\/nowhere\/chromium/ } },

  // ------------------------------------------------------------------ translators' tools
  { family: 'translation', name: 'a translations.yml that is not YAML', files: { [`content/${DOC}/translations.yml`]: 'editions:\n  fr: [unclosed\n' }, args: ['status'], expect: { rule: 'translation/record', file: `content/${DOC}/translations.yml`, message: /not valid YAML/, hint: /hexapla sync/ } },
  { family: 'translation', name: 'a translations.yml of another shape', files: { [`content/${DOC}/translations.yml`]: '- one\n- two\n' }, args: ['status'], expect: { rule: 'translation/record', file: `content/${DOC}/translations.yml`, hint: /hexapla sync/ } },
  { family: 'translation', name: 'a translations.yml naming a language that is not a UN one', files: { [`content/${DOC}/translations.yml`]: 'editions:\n  de:\n    para-1: 0123456789abcdef\n' }, args: ['status'], expect: { rule: 'translation/record', message: /"de"/ } },
  { family: 'translation', name: 'sync of a unit the document does not have', args: ['sync', '--doc', DOC, '--para', '99'], expect: { rule: 'sync/unknown-unit', message: /para-99|99/, hint: /unit ids/ } },
  { family: 'translation', name: 'status of a document that does not exist', args: ['status', '--doc', 'nowhere'], expect: { rule: 'options/unknown-document', message: /"nowhere"/ } },
  { family: 'translation', name: 'XLIFF export into the original language', args: ['xliff', 'export', '--doc', DOC, '--lang', 'en', '--out', '-'], expect: { rule: 'xliff/original-language', hint: /other than en/ } },
  { family: 'translation', name: 'XLIFF import of a file that is not XML', files: { 'fr.xlf': 'this is not <xml' }, args: ['xliff', 'import', 'fr.xlf'], expect: { rule: 'xliff/malformed', file: 'fr.xlf', line: 1 } },
  { family: 'translation', name: 'XLIFF import of XML that is not XLIFF', files: { 'fr.xlf': '<?xml version="1.0"?>\n<html><body/></html>\n' }, args: ['xliff', 'import', 'fr.xlf'], expect: { rule: 'xliff/not-xliff', file: 'fr.xlf', line: 2 } },
  {
    family: 'translation',
    name: 'XLIFF import for a document that is not in the project',
    files: { 'fr.xlf': '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="elsewhere" source-language="en" target-language="fr" datatype="x-hexapla-markdown"><body/></file></xliff>\n' },
    args: ['xliff', 'import', 'fr.xlf'],
    expect: { rule: 'xliff/wrong-document', message: /"elsewhere"/ },
  },
  { family: 'translation', name: 'the parallel PDF before any build', args: ['parallel', '--doc', DOC, '--lang', 'en,fr'], expect: { rule: 'parallel/not-built', hint: /hexapla build/ } },
  { family: 'translation', name: 'the parallel PDF of one language', args: ['parallel', '--doc', DOC, '--lang', 'en'], expect: { rule: 'parallel/languages' } },

  // ------------------------------------------------------------------ sizes
  {
    family: 'sizes',
    name: '100 000 citations in one paragraph',
    files: bothPlus(`Resolutions ${'74/32, '.repeat(100_000)}and 75/45.\n`, `Résolutions ${'74/32, '.repeat(100_000)}et 75/45.\n`),
    expect: { status: 0 },
    after: async (root) => {
      const { readFile } = await import('node:fs/promises');
      const links = (await readFile(`${root}/dist/${DOC}/en.html`, 'utf8')).match(/class="symbol"/g)?.length;
      if (links !== 100_002) throw new Error(`expected 100 002 links, found ${links}`);
    },
  },
  {
    family: 'sizes',
    name: 'a thousand nested block quotes',
    files: bothPlus(`${'> '.repeat(1000)}Deep.\n`),
    expect: { rule: 'markdown/nesting', file: EN_FILE, hint: /100/ },
  },
  {
    family: 'sizes',
    name: 'fifty nested block quotes are fine',
    files: bothPlus(`${'> '.repeat(50)}Deep.\n`),
    expect: { status: 0 },
  },
  {
    family: 'sizes',
    name: 'emphasis nested ten thousand deep (quadratic to parse)',
    files: bothPlus(`${'*a '.repeat(10_000)}b${' c*'.repeat(10_000)}\n`),
    expect: { rule: 'markdown/nesting', file: EN_FILE, line: 9 },
  },
  {
    family: 'sizes',
    name: 'ten thousand emphasised words one after the other',
    files: bothPlus(`${'*word* '.repeat(10_000)}\n`),
    expect: { status: 0 },
  },
  {
    family: 'sizes',
    name: 'a line of a megabyte without a space',
    files: bothPlus(`${'x'.repeat(1_000_000)}\n`),
    expect: { status: 0 },
  },
  {
    family: 'sizes',
    name: 'sub-items nested two hundred deep',
    files: bothPlus(`Chapeau:\n\n${Array.from({ length: 200 }, (_, i) => `${'   '.repeat(i)}1. level ${i}`).join('\n')}\n`),
    expect: { rule: 'markdown/nesting', file: EN_FILE },
  },
];

/** A case-changing helper for layout.json. */
function editLayout(lang: string, change: (layout: Record<string, Record<string, unknown>>) => void) {
  return async (root: string) => {
    const { readFile, writeFile } = await import('node:fs/promises');
    const file = `${root}/locales/${lang}/layout.json`;
    const layout = JSON.parse(await readFile(file, 'utf8'));
    change(layout);
    await writeFile(file, JSON.stringify(layout, null, 2));
  };
}

function editTemplate(name: string, change: (text: string) => string) {
  return async (root: string) => {
    const { readFile, writeFile } = await import('node:fs/promises');
    const file = `${root}/templates/${name}`;
    await writeFile(file, change(await readFile(file, 'utf8')));
  };
}
