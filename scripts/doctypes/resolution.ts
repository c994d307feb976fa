/**
 * Resolutions and decisions: the organ line ("The General Assembly,"), preambular paragraphs
 * (unnumbered, in `:::preamble`), numbered operative paragraphs (a lone one unnumbered), a
 * repeated note call is a new note, and the meeting and date close the text. The title carries
 * the resolution's number ("76/34. Title"); a Security Council resolution is titled by its number.
 */
import { LANGUAGES } from '../languages/index.ts';
import { countIn } from '../transform/labels.ts';
import { isDraft } from '../validate/metadata.ts';
import { standardAnnexLabel, type DocumentTypeRules, type TypeContext } from './rules.ts';

/** "76/34" from A/RES/76/34, "2231 (2015)" from S/RES/2231 (2015); undefined for drafts. */
export function resolutionNumber(symbol: string): string | undefined {
  const match = /\/(?:RES|DEC)\/(.+?)\*?$/.exec(symbol);
  return match?.[1];
}

function title(context: TypeContext): string {
  const { meta, edition, locale } = context;
  const number = isDraft(meta.symbol) ? undefined : resolutionNumber(meta.symbol);
  if (meta.organ === 'security-council' && number) return locale.t('resolution.councilTitle', { number });
  return number ? locale.t('resolution.numberedTitle', { number, title: edition.meta.title }) : edition.meta.title;
}

function actOf(type: 'resolution' | 'decision'): DocumentTypeRules {
  return {
    type,
    paragraphs: 'resolution',
    annexParagraphs: 'numbered',
    repeatedNoteCalls: 'repeat',
    headPartial: 'head-resolution',
    closingPartial: 'closing-resolution',
    title,
    annexLabel: (context, index, total) => standardAnnexLabel(context, index, total, (n) => countIn(LANGUAGES[context.lang].numbering.annexes, n)),
  };
}

export const resolution = actOf('resolution');
export const decision = actOf('decision');
