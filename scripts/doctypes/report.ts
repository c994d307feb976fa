/** Reports, working papers and notes: numbered paragraphs, the title from the front matter. */
import { LANGUAGES } from '../languages/index.ts';
import { countIn } from '../transform/labels.ts';
import { standardAnnexLabel, type DocumentTypeRules } from './rules.ts';

function reportLike(type: 'report' | 'working-paper' | 'note'): DocumentTypeRules {
  return {
    type,
    paragraphs: 'numbered',
    annexParagraphs: 'numbered',
    repeatedNoteCalls: 'reuse',
    headPartial: 'head-report',
    title: ({ edition }) => edition.meta.title,
    annexLabel: (context, index, total) => standardAnnexLabel(context, index, total, (n) => countIn(LANGUAGES[context.lang].numbering.annexes, n)),
  };
}

export const report = reportLike('report');
export const workingPaper = reportLike('working-paper');
export const note = reportLike('note');
