/** English: the UN's British (Oxford) spelling; the editions' working language. */
import enGb from 'hyphen/patterns/en-gb.js';
import { alternation, listSeparator, SPACE, UNQUALIFIED } from '../symbols/forms.ts';
import type { LanguageProfile } from './profile.ts';
import { APOSTROPHE, latinSubItems, DIGIT_GROUPS, unHeadings } from './shared.ts';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 76 → "seventy-sixth", 100 → "one hundredth", 101 → "one hundred and first". */
function ordinal(n: number): string {
  if (n >= 100) {
    const hundreds = `${UNITS[Math.floor(n / 100)]} hundred`;
    return n % 100 === 0 ? `${hundreds}th` : `${hundreds} and ${ordinal(n % 100)}`;
  }
  if (n < 20) return UNIT_ORDINALS[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? `${tens.slice(0, -1)}ieth` : `${tens}-${UNIT_ORDINALS[n % 10]}`;
}

/** Meeting numbers as English writes them: 46th, 8000th, 7882nd, 11th. */
function meetingNumber(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const ORGANS = {
  'general assembly': 'GA',
  assembly: 'GA',
  'security council': 'SC',
  'human rights council': 'HRC',
  hrc: 'HRC',
  'economic and social council': 'ECOSOC',
  ecosoc: 'ECOSOC',
  council: 'Council',
  conference: 'other',
  commission: 'other',
  committee: 'other',
  board: 'other',
} as const;

export const en: LanguageProfile = {
  code: 'en',
  englishName: 'English',
  dir: 'ltr',
  resolverCode: 'en',
  editionLetter: 'E',
  fonts: ['Tinos', 'Noto Serif SC', 'Amiri'],
  emphasis: 'italic',
  numbering: {
    paragraph: '{{number}}.',
    subItems: latinSubItems('({{label}})'),
    headings: unHeadings(),
    footnote: '{{number}}',
    annexes: 'ROMAN',
  },
  noteCall: 'after-punctuation',
  typography: [DIGIT_GROUPS, APOSTROPHE],
  hyphenation: enGb,
  ordinal,
  meetingNumber,
  citations: {
    // "General Assembly resolution", "Security Council resolutions", "decision"; `pre` is the word
    // before, used to tell "Environment Assembly" (another body) from "the Assembly".
    lead: new RegExp(
      String.raw`(?:^|[^\p{L}])(?:(?<pre>\p{L}+)${SPACE}+)?(?:(?<organ>${alternation(['General Assembly', 'Security Council', 'Human Rights Council', 'Economic and Social Council', 'Assembly', 'Council', 'ECOSOC', 'HRC', 'Conference', 'Commission', 'Committee', 'Board'])})(?:['’]s)?${SPACE}+)?(?<kw>[Rr]esolutions?|[Dd]ecisions?)${SPACE}+$`,
      'u',
    ),
    trail: new RegExp(
      String.raw`^,?${SPACE}+of${SPACE}+the${SPACE}+(?<organ>${alternation(['General Assembly', 'Security Council', 'Human Rights Council', 'Economic and Social Council'])}|(?:Assembly|Council)${UNQUALIFIED})`,
      'u',
    ),
    foreignTrail: new RegExp(String.raw`^,?${SPACE}+of${SPACE}+the${SPACE}+\p{Lu}`, 'u'),
    // A date may sit between two numbers of one list: "68/32 of 5 December 2013 and 70/34".
    separator: listSeparator(String.raw`,?${SPACE}+of${SPACE}+\d{1,2}${SPACE}+\p{Lu}\p{Ll}{2,8}${SPACE}+\d{4}`, ['and', 'or']),
    organs: ORGANS,
    decisionKeyword: /^[Dd]ecision/,
  },
};
