/** Arabic: right to left, Naskh face, no italic, abjad sub-items (أ), headings أولا -. */
import { alternation, SPACE } from '../symbols/forms.ts';
import type { OrganMention } from '../symbols/forms.ts';
import type { LanguageProfile } from './profile.ts';
import { DIGIT_GROUPS } from './shared.ts';

// Feminine ordinals, as "الدورة" needs: "الدورة السادسة والسبعون".
const UNITS = ['', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
const COMPOUND_UNITS = ['', 'الحادية', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة'];
const TENS = ['', '', 'العشرون', 'الثلاثون', 'الأربعون', 'الخمسون', 'الستون', 'السبعون', 'الثمانون', 'التسعون'];

/** 76 → "السادسة والسبعون", 11 → "الحادية عشرة", 101 → "الحادية بعد المائة". */
function ordinal(n: number): string {
  if (n >= 100) return n % 100 === 0 ? 'المائة' : `${n % 100 === 1 ? 'الحادية' : ordinal(n % 100)} بعد المائة`;
  if (n <= 10) return UNITS[n]!;
  if (n < 20) return `${COMPOUND_UNITS[n - 10]} عشرة`;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${COMPOUND_UNITS[n % 10]} و${tens}`;
}

const ORGANS: Record<string, OrganMention> = {
  'الجمعية العامة': 'GA',
  'مجلس الأمن': 'SC',
  'مجلس حقوق الإنسان': 'HRC',
  'المجلس الاقتصادي والاجتماعي': 'ECOSOC',
  الجمعية: 'GA',
  المجلس: 'Council',
};

const DATE = String.raw`${SPACE}+المؤرخ(?:ين|ة|تين)?${SPACE}+\d{1,2}${SPACE}+[^\d،,]{3,30}${SPACE}+\d{4}`;

export const ar: LanguageProfile = {
  code: 'ar',
  englishName: 'Arabic',
  dir: 'rtl',
  resolverCode: 'ar',
  editionLetter: 'A',
  fonts: ['Amiri', 'Tinos'],
  emphasis: 'bold',
  numbering: {
    paragraph: '{{number}} -',
    subItems: [
      { labels: 'abjad', format: '({{label}})' },
      { labels: 'decimal', format: '’{{label}}‘' },
    ],
    headings: [
      { labels: 'ARABIC-ORDINAL', format: '{{label}} -' },
      { labels: 'ARABIC-LETTER-NAMES', format: '{{label}} -' },
      { labels: 'decimal', format: '{{label}} -' },
    ],
    footnote: '({{number}})',
    annexes: 'ARABIC-ORDINAL-MASCULINE',
  },
  noteCall: 'before-punctuation',
  typography: [DIGIT_GROUPS],
  ordinal,
  meetingNumber: String,
  citations: {
    // "قرار الجمعية العامة 74/32", "القرارين 68/32 و 70/34", "قراراتها", "مقرر" (decision), with
    // the attached particles و ف ب ك ل ("وفقاً للقرار 75/45", "لقرار الجمعية العامة").
    lead: new RegExp(
      String.raw`(?:^|[^\p{L}])(?<kw>[وف]?(?:[بك]?ال|لل|[بلك])?(?:قرار|مقرر)(?:ات|ين|ي|ا)?(?:ها|هما|ه)?)${SPACE}+(?:(?<organ>${alternation(Object.keys(ORGANS))})${SPACE}+)?(?:رقم${SPACE}+)?$`,
      'u',
    ),
    separator: new RegExp(String.raw`^(?:${DATE})?${SPACE}*(?:[،,]${SPACE}*(?:و${SPACE}*)?|و${SPACE}*)$`, 'u'),
    organs: ORGANS,
    decisionKeyword: /مقرر/,
  },
};
