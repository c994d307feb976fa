import { describe, expect, it } from 'vitest';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { HexaplaError } from '../scripts/diagnostics.ts';
import { processMarkdown, SOFT_HYPHEN } from './helpers.ts';

describe('glossary terms', () => {
  it('replaces :term[key] with each language\'s term', async () => {
    const md = 'The :term[conference-on-disarmament] met.\n';
    const text = async (lang: 'en' | 'fr' | 'zh' | 'ar' | 'ru' | 'es') => toString(select('#para-1', (await processMarkdown(md, lang)).html)!).replaceAll(SOFT_HYPHEN, '');
    expect(await text('en')).toBe('1.The Conference on Disarmament met.');
    expect(await text('fr')).toBe('1.The Conférence du désarmement met.');
    expect(await text('zh')).toBe('1.The 裁军谈判会议 met.');
    expect(await text('ar')).toContain('مؤتمر نزع السلاح');
    expect(await text('ru')).toContain('Конференция по разоружению');
    expect(await text('es')).toContain('Conferencia de Desarme');
  });

  it('reports an unknown term with file, line and the glossary to fix', async () => {
    const error = await processMarkdown('One.\n\nTwo :term[no-such-term].\n', 'fr', 'content/doc/fr.md').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HexaplaError);
    const message = (error as HexaplaError).message;
    expect(message).toMatch(/^error: content\/doc\/fr\.md:6:5: unknown glossary term "no-such-term" \[glossary\/unknown-term\]/);
    expect(message).toContain('locales/fr/glossary.json');
  });

  it('lets a term take part in the text around it (links see one text run)', async () => {
    const { bodyHtml } = await processMarkdown('The :term[general-assembly] adopted resolution 74/32.\n');
    expect(bodyHtml.replaceAll(SOFT_HYPHEN, '')).toContain('General Assembly adopted resolution <a');
  });
});
