/**
 * A finding of the cross-edition quality checks (`hexapla check`): a diagnostic tied to one unit
 * of one edition. The build reports them as warnings; the parallel edition highlights them.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import type { LanguageCode } from '../../languages/index.ts';

export interface QaFinding extends Diagnostic {
  /** The unit id (para-12, fn-3, table-1-r2-c3 …). */
  unit: string;
  lang: LanguageCode;
}
