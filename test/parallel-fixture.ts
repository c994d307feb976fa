/**
 * The parallel edition's test input: the resolution sample with one stale unit (es pp-1), one
 * missing unit (ru para-2) and one QA finding (fr pp-2), whatever the sample's record says.
 */
import type { QaFinding } from '../scripts/check/qa/finding.ts';
import type { ParallelInput } from '../scripts/render/parallel.ts';
import type { TranslationProject } from '../scripts/translation/project.ts';
import { translationStatus } from '../scripts/translation/status.ts';

/** The resolution with a stale unit (es pp-1), a missing one (ru para-2) and a finding (fr pp-2). */
export function markedResolution(project: TranslationProject): ParallelInput {
  const document = project.documents.find((d) => d.id === 'a-res-80-212')!;
  const editions = document.editions.map((edition) => {
    if (edition.lang !== 'ru') return edition;
    const byId = new Map(edition.byId);
    byId.delete('para-2');
    return { ...edition, units: edition.units.filter((u) => u.id !== 'para-2'), byId };
  });
  const changed = { ...document, editions };
  // Whatever the translation records say today: every unit current but those two.
  const status = translationStatus(changed).map((s) => {
    const units = s.units.map((u) => ({ ...u, state: u.state === 'missing' ? u.state : s.lang === 'es' && u.id === 'pp-1' ? ('stale' as const) : ('current' as const) }));
    const counts = { current: 0, stale: 0, missing: 0 };
    for (const unit of units) counts[unit.state]++;
    return { ...s, units, counts };
  });
  const findings: QaFinding[] = [
    { severity: 'warning', rule: 'qa/symbols', message: 'The symbol A/RES/76/268 of the original is not in this unit.', unit: 'pp-2', lang: 'fr' },
  ];
  return { document: changed, status, findings, locales: project.locales! };
}
