import { describe, expect, it } from 'vitest';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { typeset } from '../scripts/transform/typography.ts';
import { processMarkdown, SOFT_HYPHEN } from './helpers.ts';

const paragraph = async (markdown: string, lang: 'en' | 'fr' | 'ru' | 'es') =>
  toString(select('#para-1', (await processMarkdown(markdown, lang)).html)!).replaceAll(SOFT_HYPHEN, '');

describe('typography', () => {
  it('gives French its no-break spaces around « », : ; ! ?', async () => {
    expect(await paragraph('Le Groupe : « un texte » ; vraiment ? Oui !', 'fr')).toBe(
      '1.Le Groupe\u00A0: «\u00A0un texte\u00A0»\u202F; vraiment\u202F? Oui\u202F!',
    );
  });

  it('makes apostrophes typographic inside words, not in links', async () => {
    expect(await paragraph("l'Assemblée et l'article", 'fr')).toBe('1.l\u2019Assemblée et l\u2019article');
    expect(await paragraph("the Group's view", 'en')).toBe('1.the Group\u2019s view');
    const { bodyHtml } = await processMarkdown("See [l'ONU](https://example.org/?a=b) : fin", 'fr');
    expect(bodyHtml).toContain(">l'ONU</a>");
    expect(bodyHtml).toContain('href="https://example.org/?a=b"');
  });

  it('never touches a URL or an e-mail address written in the text', async () => {
    expect(typeset('Voir https://example.org/x?a=1&b=2 ; écrire à info@un.org : merci', 'fr')).toBe(
      'Voir https://example.org/x?a=1&b=2\u202F; écrire à info@un.org\u00A0: merci',
    );
    expect(typeset("l'ONU", 'fr')).toBe('l\u2019ONU');
  });

  it('keeps Russian and Spanish dates together', async () => {
    expect(await paragraph('26 сентября 2013 года', 'ru')).toBe('1.26 сентября 2013\u00A0года');
    expect(await paragraph('el 26 de septiembre', 'es')).toBe('1.el 26\u00A0de septiembre');
  });
});
