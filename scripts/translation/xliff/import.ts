/**
 * What importing an XLIFF file into a document means, without touching the disk: the file
 * checked against the document (its id, languages, unit ids, each unit's source hash against the
 * original as it is now, each target's codes), the targets turned into Markdown and put into the
 * edition's text (or, for a new edition, into a copy of the original's), and the record entries
 * the imported units get. Every problem found is reported at once; nothing is written when any.
 */
import { Diagnostics, fail, problem } from '../../diagnostics.ts';
import { isLanguageCode, type LanguageCode } from '../../languages/index.ts';
import { originalEdition, type EditionUnits, type TranslationDocument } from '../project.ts';
import { normalisedUnitText, unitHash, type TranslationUnit } from '../units.ts';
import { applyTargets, type Replacement } from './apply.ts';
import { piecesMarkdown } from './inline.ts';
import type { XliffFile } from './model.ts';
import { targetMarkdown } from './target.ts';

export interface ImportPlan {
  lang: LanguageCode;
  /** The target edition, when it exists already. */
  edition?: EditionUnits;
  /** The edition file's new text. */
  text: string;
  /** Imported units: id → hash of the original unit they were translated from, and that unit's text. */
  recorded: Map<string, { hash: string; sourceText: string }>;
  /** Imported units whose original changed since the export (--force). */
  stale: string[];
  unchanged: number;
}

/** The primary language subtag, lower case: `fr-FR` → `fr`. */
function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

export function checkLanguages(xliff: XliffFile, document: TranslationDocument, file: string): LanguageCode {
  const where = { file, line: xliff.line };
  const target = primaryLanguage(xliff.targetLang);
  const source = primaryLanguage(xliff.sourceLang);
  if (!isLanguageCode(target)) {
    throw fail('xliff/wrong-language', `the XLIFF file's target language is "${xliff.targetLang}", not one of the six (ar, zh, en, fr, ru, es)`, where, 'import the file hexapla xliff export wrote for this edition; do not change its languages in the CAT tool');
  }
  if (target === document.original || source !== document.original) {
    throw fail('xliff/wrong-language', `the XLIFF file goes from "${xliff.sourceLang}" to "${xliff.targetLang}", but ${document.id} is translated from ${document.original}`, where, `export the file again: hexapla xliff export --doc ${document.id} --lang <code>`);
  }
  return target;
}

export function planImport(xliff: XliffFile, document: TranslationDocument, file: string, force: boolean): ImportPlan {
  const lang = checkLanguages(xliff, document, file);
  const original = originalEdition(document);
  const edition = document.editions.find((e) => e.lang === lang);
  const diagnostics = new Diagnostics();
  const recorded = new Map<string, { hash: string; sourceText: string }>();
  const replacements: Replacement[] = [];
  const stale: string[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  for (const unit of xliff.units) {
    const where = { file, line: unit.line };
    const source = original.byId.get(unit.id);
    if (!source) {
      diagnostics.add(problem('xliff/unknown-unit', `unit "${unit.id}" is not a unit of ${document.id} (${original.file})`, where, 'the original lost this unit since the export, or the CAT tool changed its id: export the file again and move the translation over'));
      continue;
    }
    if (seen.has(unit.id)) {
      diagnostics.add(problem('xliff/duplicate-unit', `unit "${unit.id}" occurs twice in the file`, where, 'keep one of them: export the file again from the CAT tool'));
      continue;
    }
    seen.add(unit.id);
    if (!unit.target) continue;
    const markdown = diagnostics.capture(() => targetMarkdown(unit, file));
    if (markdown === undefined) continue;
    const hash = unit.sourceHash ?? unitHash(piecesMarkdown(unit.source));
    if (hash !== unitHash(source.text)) stale.push(unit.id);
    const place: TranslationUnit | undefined = edition ? edition.byId.get(unit.id) : source;
    if (!place) {
      diagnostics.add(problem('xliff/no-place', `unit ${unit.id} has no place in ${edition!.file}: the edition lacks it`, where, `give ${edition!.file} the structure of ${original.file} (the same paragraphs, sub-items, notes, cells), then import again`));
      continue;
    }
    if (edition && place.text === markdown) unchanged++;
    else recorded.set(unit.id, { hash, sourceText: hash === unitHash(source.text) ? normalisedUnitText(source.text) : normalisedUnitText(piecesMarkdown(unit.source)) });
    replacements.push({ unit: place, markdown });
  }
  if (stale.length && !force) {
    diagnostics.add(problem('xliff/stale-source', `the original changed since the export in unit${stale.length > 1 ? 's' : ''} ${stale.join(', ')}`, { file, line: xliff.line }, `export the file again (hexapla xliff export --doc ${document.id} --lang ${lang}) and translate the changes, or import with --force (those units are written and stay stale)`));
  }
  if (!edition) {
    const untranslated = original.units.filter((unit) => !replacements.some((r) => r.unit.id === unit.id)).map((unit) => unit.id);
    if (untranslated.length) {
      diagnostics.add(problem('xliff/incomplete', `there is no ${lang} edition yet, and the file has no translation for unit${untranslated.length > 1 ? 's' : ''} ${untranslated.join(', ')}`, { file, line: xliff.line }, `translate every unit to create the ${lang} edition from the XLIFF file`));
    }
  }
  diagnostics.throwIfErrors();
  const base = edition ?? original;
  const applied = applyTargets(base.text, replacements, edition?.file ?? original.file, file);
  diagnostics.add(...applied.problems);
  diagnostics.throwIfErrors();
  return { lang, edition, text: applied.text, recorded, stale, unchanged };
}
