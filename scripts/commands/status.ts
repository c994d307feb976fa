/**
 * `hexapla status`: per document and translated edition, how many units are current, stale or
 * missing, and which (by unit id and line); `--diff` shows what changed in the original since
 * each stale unit was translated; `--check` makes anything stale or missing an exit status 1.
 */
import { UN_LANGUAGES, type LanguageCode } from '../languages/index.ts';
import { loadTranslationProject } from '../translation/project.ts';
import { originalChange, translationStatus, type EditionStatus } from '../translation/status.ts';

export interface StatusCommandOptions {
  root: string;
  documents?: string[];
  languages?: LanguageCode[];
  diff: boolean;
  json: boolean;
  check: boolean;
  stdout: NodeJS.WritableStream;
}

export async function runStatusCommand(options: StatusCommandOptions): Promise<boolean> {
  const project = await loadTranslationProject(options.root, { documents: options.documents });
  const out = (line = '') => options.stdout.write(`${line}\n`);
  const report: { document: string; original: LanguageCode; tracked: boolean; editions: (EditionStatus & { changes?: Record<string, string | undefined> })[] }[] = [];
  let behind = 0;
  for (const document of project.documents) {
    const editions = translationStatus(document).filter((edition) => !options.languages || options.languages.includes(edition.lang));
    for (const edition of editions) behind += edition.counts.stale + edition.counts.missing;
    // What changed in the original, per stale unit of each edition (--diff), worked out once.
    const changes = new Map(
      editions.map((edition) => [edition.lang, new Map(options.diff ? edition.units.filter((u) => u.state === 'stale').map((u) => [u.id, originalChange(document, u)] as const) : [])]),
    );
    report.push({
      document: document.id,
      original: document.original,
      tracked: document.record.exists,
      editions: editions.map((edition) =>
        options.diff ? { ...edition, changes: Object.fromEntries([...changes.get(edition.lang)!].map(([id, change]) => [id, change.diff])) } : edition,
      ),
    });
    if (options.json) continue;
    out(`${document.id} (original: ${document.original})${document.record.exists ? '' : ' — not tracked yet: run hexapla sync --doc ' + document.id + ' once its editions are reviewed'}`);
    // Languages without an edition are told, not counted: a document may be issued in fewer.
    const absent = UN_LANGUAGES.filter((lang) => !document.editions.some((e) => e.lang === lang) && (!options.languages || options.languages.includes(lang)));
    if (absent.length) out(`  no edition yet in ${absent.join(', ')} (start one with hexapla xliff export --doc ${document.id} --lang ${absent[0]})`);
    for (const edition of editions) {
      const { current, stale, missing } = edition.counts;
      out(`  ${edition.lang}  ${String(current).padStart(4)} current  ${String(stale).padStart(4)} stale  ${String(missing).padStart(4)} missing   ${edition.file}`);
      for (const unit of edition.units.filter((u) => u.state !== 'current')) {
        out(`      ${unit.state.padEnd(7)} ${unit.id}  (${unit.file}:${unit.line})`);
        const change = changes.get(edition.lang)!.get(unit.id);
        if (change) {
          out(change.diff === undefined ? `        original now: ${change.after}` : `        original: ${change.diff}`);
        }
      }
    }
  }
  if (options.json) out(JSON.stringify(report, null, 2));
  else if (options.check && behind > 0) out(`${behind} unit${behind === 1 ? '' : 's'} stale or missing`);
  return !options.check || behind === 0;
}
