/**
 * Reading a unit's Markdown as text for the quality checks, without parsing it again: markup and
 * directive keys set aside, digits in one form, numbers and dates read in each language's forms.
 * Every pattern here is compiled once; each function is one pass (or a few) over the text.
 */
import type { LanguageCode } from '../../languages/index.ts';

// ---------------------------------------------------------------------------------------------
// Markup

/** `:name[label]{attributes}`: a text directive (`\]` escapes inside the label). */
const DIRECTIVE = /(?<![\w:]):([a-z][a-z-]*)\[((?:[^\[\]\\]|\\.)*)\](\{[^}\n]*\})?/g;
/** Directives whose label is not text of the edition (a glossary key, a cross-reference label). */
const KEY_DIRECTIVES = new Set(['term', 'ref']);
const NOTE_CALL = /\[\^[^\]\s]+\]/g;
const ATTRIBUTES = /[ \t]*\{(?:#[\w-]+|-)\}/g;
const IMAGE_OR_LINK = /!?\[((?:[^\[\]\\]|\\.)*)\](?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)|\[[^\]]*\])/g;
const AUTOLINK = /<(?:[a-z][a-z0-9+.-]*:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>/gi;
const BARE_URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"]*|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const EMPHASIS = /\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const INLINE_CODE = /`+([^`]*)`+/g;

/**
 * A unit's text with its Markdown set aside: emphasis markers, note calls, `{#label}` and
 * `{-}`, link targets, URLs and the keys of `:term[…]` and `:ref[…]` go; the labels of
 * `:symbol[…]`, `:nolink[…]` and links stay, as the reader sees them.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(INLINE_CODE, '$1')
    .replace(DIRECTIVE, (_whole, name: string, label: string) => (KEY_DIRECTIVES.has(name) ? ' ' : label))
    .replace(NOTE_CALL, '')
    .replace(ATTRIBUTES, '')
    .replace(AUTOLINK, ' ')
    .replace(IMAGE_OR_LINK, '$1')
    .replace(BARE_URL, ' ')
    .replace(EMPHASIS, '')
    .replace(ESCAPE, '$1');
}

/** The keys of the `:term[key]` directives of a unit, in order. */
export function termKeys(markdown: string): string[] {
  const keys: string[] = [];
  for (const match of markdown.matchAll(DIRECTIVE)) if (match[1] === 'term') keys.push(match[2]!.trim());
  return keys;
}

/**
 * The unit cut where the build's text nodes end: at emphasis markers, directives, note calls and
 * links. Typography applies to each text node on its own, so what it can fix is decided per
 * piece; note calls stay in place as `\uE001` (one character) so punctuation around them is seen.
 */
export function textPieces(markdown: string): string[] {
  const marked = markdown
    .replace(INLINE_CODE, '\uE000')
    .replace(DIRECTIVE, (_whole, name: string, label: string) => (KEY_DIRECTIVES.has(name) ? '\uE000' : `\uE000${label}\uE000`))
    .replace(NOTE_CALL, '\uE000\uE001\uE000')
    .replace(ATTRIBUTES, '')
    .replace(AUTOLINK, '\uE000')
    .replace(IMAGE_OR_LINK, '\uE000$1\uE000')
    .replace(BARE_URL, '\uE000')
    .replace(EMPHASIS, '\uE000')
    .replace(ESCAPE, '$1');
  return marked.split('\uE000');
}

// ---------------------------------------------------------------------------------------------
// Digits

const DIGIT_BLOCKS: [number, number][] = [
  [0x0660, 0x0669], // Arabic-Indic
  [0x06f0, 0x06f9], // Extended Arabic-Indic (Persian, Urdu)
  [0xff10, 0xff19], // full-width
];
const FOREIGN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19\u066B\u066C]/g;

/** Arabic-Indic, Persian and full-width digits as ASCII digits; ٫ and ٬ as . and ,. */
export function asciiDigits(text: string): string {
  return text.replace(FOREIGN_DIGIT, (char) => {
    if (char === '\u066B') return '.';
    if (char === '\u066C') return ',';
    const code = char.codePointAt(0)!;
    const block = DIGIT_BLOCKS.find(([from, to]) => code >= from && code <= to)!;
    return String(code - block[0]);
  });
}

// ---------------------------------------------------------------------------------------------
// Numbers

/**
 * What is set aside before numbers are read: document symbols (A/80/123, NPT/CONF.2020/WP.20,
 * S/RES/2231) and resolution numbers (74/32, S-10/2, 31/16 A). The symbols rule compares them.
 */
const SYMBOL_LIKE = /(?<![\p{L}\p{N}])(?:[A-Z][A-Za-z0-9.\-]*(?:\/[A-Za-z0-9.\-]+)+|(?:[A-Z]{1,2}-)?\d+\/\d+(?:\/\d+)*)/gu;

