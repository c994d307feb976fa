/**
 * Counting systems for sub-item, heading and annex labels. Which system a language uses, and how
 * the label is punctuated, come from its profile (scripts/languages/); this module only counts.
 */
import type { CountingSystem } from '../languages/profile.ts';

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC = 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ';
// Arabic UN documents letter sub-items in abjad order.
const ABJAD = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];
const ARABIC_ORDINALS = ['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا', 'حادي عشر', 'ثاني عشر', 'ثالث عشر', 'رابع عشر', 'خامس عشر'];
// Masculine ordinals, for nouns such as المرفق (annex): المرفق الأول، المرفق الحادي عشر.
const ARABIC_MASCULINE_ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي عشر', 'الثاني عشر', 'الثالث عشر', 'الرابع عشر', 'الخامس عشر', 'السادس عشر', 'السابع عشر', 'الثامن عشر', 'التاسع عشر', 'العشرون'];
const ARABIC_LETTER_NAMES = ['ألف', 'باء', 'جيم', 'دال', 'هاء', 'واو', 'زاي', 'حاء', 'طاء', 'ياء', 'كاف', 'لام', 'ميم', 'نون', 'سين', 'عين', 'فاء', 'صاد', 'قاف', 'راء'];
const CJK_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The label of the `n`-th item (1-based) in a counting system. */
export function countIn(system: CountingSystem, n: number): string {
  switch (system) {
    case 'decimal':
      return String(n);
    case 'latin':
      return alphabetic(LATIN, n);
    case 'LATIN':
      return alphabetic(LATIN.toUpperCase(), n);
    case 'CYRILLIC':
      return alphabetic(CYRILLIC, n);
    case 'roman':
      return toRoman(n).toLowerCase();
    case 'ROMAN':
      return toRoman(n);
    case 'abjad':
      return fromList(ABJAD, n, system);
    case 'ARABIC-ORDINAL':
      return fromList(ARABIC_ORDINALS, n, system);
    case 'ARABIC-ORDINAL-MASCULINE':
      return fromList(ARABIC_MASCULINE_ORDINALS, n, system);
    case 'ARABIC-LETTER-NAMES':
      return fromList(ARABIC_LETTER_NAMES, n, system);
    case 'CJK':
      return toCjk(n);
  }
}

/** a, b, … z, aa, bb … as UN documents continue past z. */
function alphabetic(alphabet: string, n: number): string {
  const letters = [...alphabet];
  const letter = letters[(n - 1) % letters.length]!;
  return letter.repeat(Math.floor((n - 1) / letters.length) + 1);
}

/** Lists run out: past their end, the count goes on in digits rather than failing the build. */
function fromList(list: string[], n: number, _system: CountingSystem): string {
  return list[n - 1] ?? String(n);
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** 1 → 一, 10 → 十, 76 → 七十六, 101 → 一百零一, 110 → 一百一十. */
export function toCjk(n: number): string {
  if (n < 10) return CJK_DIGITS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    return `${tens === 1 ? '' : CJK_DIGITS[tens]}十${CJK_DIGITS[n % 10]}`;
  }
  if (n < 1000) {
    const rest = n % 100;
    const head = `${CJK_DIGITS[Math.floor(n / 100)]}百`;
    if (rest === 0) return head;
    return rest < 10 ? `${head}零${CJK_DIGITS[rest]}` : `${head}${rest < 20 ? '一' : ''}${toCjk(rest)}`;
  }
  return String(n);
}

/** Fill a locale's label format, e.g. "({{label}})" → "(a)". */
export function formatLabel(format: string, label: string): string {
  return format.replace('{{label}}', label);
}
