/**
 * qa/brackets: brackets and quotation marks open and close in pairs, in each language's marks
 * (« » in French and Russian, “ ” in English and Chinese, ” “ or « » in Arabic, „ “ in Russian,
 * 《 》 and （ ） in Chinese, ¿ ? and ¡ ! in Spanish). In the languages whose sub-item labels
 * are written "a)" (see their profiles), a label's lone ")" is not a bracket.
 */
import { LANGUAGES, type LanguageCode } from '../../languages/index.ts';
import { qaFinding, type QaRule } from './rule.ts';

/** Opening mark → the marks that close it. A mark may both open and close (" and, in Arabic, ” “). */
const PAIRS: Record<LanguageCode, Record<string, string>> = {
  en: { '(': ')', '[': ']', '“': '”', '"': '"' },
  fr: { '(': ')', '[': ']', '«': '»', '“': '”', '"': '"' },
  es: { '(': ')', '[': ']', '«': '»', '“': '”', '"': '"', '¿': '?', '¡': '!' },
  ru: { '(': ')', '[': ']', '«': '»', '„': '“', '“': '”', '"': '"' },
  zh: { '(': ')', '（': '）', '[': ']', '“': '”', '‘': '’', '《': '》', '〈': '〉', '「': '」', '『': '』', '【': '】', '"': '"' },
  ar: { '(': ')', '[': ']', '«': '»', '”': '“', '“': '”', '"': '"' },
};

interface Marks {
  pairs: Record<string, string>;
  closers: Set<string>;
  marks: RegExp;
  /** A sub-item label's ")" in running text: "4 c)", "b) en abordant". */
  labels?: RegExp;
}

const MARKS = Object.fromEntries(
  (Object.keys(PAIRS) as LanguageCode[]).map((lang) => {
    const pairs = PAIRS[lang];
    const chars = new Set([...Object.keys(pairs), ...Object.values(pairs)]);
    const escaped = [...chars].map((char) => char.replace(/[\\\]\[()^-]/g, '\\$&')).join('');
    const labelsOpen = LANGUAGES[lang].numbering.subItems.some((style) => !style.format.includes('(') && style.format.includes(')'));
    const marks: Marks = {
      pairs,
      closers: new Set(Object.values(pairs)),
      marks: new RegExp(`[${escaped}]`, 'g'),
      labels: labelsOpen ? /(?<![\p{L}\p{N}(])(?:[a-z]|[ivxl]{1,5}|[а-я])\)/gu : undefined,
    };
    return [lang, marks];
  }),
) as Record<LanguageCode, Marks>;

export const brackets: QaRule = {
  id: 'qa/brackets',
  scope: 'edition',
  check(_original, unit) {
    const marks = MARKS[unit.lang];
    let text = unit.plain;
    if (marks.labels) text = text.replace(marks.labels, (label) => `${label.slice(0, -1)} `);
    const stack: string[] = [];
    for (const match of text.matchAll(marks.marks)) {
      const char = match[0];
      const top = stack[stack.length - 1];
      if (top !== undefined && marks.pairs[top] === char) stack.pop();
      else if (char in marks.pairs) stack.push(char);
      else {
        const context = text.slice(Math.max(0, match.index! - 25), match.index! + 1).replace(/\s+/g, ' ');
        const expected = top === undefined ? 'nothing is open' : `${top} is open`;
        return [qaFinding('qa/brackets', unit, `${char} closes nothing here (${expected}): “…${context}”`, `add the opening mark, or remove this one`)];
      }
    }
    if (stack.length === 0) return [];
    const open = stack[0]!;
    return [qaFinding('qa/brackets', unit, `${open} is not closed (expected ${marks.pairs[open]})`, `close it with ${marks.pairs[open]}, or remove it`)];
  },
};
