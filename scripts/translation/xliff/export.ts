/**
 * The XLIFF model of one document's edition in one target language: a unit per unit of the
 * original, its source from the original edition, its target from the target edition where it
 * has the unit, its state from the translation record (current → translated, stale → needs
 * review, missing → no target) and the hash of the original unit it stands for.
 */
import type { LanguageCode } from '../../languages/index.ts';
import { originalEdition, type TranslationDocument } from '../project.ts';
import { translationStatus } from '../status.ts';
import { unitHash, withoutLinePrefixes } from '../units.ts';
import { codeIds, markdownPieces, matchTargetCodes } from './inline.ts';
import type { XliffExport, XliffUnit, XliffVersion } from './model.ts';

export function xliffExport(document: TranslationDocument, lang: LanguageCode, version: XliffVersion): XliffExport {
  const original = originalEdition(document);
  const edition = document.editions.find((e) => e.lang === lang);
  const status = new Map((translationStatus(document).find((s) => s.lang === lang)?.units ?? []).map((unit) => [unit.id, unit.state]));
  const units = original.units.map((sourceUnit): XliffUnit => {
    const source = markdownPieces(withoutLinePrefixes(sourceUnit.text));
    const unit: XliffUnit = { id: sourceUnit.id, line: 0, sourceHash: unitHash(sourceUnit.text), source, state: 'new' };
    const targetUnit = edition?.byId.get(sourceUnit.id);
    const state = status.get(sourceUnit.id) ?? 'missing';
    if (targetUnit && state !== 'missing') {
      unit.target = matchTargetCodes(source, markdownPieces(withoutLinePrefixes(targetUnit.text)));
      unit.state = state === 'current' ? 'translated' : 'needs-review';
      const sourceIds = codeIds(source).sort();
      const targetIds = codeIds(unit.target).sort();
      if (sourceIds.join(' ') !== targetIds.join(' ')) unit.targetCodes = codeIds(unit.target);
    }
    return unit;
  });
  return { version, document: document.id, sourceLang: document.original, targetLang: lang, units };
}
