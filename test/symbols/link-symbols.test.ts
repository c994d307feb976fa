import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { Link, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { HexaplaError } from '../../scripts/diagnostics.ts';
import { UN_LANGUAGES } from '../../scripts/languages/index.ts';
import { remarkLinkSymbols } from '../../scripts/transform/link-symbols.ts';
import { linkMarkdown, symbolLinks, urlFor } from './helpers.ts';

function firstLink(tree: Root): Link {
  let found: Link | undefined;
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (!found && node.type === 'link') found = node as Link;
    for (const child of (node.children ?? []) as { type: string }[]) walk(child);
  };
  walk(tree);
  if (!found) throw new Error('no link');
  return found;
}

describe('remarkLinkSymbols', () => {
  it('makes a link with the resolver URL, class and data-symbol', () => {
    const link = firstLink(linkMarkdown('Security Council resolution 2231 (2015) endorsed it.', 'en'));
    expect(link).toEqual({
      type: 'link',
      url: 'https://undocs.org/ch/S/RES/2231(2015)',
      children: [{ type: 'text', value: '2231 (2015)' }],
      data: { hProperties: { className: ['symbol'], dataSymbol: 'S/RES/2231 (2015)' } },
    });
  });

  it('keeps the surrounding text and the reissue star as plain text', () => {
    const tree = linkMarkdown('Reissued as A/76/123*, see resolution 74/32.', 'en');
    expect(toString(tree)).toBe('Reissued as A/76/123*, see resolution 74/32.');
    expect(symbolLinks(tree)).toEqual([['A/76/123', 'A/76/123'], ['74/32', 'A/RES/74/32']]);
  });

  it('reads context across emphasis and strong', () => {
    expect(symbolLinks(linkMarkdown('*General Assembly* resolution 74/32', 'en'))).toEqual([['74/32', 'A/RES/74/32']]);
    expect(symbolLinks(linkMarkdown('the **Human Rights Council** resolution 46/1', 'en'))).toEqual([['46/1', 'A/HRC/RES/46/1']]);
    expect(symbolLinks(linkMarkdown('resolution *74/32*', 'en'))).toEqual([['74/32', 'A/RES/74/32']]);
  });

  it('links in headings, list items and block quotes', () => {
    const md = '# On resolution 74/32\n\n- resolution 75/45\n- item\n\n> decision 75/512\n';
    expect(symbolLinks(linkMarkdown(md, 'en'))).toEqual([
      ['74/32', 'A/RES/74/32'],
      ['75/45', 'A/RES/75/45'],
      ['75/512', 'A/DEC/75/512'],
    ]);
  });

  it('links in table cells', () => {
    const tree: Root = {
      type: 'root',
      children: [{
        type: 'table',
        children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'resolution 74/32' }] }] }],
      }],
    };
    remarkLinkSymbols({ lang: 'en', urlFor })(tree, new VFile());
    expect(symbolLinks(tree)).toEqual([['74/32', 'A/RES/74/32']]);
  });

  it('merges adjacent text nodes so a citation split across them is found', () => {
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: 'General Assembly resolution 7' }, { type: 'text', value: '4/32 applies' }],
    };
    const tree: Root = { type: 'root', children: [paragraph] };
    remarkLinkSymbols({ lang: 'en', urlFor })(tree, new VFile());
    expect(symbolLinks(tree)).toEqual([['74/32', 'A/RES/74/32']]);
    expect(toString(tree)).toBe('General Assembly resolution 74/32 applies');
  });

  it('never links inside links, link references, inline code, code or HTML', () => {
    const md = [
      'See [resolution 74/32](https://example.org/x) and [resolution 75/45][r].',
      '',
      '[r]: https://example.org/r',
      '',
      'Inline `resolution 74/32` and <span>resolution 74/32</span>.',
      '',
      '```',
      'resolution 74/32 A/RES/74/32',
      '```',
      '',
      '<div>resolution 74/32</div>',
    ].join('\n');
    expect(symbolLinks(linkMarkdown(md, 'en'))).toEqual([]);
  });

  it('does not read a phrase across a code span', () => {
    expect(symbolLinks(linkMarkdown('resolution `x` 74/32', 'en'))).toEqual([]);
  });

  it('does not link numbers in URLs written as text', () => {
    expect(symbolLinks(linkMarkdown('resolution at https://undocs.org/A/RES/74/32 online', 'en'))).toEqual([]);
  });

  describe(':symbol directive', () => {
    it('forces a link to the given symbol with the label as text', () => {
      const tree = linkMarkdown('the :symbol[Iran agreement]{s="S/RES/2231 (2015)"} holds', 'en');
      expect(firstLink(tree)).toMatchObject({
        url: 'https://undocs.org/ch/S/RES/2231(2015)',
        children: [{ type: 'text', value: 'Iran agreement' }],
        data: { hProperties: { className: ['symbol'], dataSymbol: 'S/RES/2231 (2015)' } },
      });
      expect(toString(tree)).toBe('the Iran agreement holds');
    });

    it('uses the symbol as text when the label is empty, and normalises spacing', () => {
      expect(symbolLinks(linkMarkdown(':symbol[]{s="S/RES/2231(2015)"}', 'en'))).toEqual([['S/RES/2231 (2015)', 'S/RES/2231 (2015)']]);
    });

    it('does not also autolink its label', () => {
      expect(symbolLinks(linkMarkdown(':symbol[resolution 74/32]{s="A/RES/74/32"}', 'en'))).toEqual([['resolution 74/32', 'A/RES/74/32']]);
    });

    it('reports a missing `s` with file, line, rule and hint', () => {
      const md = 'First paragraph.\n\nSee :symbol[the resolution] here.';
      let error: unknown;
      try {
        linkMarkdown(md, 'en', 'content/doc/en.md');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(HexaplaError);
      const [diagnostic] = (error as HexaplaError).diagnostics;
      expect(diagnostic!.location).toEqual({ file: 'content/doc/en.md', line: 3, column: 5 });
      expect(diagnostic!.rule).toBe('symbol/attribute');
      expect(diagnostic!.hint).toMatch(/s=/);
      expect((error as HexaplaError).message).toMatch(/^error: content\/doc\/en\.md:3:5: /);
    });

    it('refuses an empty `s` and one that is not a symbol', () => {
      expect(() => linkMarkdown(':symbol[x]{s=""}', 'en')).toThrow(HexaplaError);
      expect(() => linkMarkdown(':symbol[x]{s="javascript:alert(1)"}', 'en')).toThrow(/not a document symbol/);
    });
  });

  describe(':nolink directive', () => {
    it('keeps its content as plain text and disappears', () => {
      const tree = linkMarkdown('Compare :nolink[resolution 74/32] with resolution 75/45.', 'en');
      expect(symbolLinks(tree)).toEqual([['75/45', 'A/RES/75/45']]);
      expect(toString(tree)).toBe('Compare resolution 74/32 with resolution 75/45.');
      expect(JSON.stringify(tree)).not.toContain('textDirective');
    });

    it('breaks a phrase: a keyword inside does not reach a number outside', () => {
      expect(symbolLinks(linkMarkdown(':nolink[resolution] 74/32', 'en'))).toEqual([]);
    });
  });

  it('leaves other directives alone', () => {
    const tree = linkMarkdown('The :term[resolution 74/32] and :ref[para-3]{x=1}.', 'en');
    expect(symbolLinks(tree)).toEqual([]);
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.children.filter((c) => c.type === 'textDirective').map((c) => (c as { name: string }).name)).toEqual(['term', 'ref']);
  });
});

