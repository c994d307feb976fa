/**
 * The six UN languages and the facts about them that are not translatable strings
 * (those live in locales/<lang>/*.json).
 */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type LanguageCode = (typeof UN_LANGUAGES)[number];

export interface LanguageInfo {
  code: LanguageCode;
  /** Writing direction of the edition. */
  dir: 'ltr' | 'rtl';
  /** Sub-item label style: UN English writes "(a)", French and Spanish "a)". */
  subItemStyle: 'paren' | 'close-paren';
}

export const LANGUAGES: Record<LanguageCode, LanguageInfo> = {
  ar: { code: 'ar', dir: 'rtl', subItemStyle: 'paren' },
  zh: { code: 'zh', dir: 'ltr', subItemStyle: 'paren' },
  en: { code: 'en', dir: 'ltr', subItemStyle: 'paren' },
  fr: { code: 'fr', dir: 'ltr', subItemStyle: 'close-paren' },
  ru: { code: 'ru', dir: 'ltr', subItemStyle: 'paren' },
  es: { code: 'es', dir: 'ltr', subItemStyle: 'close-paren' },
};

export function isLanguageCode(value: string): value is LanguageCode {
  return (UN_LANGUAGES as readonly string[]).includes(value);
}
