/** Spanish: a number stays with the "de" after it ("13 de diciembre"). */
import es_patterns from 'hyphen/patterns/es.js';
import { listSeparator, SPACE, trailingOrgan } from '../symbols/forms.ts';
import type { OrganMention } from '../symbols/forms.ts';
import type { LanguageProfile } from './profile.ts';
import { APOSTROPHE, latinSubItems, NBSP, DIGIT_GROUPS, unHeadings } from './shared.ts';

// Masculine, apocopated before the noun as UN Spanish writes sessions: "primer período de sesiones".
const UNITS = ['', 'primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno'];
const TEENS = ['décimo', 'undécimo', 'duodécimo'];
const TENS = ['', 'decimo', 'vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo', 'octogésimo', 'nonagésimo'];

/** 76 → "septuagésimo sexto", 13 → "decimotercer", 101 → "centésimo primer". */
function ordinal(n: number): string {
  if (n >= 100) return n % 100 === 0 ? 'centésimo' : `centésimo ${ordinal(n % 100)}`;
  if (n < 10) return UNITS[n]!;
  if (n < 13) return TEENS[n - 10]!;
  if (n < 20) return `decimo${UNITS[n - 10]}`;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens} ${UNITS[n % 10]}`;
}

const ORGANS: Record<string, OrganMention> = {
  'de la asamblea general': 'GA',
  'del consejo de seguridad': 'SC',
  'del consejo de derechos humanos': 'HRC',
  'del consejo económico y social': 'ECOSOC',
};
const GENERIC: Record<string, OrganMention> = { 'de la asamblea': 'GA', 'del consejo': 'Council' };

export const es: LanguageProfile = {
  code: 'es',
  englishName: 'Spanish',
  dir: 'ltr',
  resolverCode: 'es',
  editionLetter: 'S',
  fonts: ['Tinos', 'Noto Serif SC', 'Amiri'],
  emphasis: 'italic',
  numbering: {
    paragraph: '{{number}}.',
    subItems: latinSubItems('{{label}})'),
    headings: unHeadings(),
    footnote: '{{number}}',
    annexes: 'ROMAN',
  },
  noteCall: 'before-punctuation',
  typography: [DIGIT_GROUPS, APOSTROPHE, [/(\d) (de )/g, `$1${NBSP}$2`]],
  hyphenation: es_patterns,
  ordinal,
  meetingNumber: String,
  citations: {
    lead: new RegExp(String.raw`(?:^|[^\p{L}])(?<kw>[Rr]esoluci(?:ón|ones)|[Dd]ecisi(?:ón|ones))${SPACE}+$`, 'u'),
    trail: trailingOrgan(String.raw`,?${SPACE}*`, ORGANS, GENERIC),
    foreignTrail: new RegExp(String.raw`^,?${SPACE}*(?:de${SPACE}+la${SPACE}+|del${SPACE}+|de${SPACE}+los${SPACE}+|de${SPACE}+las${SPACE}+)\p{Lu}`, 'u'),
    separator: listSeparator(String.raw`,?${SPACE}+de${SPACE}+\d{1,2}${SPACE}+de${SPACE}+\p{Ll}{4,10}${SPACE}+de${SPACE}+\d{4}`, ['y', 'e', 'o']),
    organs: { ...ORGANS, ...GENERIC },
    decisionKeyword: /^[Dd]ecisi/,
  },
};
