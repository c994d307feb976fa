import { describe, expect, it } from 'vitest';
import { checkParity } from '../scripts/check/parity.ts';
import { HexaplaError } from '../scripts/errors.ts';
import { processMarkdown } from './helpers.ts';

async function outlineOf(md: string, lang: 'en' | 'fr' | 'zh' | 'ar') {
  const { outline } = await processMarkdown(md, lang, `content/doc/${lang}.md`);
  return { lang, file: `content/doc/${lang}.md`, outline };
}

describe('cross-language parity', () => {
  it('passes editions with the same paragraphs and sub-items', async () => {
    const en = await outlineOf('One.\n\nTwo:\n\n1. a;\n2. b.\n', 'en');
    const fr = await outlineOf('Un.\n\nDeux :\n\n1. a;\n2. b.\n', 'fr');
    expect(checkParity('doc', [en, fr])).toEqual([]);
  });

  it('fails on a missing paragraph, naming document, languages and paragraph', async () => {
    const en = await outlineOf('One.\n\nTwo.\n\nThree.\n', 'en');
    const zh = await outlineOf('一。\n\n二。\n', 'zh');
    expect(() => checkParity('npt-doc', [en, zh])).toThrowError(HexaplaError);
    expect(() => checkParity('npt-doc', [en, zh])).toThrowError(/npt-doc: editions "en" and "zh" part at paragraph 3: the first has 3 numbered paragraphs, the second 2/);
  });

  it('fails where sub-items differ, at the first paragraph that differs', async () => {
    const en = await outlineOf('One.\n\nTwo:\n\n1. a;\n2. b;\n3. c.\n\nThree.\n', 'en');
    const ar = await outlineOf('واحد.\n\nاثنان:\n\n1. أ؛\n2. ب.\n\nثلاثة.\n', 'ar');
    let error: HexaplaError | undefined;
    try {
      checkParity('doc', [en, ar]);
    } catch (e) {
      error = e as HexaplaError;
    }
    expect(error?.message).toBe('doc: editions "en" and "ar" part at paragraph 2: sub-items differ (para-2-a, para-2-b, para-2-c vs para-2-a, para-2-b)');
    expect(error?.location).toEqual({ file: 'content/doc/ar.md', line: 6 });
  });

  it('warns when a paragraph links different symbols in two editions', async () => {
    const en = await outlineOf('See resolution 74/32.\n', 'en');
    const fr = await outlineOf('Voir la résolution 74/23.\n', 'fr');
    const warnings = checkParity('doc', [en, fr]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/paragraph 1 links different symbols in "en" .*A\/RES\/74\/32.* and "fr" .*A\/RES\/74\/23/);
  });
});