/** A number as written: grouped by commas, points or (no-break, narrow, thin) spaces, or not; a decimal part. */
const NUMBER = /(?<!\d)(?:\d{1,3}(?:([,.\u00A0\u202F\u2009 ])\d{3}(?!\d))(?:\1\d{3}(?!\d))*(?:[.,]\d+(?!\d))?|\d+(?:[.,]\d+(?![\d]))?)/g;

export interface NumberToken {
  /** As written. */
  text: string;
  /** The values it can be read as ("1.000" is a thousand in Spanish, one in English). */
  values: string[];
}

/** A decimal number in canonical form: no leading zeros, no trailing decimal zeros. */
function canonical(integer: string, decimals = ''): string {
  const whole = integer.replace(/^0+(?=\d)/, '');
  const fraction = decimals.replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

function readNumber(written: string): string[] {
  const groups = written.split(/[,.\u00A0\u202F\u2009 ]/);
  if (groups.length === 1) return [canonical(written)];
  const separators = written.replace(/\d/g, '');
  const last = groups[groups.length - 1]!;
  // One separator: a decimal point or a group separator, unless the digits after it say which.
  if (groups.length === 2) {
    const [integer, part] = groups as [string, string];
    if (separators === ' ' || separators === '\u00A0' || separators === '\u202F' || separators === '\u2009') return [canonical(integer + part)];
    if (part.length !== 3 || integer === '0') return [canonical(integer, part)];
    return [canonical(integer + part), canonical(integer, part)];
  }
  // Several: the last may be a decimal part ("1,000.5", "1 000,5").
  const groupSeparator = separators[0]!;
  const lastSeparator = separators[separators.length - 1]!;
  if (lastSeparator !== groupSeparator) return [canonical(groups.slice(0, -1).join(''), last)];
  return [canonical(groups.join(''))];
}

/** The numbers of a text (plain text: see `plainText`), symbols and resolution numbers left out. */
export function numbersIn(plain: string): NumberToken[] {
  const text = asciiDigits(plain).replace(SYMBOL_LIKE, ' ');
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER)) tokens.push({ text: match[0], values: readNumber(match[0]) });
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Dates

export interface DateMention {
  text: string;
  day: number;
  /** 1–12. */
  month: number;
  year?: number;
}

