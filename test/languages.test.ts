/**
 * Language profiles: each of the six is complete and agrees with its locale, so a fact about a
 * language lives in one place (scripts/languages/<lang>.ts) and strings in locales/<lang>/.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, UN_LANGUAGES } from '../scripts/languages/index.ts';
import { FONT_STYLESHEETS, languageStyles } from '../scripts/render/assets.ts';
import { countIn, formatLabel } from '../scripts/transform/labels.ts';
import { projectLocales } from './helpers.ts';

describe('language profiles', () => {
  it.each(UN_LANGUAGES)('%s: is complete', (lang) => {
    const profile = LANGUAGES[lang];
    expect(profile.code).toBe(lang);
    expect(['ltr', 'rtl']).toContain(profile.dir);
    expect(profile.resolverCode).toMatch(/^[a-z]{2}$/);
    expect(profile.editionLetter).toMatch(/^[A-Z]$/);
    expect(profile.numbering.paragraph).toContain('{{number}}');
    expect(profile.numbering.footnote).toContain('{{number}}');
    expect(profile.numbering.subItems.length).toBeGreaterThanOrEqual(2);
    expect(profile.numbering.headings.length).toBeGreaterThanOrEqual(3);
    for (const style of [...profile.numbering.subItems, ...profile.numbering.headings]) {
      expect(style.format).toContain('{{label}}');
      expect(countIn(style.labels, 3)).not.toBe('');
    }
    expect(countIn(profile.numbering.annexes, 2)).not.toBe('');
    expect(profile.ordinal(76)).not.toBe('');
    expect(profile.meetingNumber(61)).toMatch(/61/);
    expect(profile.citations.lead).toBeInstanceOf(RegExp);
    expect(profile.citations.separator).toBeInstanceOf(RegExp);
    expect(profile.fonts.length).toBeGreaterThan(0);
  });

  it('ships every font family a profile names', () => {
    const shipped = new Set(FONT_STYLESHEETS.map((f) => f.family));
    for (const lang of UN_LANGUAGES) for (const family of LANGUAGES[lang].fonts) expect(shipped, `${lang}: ${family}`).toContain(family);
  });

  it('gives each language a locale whose own name and language names agree with the profile', async () => {
    const locales = await projectLocales();
    for (const lang of UN_LANGUAGES) {
      const locale = locales.get(lang)!;
      expect(locale.layout.languageName.length).toBeGreaterThan(0);
      expect(Object.keys(locale.layout.masthead.originalLanguageNames).sort()).toEqual([...UN_LANGUAGES].sort());
      expect(Object.keys(locale.layout.annex.original).sort()).toEqual([...UN_LANGUAGES].sort());
    }
  });

  it('writes sub-items the UN way: (a) in English, Chinese and Arabic (أ), a) in French, Spanish and Russian', () => {
    const first = (lang: (typeof UN_LANGUAGES)[number]) => {
      const style = LANGUAGES[lang].numbering.subItems[0]!;
      return formatLabel(style.format, countIn(style.labels, 1));
    };
    expect(UN_LANGUAGES.map(first)).toEqual(['(أ)', '(a)', '(a)', 'a)', 'a)', 'a)']);
  });

  it('sets emphasis in bold where the faces have no italic (Chinese, Arabic), without synthesised slant', () => {
    const css = languageStyles();
    expect(css).toMatch(/\[lang="zh"\] em[^{]*\{[^}]*font-style: normal; font-weight: bold; font-synthesis: none/);
    expect(css).toMatch(/\[lang="ar"\] em[^{]*\{[^}]*font-weight: bold/);
    expect(css).not.toMatch(/\[lang="en"\] em/);
  });
});
