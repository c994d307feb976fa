/**
 * `hexapla check`: the quality checks across editions (scripts/check/qa/) on every document, or
 * those asked for, as `file:line: message [rule] (unit)` lines with their hints and a summary, or
 * as a JSON array. False (exit status 1) when anything was found.
 */
import type { LanguageCode } from '../languages/index.ts';
import { qaFindings, type QaFinding } from '../check/qa/index.ts';
import { loadTranslationProject } from '../translation/project.ts';

export interface CheckCommandOptions {
  root: string;
  documents?: string[];
  languages?: LanguageCode[];
  json: boolean;
  stdout: NodeJS.WritableStream;
}

/** One finding as the command prints it: where, what, which rule, which unit; the hint below. */
export function formatFinding(finding: QaFinding): string {
  const { location } = finding;
  const where = location ? `${location.file}${location.line ? `:${location.line}` : ''}: ` : '';
  return `${where}${finding.message} [${finding.rule}] (${finding.unit})${finding.hint ? `\n  → ${finding.hint}` : ''}`;
}

export async function runCheckCommand(options: CheckCommandOptions): Promise<boolean> {
  const project = await loadTranslationProject(options.root, { documents: options.documents });
  const results = project.documents.map((document) => ({ document, findings: qaFindings(document, { languages: options.languages }) }));
  const total = results.reduce((sum, result) => sum + result.findings.length, 0);

  if (options.json) {
    const list = results.flatMap(({ document, findings }) => findings.map((finding) => ({ document: document.id, ...finding })));
    options.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return total === 0;
  }

  for (const { findings } of results) for (const finding of findings) options.stdout.write(`${formatFinding(finding)}\n`);
  const editions = results.reduce((sum, { document }) => sum + document.editions.filter((edition) => !options.languages || options.languages.includes(edition.lang)).length, 0);
  const checked = `${results.length} ${results.length === 1 ? 'document' : 'documents'}, ${editions} ${editions === 1 ? 'edition' : 'editions'}`;
  if (total === 0) {
    options.stdout.write(`no findings (${checked})\n`);
    return true;
  }
  const byRule = new Map<string, number>();
  for (const { findings } of results) for (const finding of findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
  const rules = [...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ');
  const units = new Set(results.flatMap(({ document, findings }) => findings.map((finding) => `${document.id}|${finding.lang}|${finding.unit}`))).size;
  options.stdout.write(`${total} ${total === 1 ? 'finding' : 'findings'} in ${units} ${units === 1 ? 'unit' : 'units'} (${checked}): ${rules}\n`);
  return false;
}