const MONTHS: Record<Exclude<LanguageCode, 'zh'>, string[][]> = {
  en: [['January'], ['February'], ['March'], ['April'], ['May'], ['June'], ['July'], ['August'], ['September'], ['October'], ['November'], ['December']],
  fr: [['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  ru: [['января'], ['февраля'], ['марта'], ['апреля'], ['мая'], ['июня'], ['июля'], ['августа'], ['сентября'], ['октября'], ['ноября'], ['декабря']],
  // The UN writes both names, the Levantine and the other, joined by a slash: تشرين الثاني/نوفمبر.
  ar: [
    ['كانون الثاني', 'يناير'],
    ['شباط', 'فبراير'],
    ['آذار', 'مارس'],
    ['نيسان', 'أبريل', 'ابريل'],
    ['أيار', 'مايو'],
    ['حزيران', 'يونيه', 'يونيو'],
    ['تموز', 'يوليه', 'يوليو'],
    ['آب', 'أغسطس'],
    ['أيلول', 'سبتمبر'],
    ['تشرين الأول', 'أكتوبر'],
    ['تشرين الثاني', 'نوفمبر'],
    ['كانون الأول', 'ديسمبر'],
  ],
};

const S = '[\\s\\u00A0\\u202F]';
function monthAlternation(lang: Exclude<LanguageCode, 'zh'>): { pattern: string; index: Map<string, number> } {
  const index = new Map<string, number>();
  MONTHS[lang].forEach((names, i) => names.forEach((name) => index.set(name.toLowerCase(), i + 1)));
  const names = MONTHS[lang].flat().sort((a, b) => b.length - a.length).map((name) => name.replace(/ /g, `${S}+`));
  return { pattern: `(${names.join('|')})`, index };
}

interface DatePattern {
  regex: RegExp;
  read(match: RegExpMatchArray): DateMention | undefined;
}

function dayMonthYear(lang: Exclude<LanguageCode, 'zh' | 'ar'>, build: (months: string) => string): DatePattern {
  const { pattern, index } = monthAlternation(lang);
  return {
    regex: new RegExp(build(pattern), lang === 'en' ? 'gu' : 'giu'),
    read: (m) => ({ text: m[0], day: Number(m[1]), month: index.get(m[2]!.toLowerCase().replace(/\s+/g, ' '))!, year: m[3] ? Number(m[3]) : undefined }),
  };
}

const arabicMonths = monthAlternation('ar');
const DATE_PATTERNS: Record<LanguageCode, DatePattern> = {
  en: dayMonthYear('en', (months) => `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?${S}+${months}\\b(?:,?${S}+(\\d{4})(?!\\d))?`),
  fr: dayMonthYear('fr', (months) => `(?<!\\d)(\\d{1,2})(?:er)?${S}+${months}(?![\\p{L}])(?:${S}+(\\d{4})(?!\\d))?`),
  es: dayMonthYear('es', (months) => `(?<!\\d)(\\d{1,2})${S}+de${S}+${months}(?![\\p{L}])(?:${S}+del?${S}+(\\d{4})(?!\\d))?`),
  ru: dayMonthYear('ru', (months) => `(?<!\\d)(\\d{1,2})${S}+${months}(?![\\p{L}])(?:${S}+(\\d{4})(?!\\d))?`),
  // 1995 年 11 月 2 日; a range 2022 年 1 月 4 日至 28 日 gives both days.
  zh: {
    regex: /(?:(\d{4})\s*年\s*)?(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|到|和|、|及)\s*(\d{1,2})\s*日)?/g,
    read: (m) => ({ text: m[0], day: Number(m[3]), month: Number(m[2]), year: m[1] ? Number(m[1]) : undefined }),
  },
  // 2 تشرين الثاني/نوفمبر 1995, or one name alone.
  ar: {
    regex: new RegExp(`(?<!\\d)(\\d{1,2})${S}+${arabicMonths.pattern}(?:${S}*\\/${S}*${arabicMonths.pattern})?(?:${S}+(\\d{4})(?!\\d))?`, 'gu'),
    read: (m) => ({ text: m[0], day: Number(m[1]), month: arabicMonths.index.get((m[3] ?? m[2])!.replace(/\s+/g, ' '))!, year: m[4] ? Number(m[4]) : undefined }),
  },
};

/** The dates of a text in its language's forms (plain text, any digits). */
export function datesIn(plain: string, lang: LanguageCode): DateMention[] {
  const text = asciiDigits(plain);
  const pattern = DATE_PATTERNS[lang];
  const dates: DateMention[] = [];
  for (const match of text.matchAll(pattern.regex)) {
    const date = pattern.read(match);
    if (!date || !date.month || date.day < 1 || date.day > 31) continue;
    dates.push(date);
    // The second day of a Chinese range: 1 月 4 日至 28 日.
    if (lang === 'zh' && match[4]) dates.push({ ...date, day: Number(match[4]) });
  }
  return dates;
}

// ---------------------------------------------------------------------------------------------
// Spelled-out numbers: a translation may write in words a small number the original gives in
// digits (Arabic writes "الخطوات العملية الثلاث عشرة" for "the 13 practical steps").

const WORDS: Record<LanguageCode, (n: number) => string[]> = {
  en: (n) => [['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'][n] ?? ''],
  fr: (n) => [['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt'][n] ?? ''],
  es: (n) => [['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'][n] ?? ''],
  ru: (n) => [['', 'од', 'дв', 'тр', 'четыр', 'пят', 'шест', 'сем', 'восем', 'девят', 'десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат'][n] ?? ''],
  // Masculine and feminine stems; "عشر/عشرة" makes 11–19.
  ar: (n) => {
    const units = [[''], ['واحد', 'إحدى', 'أحد'], ['اثن', 'اثنت'], ['ثلاث'], ['أربع'], ['خمس'], ['ست'], ['سبع'], ['ثماني', 'ثمان'], ['تسع'], ['عشر']];
    if (n <= 10) return units[n] ?? [];
    if (n < 20) return (units[n - 10] ?? []).map((unit) => `${unit} عشر`);
    return n === 20 ? ['عشرين', 'عشرون'] : [];
  },
  zh: (n) => {
    const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if (n <= 10) return n === 10 ? ['十'] : [digits[n]!, ...(n === 2 ? ['两'] : [])];
    if (n < 20) return [`十${digits[n - 10]}`];
    return n === 20 ? ['二十'] : [];
  },
};

const wordPatterns = new Map<string, RegExp>();
/** Whether `plain` writes the whole number `n` (1–20) in words in `lang`. */
export function spelledOut(plain: string, n: number, lang: LanguageCode): boolean {
  if (!Number.isInteger(n) || n < 1 || n > 20) return false;
  const key = `${lang}:${n}`;
  let regex = wordPatterns.get(key);
  if (!regex) {
    const words = WORDS[lang](n).filter(Boolean).map((word) => word.replace(/ /g, `${S}+`));
    // Chinese has no spaces; elsewhere a word starts at a boundary (Arabic: after its article or a particle).
    const before = lang === 'zh' ? '' : lang === 'ar' ? '(?:^|[^\\p{L}]|ال|و|ب|ل)' : '(?:^|[^\\p{L}])';
    regex = words.length ? new RegExp(`${before}(?:${words.join('|')})`, 'iu') : /(?!)/;
    wordPatterns.set(key, regex);
  }
  return regex.test(plain);
}
