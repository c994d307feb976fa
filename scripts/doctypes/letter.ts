/**
 * Letters from Member States: the title "Letter dated … from … addressed to …" is built from
 * document.yml in each language; paragraphs are unnumbered; a `:::signature` block closes the
 * letter; its annex is headed "Annex to the letter dated …".
 */
import { LANGUAGES } from '../languages/index.ts';
import { countIn } from '../transform/labels.ts';
import type { DocumentTypeRules, TypeContext } from './rules.ts';

function parts({ meta, date, term }: TypeContext) {
  const letter = meta.letter!;
  return { date: date(letter.date), sender: term(letter.sender), recipient: term(letter.recipient) };
}

export const letter: DocumentTypeRules = {
  type: 'letter',
  paragraphs: 'unnumbered',
  annexParagraphs: 'unnumbered',
  repeatedNoteCalls: 'reuse',
  headPartial: 'head-report',
  title: (context) => context.edition.meta.title || context.locale.t('letter.title', parts(context)),
  annexLabel: (context, index, total) => {
    const heading = context.locale.t('letter.annexTitle', parts(context));
    return total > 1 ? `${context.locale.t('annex.numbered', { number: countIn(LANGUAGES[context.lang].numbering.annexes, index) })}\u2002${heading}` : heading;
  },
};
