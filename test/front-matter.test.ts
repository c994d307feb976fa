import { describe, expect, it } from 'vitest';
import { HexaplaError, type Diagnostic } from '../scripts/diagnostics.ts';
import { validateDocumentMeta, validateEdition } from '../scripts/validate/metadata.ts';

const GOOD_META = `symbol: A/76/123
jobNumber: 21-17096
distribution: general
date: 2021-12-13
original: en
body: general-assembly
`;

/** The first problem found, with `format()` as the CLI prints it without the severity. */
function firstProblem(work: () => unknown): Diagnostic & { format(): string; all: Diagnostic[] } {
  try {
    work();
  } catch (error) {
    if (!(error instanceof HexaplaError)) throw error;
    const first = error.diagnostics[0]!;
    return { ...first, all: error.diagnostics, format: () => error.message.split('\n')[0]!.replace(/^error: /, '') };
  }
  throw new Error('expected an error');
}
const metaError = (text: string) => firstProblem(() => validateDocumentMeta({ file: 'content/doc/document.yml', text }));
const editionError = (text: string) => firstProblem(() => validateEdition({ lang: 'fr', file: 'content/doc/fr.md', text }));

describe('document metadata (document.yml)', () => {
  it('accepts the shared fields', () => {
    expect(validateDocumentMeta({ file: 'd.yml', text: GOOD_META })).toMatchObject({ symbol: 'A/76/123', date: '2021-12-13', original: 'en' });
  });

  it('names the field and line of a malformed value, with a hint', () => {
    const error = metaError(GOOD_META.replace('date: 2021-12-13', 'date: 13/12/2021'));
    expect(error.format()).toMatch(/^content\/doc\/document\.yml:4: field "date" in the document metadata: expected a date written YYYY-MM-DD/);
    expect(error.hint).toMatch(/YYYY-MM-DD/);
  });

  it('rejects impossible dates and unknown languages', () => {
    expect(metaError(GOOD_META.replace('2021-12-13', '2021-02-30')).format()).toMatch(/:4: .*not a real calendar date/);
    expect(metaError(GOOD_META.replace('original: en', 'original: de')).format()).toMatch(/:5: field "original"/);
  });

  it('names a missing field', () => {
    const error = metaError(GOOD_META.replace('jobNumber: 21-17096\n', ''));
    expect(error.message).toBe('missing field "jobNumber" in the document metadata');
    expect(error.location?.file).toBe('content/doc/document.yml');
  });

  it('names an unknown field at its line', () => {
    const error = metaError(`${GOOD_META}colour: blue\n`);
    expect(error.format()).toMatch(/document\.yml:7: unknown field "colour"/);
    expect(error.hint).toMatch(/known fields: type, symbol, jobNumber/);
  });

  it('points into nested fields', () => {
    const error = metaError(`${GOOD_META}session:\n  place: new-york\n  start: 2022-01-28\n  end: 2022-01-04\n`);
    expect(error.format()).toMatch(/document\.yml:10: field "session.end" .*ends before it starts/);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(metaError('symbol: A/76/123\njobNumber: [21-17096\n').format()).toMatch(/document\.yml:\d+: YAML syntax error/);
  });

  it('reports every problem of the file at once', () => {
    const error = metaError(GOOD_META.replace('date: 2021-12-13', 'date: 13/12/2021').replace('original: en', 'original: de'));
    expect(error.all.map((d) => d.location?.line)).toEqual([4, 5]);
  });

  it('gives a draft limited distribution, and refuses a general one', () => {
    expect(validateDocumentMeta({ file: 'd.yml', text: GOOD_META.replace('A/76/123', 'A/76/L.12').replace('distribution: general\n', '') }).distribution).toBe('limited');
    expect(metaError(GOOD_META.replace('A/76/123', 'A/76/L.12')).format()).toMatch(/:3: field "distribution" .*limited distribution/);
  });

  it('asks a letter for its sender, recipient and date', () => {
    expect(metaError(`${GOOD_META}type: letter\n`).format()).toMatch(/field "letter" .*a letter needs letter/);
  });
});

describe('edition front matter', () => {
  it('reads title and subtitle and keeps body lines true to the file', () => {
    const edition = validateEdition({ lang: 'fr', file: 'fr.md', text: '---\ntitle: Désarmement\nsubtitle: Document de travail\n---\n\nTexte.\n' });
    expect(edition.meta).toEqual({ title: 'Désarmement', subtitle: 'Document de travail' });
    expect(edition.bodyLineOffset).toBe(4);
  });

  it('names a missing title', () => {
    const error = editionError('---\nsubtitle: Document de travail\n---\nTexte.\n');
    expect(error.format()).toMatch(/^content\/doc\/fr\.md:2: missing field "title" in the front matter/);
  });

  it('gives the file line of a bad field, counting the opening ---', () => {
    const error = editionError('---\ntitle: Désarmement\nsubtitle: 42\n---\nTexte.\n');
    expect(error.format()).toMatch(/^content\/doc\/fr\.md:3: field "subtitle"/);
  });

  it('asks for front matter when there is none', () => {
    expect(editionError('Texte.\n').format()).toMatch(/^content\/doc\/fr\.md:1: missing front matter/);
  });

  it('explains an unquoted colon in a title, at its line, with no stack', () => {
    const error = editionError('---\ntitle: Nuclear disarmament: a review\n---\nText.\n');
    expect(error.format()).toMatch(/^content\/doc\/fr\.md:2: YAML syntax error in the front matter/);
    expect(error.hint).toMatch(/quoted/);
  });

  it('names a front matter that is never closed', () => {
    expect(editionError('---\ntitle: Désarmement\n\nTexte.\n').format()).toMatch(/^content\/doc\/fr\.md:1: the front matter is not closed/);
  });
});