describe('the NPT/CONF.2020/WP.20 sample', () => {
  const dir = join(import.meta.dirname, '../../content/npt-conf-2020-wp-20');
  const NINE = ['A/RES/68/32', 'A/RES/70/34', 'A/RES/71/71', 'A/RES/72/251', 'A/RES/73/40', 'A/RES/74/54', 'A/RES/69/58', 'A/RES/74/32', 'A/RES/75/45'];
  /** 1-based paragraph number → symbols linked in it, as the published Chinese edition has them. */
  const BY_PARAGRAPH: Record<number, string[]> = { 16: NINE.slice(0, 7), 26: ['A/RES/74/32'], 41: ['A/RES/75/45'] };

  function paragraphsOf(lang: string): Paragraph[] {
    const body = matter(readFileSync(join(dir, `${lang}.md`), 'utf8')).content;
    return linkMarkdown(body, lang as 'en').children.filter((n): n is Paragraph => n.type === 'paragraph');
  }

  it('zh gives exactly the nine symbols, with the undocs.org/ch URLs', () => {
    const body = matter(readFileSync(join(dir, 'zh.md'), 'utf8')).content;
    const links = symbolLinks(linkMarkdown(body, 'zh'));
    expect(links.map(([, symbol]) => symbol)).toEqual(NINE);
    expect(firstLink(linkMarkdown(body, 'zh')).url).toBe('https://undocs.org/ch/A/RES/68/32');
  });

  for (const lang of UN_LANGUAGES) {
    it.skipIf(!existsSync(join(dir, `${lang}.md`)))(`${lang}: every resolution number linked, same symbols per paragraph as zh`, () => {
      const paragraphs = paragraphsOf(lang);
      const byParagraph: Record<number, string[]> = {};
      paragraphs.forEach((p, i) => {
        const symbols = symbolLinks({ type: 'root', children: [p] }).map(([, s]) => s);
        if (symbols.length > 0) byParagraph[i + 1] = symbols;
        // Every session/number in the text is inside a link.
        const numbers = toString(p).match(/\b\d{2}\/\d{1,3}\b/g) ?? [];
        expect(symbols.length, `${lang} paragraph ${i + 1}`).toBe(numbers.length);
      });
      expect(byParagraph).toEqual(BY_PARAGRAPH);
    });
  }
});
