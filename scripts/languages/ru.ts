/** Russian: a number stays with "года"/"г." after it; sub-items a), i). */
import ru_patterns from 'hyphen/patterns/ru.js';
import { alternation, listSeparator, SPACE, trailingOrgan } from '../symbols/forms.ts';
import type { OrganMention } from '../symbols/forms.ts';
import type { LanguageProfile } from './profile.ts';
import { latinSubItems, NBSP, DIGIT_GROUPS, unHeadings } from './shared.ts';

// Feminine, as "сессия" needs: "семьдесят шестая сессия". UN Russian writes е for ё.
const UNIT_ORDINALS = ['', 'первая', 'вторая', 'третья', 'четвертая', 'пятая', 'шестая', 'седьмая', 'восьмая', 'девятая', 'десятая', 'одиннадцатая', 'двенадцатая', 'тринадцатая', 'четырнадцатая', 'пятнадцатая', 'шестнадцатая', 'семнадцатая', 'восемнадцатая', 'девятнадцатая'];
const TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const TENS_ORDINALS = ['', '', 'двадцатая', 'тридцатая', 'сороковая', 'пятидесятая', 'шестидесятая', 'семидесятая', 'восьмидесятая', 'девяностая'];

/** 76 → "семьдесят шестая", 100 → "сотая", 101 → "сто первая". */
function ordinal(n: number): string {
  if (n >= 100) return n % 100 === 0 ? 'сотая' : `сто ${ordinal(n % 100)}`;
  if (n < 20) return UNIT_ORDINALS[n]!;
  const tens = Math.floor(n / 10);
  return n % 10 === 0 ? TENS_ORDINALS[tens]! : `${TENS[tens]} ${UNIT_ORDINALS[n % 10]}`;
}

const ORGANS: Record<string, OrganMention> = {
  'генеральной ассамблеи': 'GA',
  'совета безопасности': 'SC',
  'совета по правам человека': 'HRC',
  'экономического и социального совета': 'ECOSOC',
};
const GENERIC: Record<string, OrganMention> = { ассамблеи: 'GA', совета: 'Council' };

export const ru: LanguageProfile = {
  code: 'ru',
  englishName: 'Russian',
  dir: 'ltr',
  resolverCode: 'ru',
  editionLetter: 'R',
  fonts: ['Tinos', 'Noto Serif SC', 'Amiri'],
  emphasis: 'italic',
  numbering: {
    paragraph: '{{number}}.',
    subItems: latinSubItems('{{label}})'),
    headings: unHeadings('CYRILLIC'),
    footnote: '{{number}}',
    annexes: 'ROMAN',
  },
  noteCall: 'before-punctuation',
  typography: [DIGIT_GROUPS, [/(\d) (года|г\.)/g, `$1${NBSP}$2`]],
  hyphenation: ru_patterns,
  ordinal,
  meetingNumber: String,
  citations: {
    // "резолюция 74/32 Генеральной Ассамблеи" and also "резолюции Совета Безопасности 2231 (2015)".
    lead: new RegExp(
      String.raw`(?:^|[^\p{L}])(?<kw>[Рр]езолюци(?:я|и|ю|ей|ях|ям|й)|[Рр]ешени(?:е|я|ю|ем|и|й|ях|ям))${SPACE}+(?:(?<organ>${alternation(Object.keys(ORGANS))})${SPACE}+)?$`,
      'iu',
    ),
    trail: trailingOrgan(String.raw`,?${SPACE}*`, ORGANS, GENERIC),
    foreignTrail: new RegExp(String.raw`^,?${SPACE}*\p{Lu}`, 'u'),
    separator: listSeparator(String.raw`${SPACE}+от${SPACE}+\d{1,2}${SPACE}+\p{Ll}{3,8}${SPACE}+\d{4}${SPACE}+года`, ['и', 'или']),
    organs: { ...ORGANS, ...GENERIC },
    decisionKeyword: /^[Рр]ешени/,
  },
};
