/** French: narrow no-break spaces before ; ! ?, no-break space before : and inside « ». */
import fr_patterns from 'hyphen/patterns/fr.js';
import { listSeparator, SPACE, trailingOrgan } from '../symbols/forms.ts';
import type { OrganMention } from '../symbols/forms.ts';
import type { LanguageProfile } from './profile.ts';
import { APOSTROPHE, latinSubItems, NBSP, NNBSP, DIGIT_GROUPS, unHeadings } from './shared.ts';

const UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'];

/** Cardinal in words (traditional spelling: "et" without hyphens, quatre-vingts). */
function cardinal(n: number): string {
  if (n >= 100) {
    const hundreds = Math.floor(n / 100);
    const head = hundreds === 1 ? 'cent' : `${UNITS[hundreds]} cent${n % 100 === 0 ? 's' : ''}`;
    return n % 100 === 0 ? head : `${head} ${cardinal(n % 100)}`;
  }
  if (n < 20) return UNITS[n]!;
  const tens = Math.floor(n / 10);
  // 70–79 and 90–99 count on from soixante and quatre-vingt: soixante-douze, quatre-vingt-dix-neuf.
  const rest = tens === 7 || tens === 9 ? 10 + (n % 10) : n % 10;
  if (rest === 0) return tens === 8 ? 'quatre-vingts' : TENS[tens]!;
  if ((rest === 1 || rest === 11) && tens !== 8 && tens !== 9) return `${TENS[tens]} et ${UNITS[rest]}`;
  return `${TENS[tens]}-${UNITS[rest]}`;
}

/** 76 → "soixante-seizième"; 1 → "première" (a session is feminine). */
function ordinal(n: number): string {
  if (n === 1) return 'première';
  const words = cardinal(n).replace(/s$/, '');
  if (words.endsWith('cinq')) return `${words}uième`;
  if (words.endsWith('neuf')) return `${words.slice(0, -1)}vième`;
  if (words.endsWith('e')) return `${words.slice(0, -1)}ième`;
  return `${words}ième`;
}

const ORGANS: Record<string, OrganMention> = {
  "de l'assemblée générale": 'GA',
  'du conseil de sécurité': 'SC',
  "du conseil des droits de l'homme": 'HRC',
  'du conseil économique et social': 'ECOSOC',
};
const GENERIC: Record<string, OrganMention> = { "de l'assemblée": 'GA', 'du conseil': 'Council' };

export const fr: LanguageProfile = {
  code: 'fr',
  englishName: 'French',
  dir: 'ltr',
  resolverCode: 'fr',
  editionLetter: 'F',
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
  typography: [
    DIGIT_GROUPS,
    APOSTROPHE,
    // Lookbehinds: a rule must start at the beginning of a run of spaces, or a long run would be
    // rescanned from each of its spaces (quadratic).
    [/(?<![ \u00A0\u202F])[ \u00A0\u202F]*([;!?])/g, `${NNBSP}$1`],
    [/(\S)[ \u00A0]*:(?=\s|$)/g, `$1${NBSP}:`],
    [/«[ \u00A0]*/g, `«${NBSP}`],
    [/(?<![ \u00A0])[ \u00A0]*»/g, `${NBSP}»`],
  ],
  hyphenation: fr_patterns,
  ordinal,
  meetingNumber: String,
  citations: {
    lead: new RegExp(String.raw`(?:^|[^\p{L}])(?<kw>[Rr]ésolutions?|[Dd]écisions?)${SPACE}+$`, 'u'),
    trail: trailingOrgan(String.raw`,?${SPACE}*`, ORGANS, GENERIC),
    foreignTrail: new RegExp(String.raw`^,?${SPACE}*(?:de${SPACE}+l['’]|du${SPACE}+|de${SPACE}+la${SPACE}+|des${SPACE}+)\p{Lu}`, 'u'),
    separator: listSeparator(String.raw`,?${SPACE}+(?:en${SPACE}+date${SPACE}+)?du${SPACE}+\d{1,2}(?:er)?${SPACE}+\p{Ll}{3,9}${SPACE}+\d{4}`, ['et', 'ou']),
    organs: { ...ORGANS, ...GENERIC },
    decisionKeyword: /^[Dd]écision/,
  },
};
