/** The document types `type:` in document.yml may name, each with its rules. */
import type { DocumentType } from '../validate/metadata.ts';
import { letter } from './letter.ts';
import { note, report, workingPaper } from './report.ts';
import { decision, resolution } from './resolution.ts';
import type { DocumentTypeRules } from './rules.ts';

export type { DocumentTypeRules, TypeContext } from './rules.ts';

export const DOCUMENT_TYPE_RULES: Record<DocumentType, DocumentTypeRules> = {
  report,
  'working-paper': workingPaper,
  note,
  resolution,
  decision,
  letter,
};
