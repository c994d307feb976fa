/**
 * What a build does with staleness: every stale or missing unit of a tracked document is a
 * warning naming file, line and unit (an error in a release build), and the unit is marked in
 * the edition's pages (`data-translation="stale"`), so stale text is never passed off as
 * translated.
 */
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { problem, type Diagnostic } from '../diagnostics.ts';
import { LANGUAGES } from '../languages/index.ts';
import type { ProcessedEdition } from '../process.ts';
import type { TranslationDocument } from './project.ts';
import type { EditionStatus } from './status.ts';

const RULES = { stale: 'translation/stale', missing: 'translation/missing' } as const;

export function isTranslationState(diagnostic: Diagnostic): boolean {
  return diagnostic.rule === RULES.stale || diagnostic.rule === RULES.missing;
}

export function translationDiagnostics(document: TranslationDocument, status: EditionStatus[], release: boolean): Diagnostic[] {
  const original = LANGUAGES[document.original].englishName;
  const found: Diagnostic[] = [];
  for (const edition of status) {
    if (!edition.tracked) continue;
    for (const unit of edition.units) {
      if (unit.state === 'current') continue;
      const para = /^para-(\d+)$/.exec(unit.id)?.[1];
      const sync = `hexapla sync --doc ${document.id} --lang ${edition.lang} --para ${para ?? unit.id}`;
      found.push(
        unit.state === 'stale'
          ? problem(RULES.stale, `${unit.id} is stale in ${edition.lang}: the ${original} original changed since it was translated`, { file: unit.file, line: unit.line }, `see the change with hexapla status --diff --doc ${document.id} --lang ${edition.lang}; translate it, then ${sync}`, release ? 'error' : 'warning')
          : problem(RULES.missing, `${unit.id} of the ${original} original is missing from ${edition.file}`, { file: unit.file, line: unit.line }, `translate it into ${edition.file} (or export it with hexapla xliff export --doc ${document.id} --lang ${edition.lang})`, release ? 'error' : 'warning'),
      );
    }
  }
  return found;
}

/** Marks the nodes of stale units (a stale table cell marks its table) for the pages' styles. */
export function markUntranslatedUnits(processed: ProcessedEdition[], status: EditionStatus[]): void {
  for (const edition of status) {
    if (!edition.tracked) continue;
    const stale = new Set(edition.units.filter((u) => u.state === 'stale').map((u) => u.id.replace(/-(r\d+-c\d+|title|note-[a-z]+)$/, '')));
    if (stale.size === 0) continue;
    const tree = processed.find((p) => p.edition.lang === edition.lang)?.tree;
    if (!tree) continue;
    visit(tree, (node: Node) => {
      const data = node.data as { unit?: string; hProperties?: Record<string, unknown> } | undefined;
      if (data?.unit && stale.has(data.unit)) data.hProperties = { ...data.hProperties, dataTranslation: 'stale' };
    });
  }
}
