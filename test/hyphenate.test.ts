import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { processMarkdown, SOFT_HYPHEN } from './helpers.ts';

describe('hyphenation', () => {
  it('puts soft hyphens into long words of English, French, Spanish and Russian text', async () => {
    const cases = {
      en: ['The Group underlines the international significance.', 'sig\u00ADni\u00ADfic\u00ADance'],
      fr: ['Le Groupe souligne la responsabilité internationale.', 'res\u00ADpon\u00ADsa\u00ADbi\u00ADli\u00ADté'],
      es: ['El Grupo subraya la responsabilidad internacional.', 'res\u00ADpon\u00ADsa\u00ADbi\u00ADli\u00ADdad'],
      ru: ['Группа подчеркивает ответственность государств.', 'от\u00ADвет\u00ADствен\u00ADность'],
    } as const;
    for (const [lang, [sentence, expected]] of Object.entries(cases)) {
      const text = toString(select('#para-1', (await processMarkdown(sentence, lang as keyof typeof cases)).html)!);
      expect(text, lang).toContain(expected);
      expect(text.replaceAll(SOFT_HYPHEN, ''), lang).toContain(sentence.slice(0, -1));
    }
  });

  it('leaves Chinese and Arabic, links and short words alone', async () => {
    const zh = toString(select('#para-1', (await processMarkdown('条约不结盟缔约国集团强调。', 'zh')).html)!);
    const ar = toString(select('#para-1', (await processMarkdown('تشدد مجموعة دول عدم الانحياز الأطراف', 'ar')).html)!);
    expect(zh + ar).not.toContain(SOFT_HYPHEN);
    const en = (await processMarkdown('See [internationalisation](https://example.org/internationalisation) and resolution 74/32.', 'en')).html;
    expect(selectAll('a', en).map((a) => toString(a))).toEqual(['internationalisation', '74/32']);
    expect(toString(select('#para-1', en)!)).toContain('See inter');
  });
});
