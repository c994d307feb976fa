/** Annexes: a heading in each language, numbering that restarts, references that name the annex. */
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { processMarkdown, SOFT_HYPHEN } from '../helpers.ts';
import type { LanguageCode } from '../../scripts/languages/index.ts';

const text = (node: Parameters<typeof toString>[0] | undefined) => (node ? toString(node).replaceAll(SOFT_HYPHEN, '').trim() : '');

const TWO = 'Main one.\n\nSee :ref[far].\n\n::annex[First annex]{original=fr}\n\nAnnex one.\n\nAnnex two. {#far}\n\n# Heading\n\n::annex[Second annex]\n\nOther.\n';

describe('annexes', () => {
  it('restarts paragraph numbering in each annex, with ids of their own', async () => {
    const { html, outline } = await processMarkdown(TWO);
    expect(selectAll('p.para[id]', html).map((p) => p.properties.id)).toEqual(['para-1', 'para-2', 'annex-1-para-1', 'annex-1-para-2', 'annex-2-para-1']);
    expect(selectAll('section.annex', html).map((s) => s.properties.id)).toEqual(['annex-1', 'annex-2']);
    expect(text(select('#annex-1-para-1 .para-number', html))).toBe('1.');
    expect(outline.units.filter((u) => u.kind === 'annex').map((u) => u.id)).toEqual(['annex-1', 'annex-2']);
    expect(select('#annex-1-section-1', html)).toBeDefined();
  });

  it('heads annexes "Annex I", "Annex II" in each language when there are several', async () => {
    const labels = async (lang: LanguageCode) => selectAll('.annex-label', (await processMarkdown(TWO, lang)).html).map(text);
    expect(await labels('en')).toEqual(['Annex I', 'Annex II']);
    expect(await labels('fr')).toEqual(['Annexe I', 'Annexe II']);
    expect(await labels('es')).toEqual(['Anexo I', 'Anexo II']);
    expect(await labels('ru')).toEqual(['Приложение I', 'Приложение II']);
    expect(await labels('zh')).toEqual(['附件一', '附件二']);
    expect(await labels('ar')).toEqual(['المرفق الأول', 'المرفق الثاني']);
  });

  it('heads a lone annex "Annex" and prints its original language under it', async () => {
    const one = 'Main.\n\n::annex[The annex]{original=fr}\n\nText.\n';
    const head = async (lang: LanguageCode) => {
      const { html } = await processMarkdown(one, lang);
      return [text(select('.annex-label', html)), text(select('.annex-original', html))];
    };
    expect(await head('en')).toEqual(['Annex', '[Original: French]']);
    expect(await head('fr')).toEqual(['Annexe', '[Original\u00A0: français]']);
    expect(await head('ru')).toEqual(['Приложение', '[Подлинный текст на французском языке]']);
    expect(await head('zh')).toEqual(['附件', '[原件：法文]']);
    expect(await head('ar')).toEqual(['المرفق', '[الأصل: بالفرنسية]']);
  });

  it('cites an annex paragraph as "annex I, para. 2" in each language', async () => {
    const cite = async (lang: LanguageCode) => text(select('a.cross-reference', (await processMarkdown(TWO, lang)).html));
    expect(await cite('en')).toBe('annex I, para. 2');
    expect(await cite('fr')).toBe('annexe I, par. 2');
    expect(await cite('es')).toBe('anexo I, párr. 2');
    expect(await cite('ru')).toBe('приложение I, п. 2');
    expect(await cite('zh')).toBe('附件一第 2 段');
    expect(await cite('ar')).toBe('المرفق الأول، الفقرة 2');
  });

  it('cites a paragraph of the same annex as a plain paragraph', async () => {
    const { html } = await processMarkdown('Main.\n\n::annex[A]\n\nOne. {#one}\n\nSee :ref[one].\n');
    expect(text(select('a.cross-reference', html))).toBe('para. 1');
    expect(select('a.cross-reference', html)!.properties.href).toBe('#annex-1-para-1');
  });

  it('runs footnote numbers on through the annexes', async () => {
    const { html } = await processMarkdown('Main.[^a]\n\n::annex[A]\n\nAnnex.[^b]\n\n[^a]: One.\n[^b]: Two.\n');
    expect(select('#annex-1-para-1 a[role="doc-noteref"]', html)!.properties.href).toBe('#fn-2');
  });
});
