/**
 * The six UN languages' codes alone, without their profiles: what the command line needs to
 * check an option, so that `hexapla --help` does not load hyphenation patterns and grammars.
 */

/** In the UN's order of the official languages' English names. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type LanguageCode = (typeof UN_LANGUAGES)[number];

export function isLanguageCode(value: string): value is LanguageCode {
  return (UN_LANGUAGES as readonly string[]).includes(value);
}
