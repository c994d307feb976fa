/**
 * The accepted Markdown: each construct outside the README's syntax table is refused at its
 * line, with its rule and a hint, and never silently dropped.
 */
import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { select } from 'hast-util-select';
import type { Diagnostic } from '../../scripts/diagnostics.ts';
import { processMarkdown } from '../helpers.ts';

/** The errors of one edition whose body is `body` (front matter takes lines 1–3). */
async function errorsOf(body: string, files: string[] = []): Promise<Diagnostic[]> {
  const processed = await processMarkdown(body, 'en', 'content/doc/en.md', { allowErrors: true, files });
  return processed.diagnostics.filter((d) => d.severity === 'error');
}

const REFUSED: [string, string, string, number, RegExp][] = [
  ['raw HTML in a paragraph', 'See <b>resolution 74/32</b>.\n', 'markdown/raw-html', 4, /Markdown/],
  ['a raw HTML block', '<div>Secret words</div>\n', 'markdown/raw-html', 4, /Markdown/],
  ['an HTML comment', 'One.\n\n<!-- hidden -->\n', 'markdown/raw-html', 6, /remove/],
  ['a code block', '```\ncode\n```\n', 'markdown/code', 4, /:nolink/],
  ['inline code', 'Text `code` here.\n', 'markdown/code', 4, /:nolink/],
  ['a horizontal rule', 'One.\n\n---\n\nTwo.\n', 'markdown/thematic-break', 6, /::annex/],
  ['struck-through text', 'Text ~~gone~~ here.\n', 'markdown/strikethrough', 4, /plain text/],
  ['a bulleted list', 'Chapeau:\n\n- one\n- two\n', 'markdown/bullet-list', 6, /ordered list/],
  ['a task list', 'Chapeau:\n\n1. [ ] one\n', 'markdown/task-list', 6, /ordered list/],
  ['a fifth-level heading', '##### Deep\n', 'markdown/heading-depth', 4, /four heading levels/],
  ['an unknown text directive', 'Text :foo[secret words] here.\n', 'markdown/unknown-directive', 4, /:term/],
  ['an unknown block directive', ':::warning\nSecret words.\n:::\n', 'markdown/unknown-directive', 4, /:::table/],
  ['an unknown line directive', '::toc\n', 'markdown/unknown-directive', 4, /::annex/],
  ['an unknown directive attribute', 'The :term[npt]{lang=fr}.\n', 'markdown/directive-attribute', 4, /no attributes/],
  ['an unused link definition', 'One.\n\n[unused]: https://example.org\n', 'markdown/unused-definition', 6, /\[text\]\[unused\]/],
  ['a note that is never called', 'One.\n\n[^n]: Lost words.\n', 'footnote/unused', 6, /\[\^n\]/],
  ['a call of a note that does not exist', 'One.[^missing]\n', 'footnote/missing', 4, /\[\^missing\]:/],
  ['a javascript: link', '[here](javascript:alert(document.domain))\n', 'link/refused', 4, /https/],
  ['a JavaScript: link in mixed case', '[here](JaVaScRiPt:alert(1))\n', 'link/refused', 4, /https/],
  ['a data: link', '[here](data:text/html;base64,PHNjcmlwdD4=)\n', 'link/refused', 4, /https/],
  ['a file: link', '[here](file:///etc/passwd)\n', 'link/refused', 4, /https/],
  ['a link with an encoded tab in its scheme', '[here](java&#9;script:alert(1))\n', 'link/refused', 4, /https/],
  ['a protocol-relative link', '[here](//evil.example/x)\n', 'link/refused', 4, /https/],
  ['a link climbing out of the document', '[here](../secret.pdf)\n', 'link/refused', 4, /file in the document/],
  ['a link to a file that is not there', '[here](annex.pdf)\n', 'link/missing-file', 4, /document's folder/],
  ['a link to a fragment that is not in the edition', 'See [there](#para-9).\n', 'link/unknown-fragment', 4, /:ref/],
  ['a remote image', '![map](https://example.org/map.png)\n', 'image/remote', 4, /folder/],
  ['an image outside the document', '![map](../map.png)\n', 'image/refused', 4, /folder/],
  ['an image that is not there', '![map](map.png)\n', 'image/missing', 4, /folder/],
  ['a file that is not an image', '![map](notes.txt)\n', 'image/format', 4, /PNG/],
  ['a reference to an unknown label', 'See :ref[nowhere].\n', 'ref/unknown-label', 4, /\{#nowhere\}/],
  ['an unknown glossary term', 'The :term[nothing].\n', 'glossary/unknown-term', 4, /glossary\.json/],
  ['a symbol directive without a symbol', 'The :symbol[text].\n', 'symbol/attribute', 4, /s=/],
  ['a preamble outside a resolution', ':::preamble\nRecalling,\n:::\n', 'structure/preamble', 4, /resolution/],
  ['a table block without a table', ':::table[Title]\nNo table.\n:::\n', 'table/shape', 4, /exactly one pipe table/],
  ['an annex in no UN language', '::annex[Title]{original=de}\n\nText.\n', 'annex/original', 4, /original=/],
];

describe('refused constructs', () => {
  it.each(REFUSED)('refuses %s, at its line, with a hint', async (_name, body, rule, line, hint) => {
    const errors = await errorsOf(body, ['notes.txt']);
    const error = errors.find((e) => e.rule === rule);
    expect(error, JSON.stringify(errors)).toBeDefined();
    expect(error!.location).toMatchObject({ file: 'content/doc/en.md', line });
    expect(error!.hint).toMatch(hint);
  });
});

describe('what stays accepted', () => {
  it('keeps "Note:Important" and "mailto:a" as the text they are (a colon before a word is not a directive)', async () => {
    const { html, diagnostics } = await processMarkdown('Note:Important text, write to mailto:info and ratio 3:1.\n', 'en', 'content/doc/en.md', { allowErrors: true });
    expect(diagnostics).toEqual([]);
    expect(toString(select('#para-1', html)!).replace(/\u00AD/g, '')).toBe('1.Note:Important text, write to mailto:info and ratio 3:1.');
  });

  it('links bare URLs without the citation linker reading them', async () => {
    const { bodyHtml } = await processMarkdown('See https://undocs.org/A/RES/74/32 and resolution 75/45.\n');
    expect(bodyHtml).toContain('<a href="https://undocs.org/A/RES/74/32">https://undocs.org/A/RES/74/32</a>');
    expect(bodyHtml).toMatch(/<a href="https:\/\/undocs\.org\/en\/A\/RES\/75\/45" class="symbol"[^>]*>75\/45<\/a>/);
  });

  it('resolves reference-style links, under the same URL policy', async () => {
    const { bodyHtml } = await processMarkdown('See [the site][un].\n\n[un]: https://www.un.org\n');
    expect(bodyHtml).toContain('<a href="https://www.un.org">the site</a>');
    expect((await errorsOf('See [it][x].\n\n[x]: javascript:alert(1)\n')).map((e) => e.rule)).toEqual(['link/refused']);
  });

  it('publishes a local image and a local file under media/, and links to fragments that exist', async () => {
    const { bodyHtml, media } = await processMarkdown('One. {#one}\n\n![A map](figures/map.png) and [the annex](files/annex.pdf), see [above](#para-1).\n', 'en', 'content/doc/en.md', {
      files: ['figures/map.png', 'files/annex.pdf'],
    });
    expect(bodyHtml).toContain('<img src="media/figures/map.png" alt="A map">');
    expect(bodyHtml).toContain('<a href="media/files/annex.pdf">the annex</a>');
    expect(bodyHtml).toContain('<a href="#para-1">above</a>');
    expect(media.sort()).toEqual(['figures/map.png', 'files/annex.pdf']);
  });

  it('reports every problem of an edition at once', async () => {
    const errors = await errorsOf('One <b>x</b>.\n\nTwo :foo[y].\n\nThree [z](javascript:x).\n');
    expect(errors.map((e) => [e.rule, e.location?.line])).toEqual([
      ['markdown/raw-html', 4],
      ['markdown/raw-html', 4],
      ['markdown/unknown-directive', 6],
      ['link/refused', 8],
    ]);
  });
});
