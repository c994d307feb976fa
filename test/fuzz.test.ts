/**
 * Fuzzing (fast-check, fixed seeds so CI runs are repeatable): random Markdown and mutated
 * sample text through the edition pipeline, and random text through the citation linker. The
 * pipeline may refuse input (a HexaplaError with diagnostics) but never crash, never let an
 * unsafe link through, and never lose the text of an edition it accepts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HexaplaError } from '../scripts/diagnostics.ts';
import { UN_LANGUAGES, type LanguageCode } from '../scripts/languages/index.ts';
import { findCitations } from '../scripts/symbols/index.ts';
import { processMarkdown, ROOT, SOFT_HYPHEN } from './helpers.ts';

const SYNTAX = ['*', '**', '_', '[', ']', '(', ')', '!', '#', '> ', ':', '::', ':::', '{', '}', '{-}', '{#a}', '|', '^', '[^a]', '[^a]: ', '-', '1. ', '\n', '\n\n', ' ', '\t', '`', '<b>', '</b>', '\\', '&#106;', 'javascript:', 'https://x.org/', '../', ':term[npt]', ':ref[a]', ':symbol[x]{s="A/1/2"}', ':nolink[', '::annex[A]', ':::table[T]', ':::preamble', '|---|', '74/32', 'A/RES/', ' (2015)', 'resolution ', 'résolution ', '第 ', ' 号决议', 'قرار ', '، ', '大会', 'Ассамблеи '];
const WORDS = ['the', 'Group', 'recalls', 'Assemblée', 'resolución', 'резолюция', '集团', 'المجموعة', '12', '1995'];

const fragment = fc.oneof(fc.constantFrom(...SYNTAX), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }));
const markdown = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

/** Sample paragraphs with random edits: insert syntax, delete or duplicate a slice. */
const sampleLines = UN_LANGUAGES.flatMap((lang) =>
  readFileSync(path.join(ROOT, 'content', 'a-res-80-212', `${lang}.md`), 'utf8').split('\n').slice(4).filter(Boolean).map((line) => [lang, line] as [LanguageCode, string]),
);
const mutated = fc
  .tuple(fc.constantFrom(...sampleLines), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.constantFrom(...SYNTAX, '')), { maxLength: 5 }))
  .map(([[lang, line], edits]) => {
    let text = line;
    for (const [at, length, insert] of edits) {
      const start = at % (text.length + 1);
      text = text.slice(0, start) + insert + text.slice(start + (insert === '' ? length : 0));
    }
    return [lang, text] as const;
  });

async function survives(body: string, lang: LanguageCode): Promise<void> {
  let processed;
  try {
    processed = await processMarkdown(body, lang, 'fuzz.md', { allowErrors: true });
  } catch (error) {
    // Refusing input is fine (a nesting limit, say); anything else is a crash.
    if (error instanceof HexaplaError) return;
    throw error;
  }
  for (const diagnostic of processed.diagnostics) {
    expect(diagnostic.location?.file).toBe('fuzz.md');
    expect(diagnostic.hint?.length ?? 0).toBeGreaterThan(0);
  }
  // No script URL ever reaches the page, however it was spelled.
  expect(processed.bodyHtml).not.toMatch(/(href|src)="\s*(javascript|vbscript|data|file):/i);
  // Character references change the words they touch; they are tested on their own (hostile suite).
  if (processed.diagnostics.some((d) => d.severity === 'error') || body.includes('&#')) return;
  // Accepted: every word the author wrote is in the page.
  const rendered = processed.bodyHtml.replaceAll(SOFT_HYPHEN, '').replace(/<[^>]+>/g, '').replace(/&#x26;|&amp;/g, '&');
  // A label ({#name} closing a paragraph) is syntax, not text; character references are decoded.
  for (const word of body.replace(/\{#[A-Za-z][\w-]*\}[ \t]*$/gm, '').match(/[\p{L}\p{N}]{4,}/gu) ?? []) {
    if (/^(term|nolink|symbol|annex|table|preamble|javascript|https)$/.test(word)) continue;
    expect(rendered, `"${word}" from ${JSON.stringify(body)}`).toContain(word);
  }
}

describe('fuzzing', () => {
  it('random Markdown never crashes the pipeline, in any language', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, fc.constantFrom(...UN_LANGUAGES), (body, lang) => survives(body, lang)),
      { numRuns: 1500, seed: 20261127 },
    );
  }, 120_000);

  it('mutated sample text never crashes the pipeline', async () => {
    await fc.assert(fc.asyncProperty(mutated, ([lang, body]) => survives(body, lang)), { numRuns: 1500, seed: 20261127 });
  }, 120_000);

  it('the linker returns ordered, separate citations inside the text, for any text', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...SYNTAX, '/', ' and ', ', ', ' و ', '、', 'S/RES/', 'A/', '2231', '(XV)', 'decision '), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...UN_LANGUAGES), (input, lang) => {
        const citations = findCitations(input, lang);
        let end = 0;
        for (const citation of citations) {
          expect(citation.start).toBeGreaterThanOrEqual(end);
          expect(citation.end).toBeGreaterThan(citation.start);
          expect(citation.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(citation.start, citation.end)).toBe(citation.text);
          expect(citation.symbol).toMatch(/^[A-Z]/);
          end = citation.end;
        }
      }),
      { numRuns: 4000, seed: 42 },
    );
  });
});
