/**
 * One edition through the middle of the pipeline: parse → accept → transform (glossary,
 * structure, footnotes, cross-references, citation links, typography, hyphenation) → structure
 * and outline as plain data. Pure: text in, data and diagnostics out; nothing is written.
 */
import type { BlockContent, Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { fromVFile, report, type Diagnostic } from './diagnostics.ts';
import type { DocumentTypeRules, TypeContext } from './doctypes/index.ts';
import { LANGUAGES } from './languages/index.ts';
import type { Locale } from './load/locales.ts';
import { parseMarkdown } from './parse/markdown.ts';
import type { DocumentStructure } from './structure/model.ts';
import { extractOutline, type Outline } from './structure/outline.ts';
import { remarkAccept } from './transform/accept.ts';
import { remarkCrossReferences } from './transform/cross-reference.ts';
import { remarkFootnotes, type NotesData } from './transform/footnotes.ts';
import { remarkGlossary } from './transform/glossary.ts';
import { remarkHyphenate } from './transform/hyphenate.ts';
import { countIn } from './transform/labels.ts';
import { remarkLinkSymbols } from './transform/link-symbols.ts';
import { remarkStructure } from './transform/structure.ts';
import { remarkTypography } from './transform/typography.ts';
import type { Edition } from './validate/metadata.ts';

export interface EditionInput {
  edition: Edition;
  locale: Locale;
  rules: DocumentTypeRules;
  /** For the parts of the type's wording that need the document's metadata (a letter's annex heading). */
  typeContext: TypeContext;
  urlFor: (symbol: string) => string;
  /** Files in the document's folder (relative paths): what images and file links may name. */
  documentFiles: ReadonlySet<string>;
  /** Notes the masthead makes (reissue, provisional agenda), marked *, **; mdast. */
  mastheadNotes?: { id: string; marker: string; children: BlockContent[] }[];
  /** Soft hyphens for print (default); tools that only read the text leave them out. */
  hyphenate?: boolean;
}

export interface ProcessedEdition {
  edition: Edition;
  tree: Root;
  structure: DocumentStructure;
  notes: NotesData;
  outline: Outline;
  /** Local files the edition shows or links to, relative to the document's folder. */
  media: string[];
  diagnostics: Diagnostic[];
}

export function processEdition(input: EditionInput): ProcessedEdition {
  const { edition, locale, rules } = input;
  const profile = LANGUAGES[edition.lang];
  const file = new VFile({ path: edition.file, value: edition.body });
  const countAnnex = (n: number) => countIn(profile.numbering.annexes, n);
  const processor = unified()
    .use(remarkAccept, { documentFiles: input.documentFiles })
    .use(remarkGlossary, { term: (key: string) => locale.term(key), lang: edition.lang, keys: () => locale.termKeys() })
    .use(remarkStructure, {
      numbering: profile.numbering,
      mode: rules.paragraphs,
      annexMode: rules.annexParagraphs,
      annexHeading: (index: number, total: number, original: string | undefined) => ({
        label: rules.annexLabel(input.typeContext, index, total),
        original: original && original in locale.layout.annex.original ? locale.t(`annex.original.${original}`) : undefined,
      }),
      tableLabel: (number: number) => locale.t('table.title', { number }),
      dir: profile.dir,
    })
    .use(remarkFootnotes, {
      repeatedCalls: rules.repeatedNoteCalls,
      callFormat: profile.numbering.footnote,
      heading: locale.t('notes.heading'),
      backLink: (marker: string) => locale.t('notes.backLink', { number: marker }),
      mastheadNotes: input.mastheadNotes ?? [],
    })
    .use(remarkCrossReferences, {
      cite: (target, fromAnnex) => {
        if (target.kind === 'table') return locale.t('crossReference.table', { number: target.number });
        if (target.annex === 0 || target.annex === fromAnnex) return locale.t('crossReference.paragraph', { number: target.number });
        const annexCount = file.data.structure?.annexCount ?? 1;
        const annex = locale.t('annex.reference', { number: annexCount > 1 ? countAnnex(target.annex) : '' }).trim();
        return locale.t('crossReference.annexParagraph', { annex, number: target.number });
      },
    })
    .use(remarkLinkSymbols, { lang: edition.lang, urlFor: input.urlFor })
    .use(() => checkFragments)
    .use(remarkTypography, { lang: edition.lang })
    .use(input.hyphenate === false ? [] : [[remarkHyphenate, { lang: edition.lang }]]);
  let tree = parseMarkdown(edition.body, edition.bodyLineOffset, edition.file);
  tree = processor.runSync(tree, file) as Root;
  const structure = file.data.structure ?? { units: [], labels: new Map(), annexCount: 0 };
  const notes = file.data.notes ?? { calls: [], notes: [] };
  return {
    edition,
    tree,
    structure,
    notes,
    outline: extractOutline(tree, structure, notes),
    media: [...(file.data.accept?.media ?? [])],
    diagnostics: fromVFile(file, edition.file),
  };
}

/** Links to `#fragment` must name something the edition has: a unit, a note, an annex. */
function checkFragments(_tree: Root, file: VFile): void {
  const ids = new Set<string>(['footnotes-heading']);
  for (const unit of file.data.structure?.units ?? []) ids.add(unit.id);
  for (const note of file.data.notes?.notes ?? []) ids.add(note.id);
  for (const { fragment, node } of file.data.accept?.fragments ?? []) {
    if (!ids.has(fragment)) {
      const examples = [...ids].filter((id) => id.startsWith('para-')).slice(0, 3).join(', ');
      report(file, node, 'link/unknown-fragment', `link to "#${fragment}", which is not in this edition`, `link to a paragraph, note or annex of the edition (e.g. ${examples || '#para-1'}), or write :ref[label] to cite a labelled paragraph`);
    }
  }
}
