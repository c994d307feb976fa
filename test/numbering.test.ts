import { describe, expect, it } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { HexaplaError } from '../scripts/diagnostics.ts';
import { processMarkdown, SOFT_HYPHEN } from './helpers.ts';

const ids = (html: Parameters<typeof selectAll>[1], selector = '[id]') => selectAll(selector, html).map((e) => String(e.properties.id));

describe('paragraph numbering', () => {
  it('numbers top-level paragraphs in order, continuously across headings', async () => {
    const { html, outline } = await processMarkdown('First.\n\n# Part\n\nSecond.\n\n## Section\n\nThird.\n');
    expect(ids(html, 'p.para')).toEqual(['para-1', 'para-2', 'para-3']);
    expect(selectAll('p.para', html).map((p) => toString(p))).toEqual(['1.First.', '2.Second.', '3.Third.']);
    expect(outline.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(outline.paragraphs.map((p) => p.line)).toEqual([4, 8, 12]);
  });

  it('labels headings with the UN levels in each language', async () => {
    const md = '# Intro\n\n## Scope\n\nText.\n\n# Next\n\n## First\n\n## Second\n';
    expect(selectAll('.heading-number', (await processMarkdown(md, 'en')).html).map((e) => toString(e))).toEqual(['I.', 'A.', 'II.', 'A.', 'B.']);
    expect(selectAll('.heading-number', (await processMarkdown(md, 'zh')).html).map((e) => toString(e))).toEqual(['一.', 'A.', '二.', 'A.', 'B.']);
    expect(toString(select('.heading-number', (await processMarkdown(md, 'ar')).html)!)).toBe('أولا -');
  });

  it('leaves paragraphs marked {-}, block quotes and unnumbered headings out of the count', async () => {
    const { html } = await processMarkdown('{-} A chapeau.\n\nOne.\n\n> A quotation.\n\n# {-} Other matters\n\nTwo.\n');
    expect(ids(html, 'p.para:not(.unnumbered)')).toEqual(['para-1', 'para-2']);
    const chapeau = select('p.unnumbered', html)!;
    expect(toString(chapeau)).toBe('A chapeau.');
    expect(chapeau.properties.id).toBe('text-1');
    expect(toString(select('h2', html)!).replaceAll(SOFT_HYPHEN, '')).toBe('Other matters');
    expect(select('blockquote p[id]', html)).toBeUndefined();
  });

  it('makes ordered lists the sub-items (a), (b) … and (i), (ii) … of the paragraph before them', async () => {
    const md = 'The Assembly:\n\n1. Decides;\n2. Requests:\n   1. first;\n   2. second;\n3. Invites.\n\nNext paragraph.\n';
    const { html, outline } = await processMarkdown(md, 'en');
    expect(ids(html, 'li')).toEqual(['para-1-a', 'para-1-b', 'para-1-b-i', 'para-1-b-ii', 'para-1-c']);
    expect(selectAll('.subitem-label', html).map((e) => toString(e))).toEqual(['(a)', '(b)', '(i)', '(ii)', '(c)']);
    expect(outline.paragraphs[0]!.subItems).toEqual(['para-1-a', 'para-1-b', 'para-1-b-i', 'para-1-b-ii', 'para-1-c']);
    expect(outline.paragraphs[1]!.number).toBe(2);
  });

  it('gives sub-items after a heading or an unnumbered paragraph ids of their own (no duplicates)', async () => {
    const md = 'One:\n\n1. a;\n2. b.\n\n# Part\n\n1. x;\n2. y.\n\n{-} Chapeau:\n\n1. p;\n2. q.\n';
    const all = ids((await processMarkdown(md)).html, 'li');
    expect(all).toEqual(['para-1-a', 'para-1-b', 'section-1-a', 'section-1-b', 'text-1-a', 'text-1-b']);
    expect(new Set(all).size).toBe(all.length);
  });

  it('writes sub-item labels in each language\'s UN form', async () => {
    const md = 'Chapeau:\n\n1. one;\n2. two.\n';
    const labels = async (lang: 'fr' | 'es' | 'ar' | 'zh' | 'ru') => selectAll('.subitem-label', (await processMarkdown(md, lang)).html).map((e) => toString(e));
    expect(await labels('fr')).toEqual(['a)', 'b)']);
    expect(await labels('es')).toEqual(['a)', 'b)']);
    expect(await labels('ru')).toEqual(['a)', 'b)']);
    expect(await labels('zh')).toEqual(['(a)', '(b)']);
    expect(await labels('ar')).toEqual(['(أ)', '(ب)']);
  });

  it('fills cross-references with the number and the language\'s form, as links', async () => {
    const md = 'See :ref[goals] below.\n\nThe goals. {#goals}\n';
    const en = await processMarkdown(md, 'en');
    const link = select('a.cross-reference', en.html)!;
    expect(link.properties.href).toBe('#para-2');
    expect(toString(link)).toBe('para. 2');
    expect(toString(select('#para-2', en.html)!)).toBe('2.The goals.');
    expect(toString(select('a.cross-reference', (await processMarkdown(md, 'es')).html)!)).toBe('párr. 2');
    expect(toString(select('a.cross-reference', (await processMarkdown(md, 'zh')).html)!)).toBe('第 2 段');
    expect(toString(select('a.cross-reference', (await processMarkdown(md, 'ru')).html)!)).toBe('п. 2');
  });

  it('stops at a reference to an unknown label, naming file and line', async () => {
    const error = await processMarkdown('One.\n\nSee :ref[nowhere].\n', 'en', 'content/x/en.md').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HexaplaError);
    expect((error as HexaplaError).message).toMatch(/^error: content\/x\/en\.md:6:\d+: reference to unknown label "nowhere" \[ref\/unknown-label\]/);
  });

  it('rejects a label used twice', async () => {
    const error = await processMarkdown('One. {#a}\n\nTwo. {#a}\n').catch((e: unknown) => e);
    expect((error as HexaplaError).message).toMatch(/label "a" is used twice \(first on paragraph 1, line 4\)/);
  });
});
