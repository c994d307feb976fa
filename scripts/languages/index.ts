/**
 * The six UN languages, each with its profile (one file per language in this folder). Adding a
 * language: a profile here, its strings in locales/<lang>/, and its code in UN_LANGUAGES.
 */
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { LanguageProfile } from './profile.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

export type { LabelStyle, LanguageProfile, TypographyRule, CountingSystem } from './profile.ts';

import type { LanguageCode } from './codes.ts';

export { isLanguageCode, UN_LANGUAGES, type LanguageCode } from './codes.ts';

export const LANGUAGES: Record<LanguageCode, LanguageProfile & { code: LanguageCode }> = {
  ar: { ...ar, code: 'ar' },
  zh: { ...zh, code: 'zh' },
  en: { ...en, code: 'en' },
  fr: { ...fr, code: 'fr' },
  ru: { ...ru, code: 'ru' },
  es: { ...es, code: 'es' },
};
