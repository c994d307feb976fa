/**
 * Puts translated unit texts into an edition file's text: only each unit's text ranges change,
 * everything around them (front matter layout, blank lines, list markers, directives, table
 * pipes) stays byte for byte. A unit of several paragraphs (a note, a table's source) takes its
 * target split at blank lines, one part per range. Targets that would break the file's syntax
 * are refused: a line end or unescaped `|` in a table cell, a blank line in a one-paragraph unit,
 * a front-matter title YAML would not read back.
 */
import { parse } from 'yaml';
import { problem, type Diagnostic } from '../../diagnostics.ts';
import type { TranslationUnit } from '../units.ts';

export interface Replacement {
  unit: TranslationUnit;
  markdown: string;
}

/** The new file text, or the problems that stop it (each naming its unit). */
export function applyTargets(text: string, replacements: Replacement[], file: string, xliffFile: string): { text: string; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const edits: { start: number; end: number; value: string }[] = [];
  for (const { unit, markdown } of replacements) {
    const report = (rule: string, message: string, hint: string) => problems.push(problem(rule, `unit ${unit.id}: ${message}`, { file: xliffFile }, hint));
    const parts = unit.ranges.length > 1 ? markdown.split(/\n[ \t]*\n\s*/) : [markdown];
    if (unit.ranges.length === 1 && /\n[ \t]*\n/.test(markdown)) {
      report('xliff/blank-line', `the target has a blank line, but the unit is one paragraph (${file}:${unit.line})`, 'join the target into one paragraph: a blank line would start a new paragraph and change the numbering');
      continue;
    }
    if (parts.length !== unit.ranges.length) {
      report('xliff/paragraph-count', `the target has ${parts.length} paragraph(s) where the unit has ${unit.ranges.length} (${file}:${unit.line})`, 'separate the paragraphs of the target by one blank line each, as in the source');
      continue;
    }
    if (unit.kind === 'cell' && (/\n/.test(markdown) || /(^|[^\\])\|/.test(markdown))) {
      report('xliff/table-cell', `a table cell's target cannot hold ${/\n/.test(markdown) ? 'a line end' : 'an unescaped |'} (${file}:${unit.line})`, 'keep the cell on one line, and write a | inside it as \\|');
      continue;
    }
    if ((unit.kind === 'title' || unit.kind === 'subtitle' || unit.kind === 'annex-title' || unit.kind === 'table-title') && /\n/.test(markdown)) {
      report('xliff/line-end', `a ${unit.kind} is one line; the target has a line end (${file}:${unit.line})`, 'write the target on one line');
      continue;
    }
    unit.ranges.forEach((range, index) => {
      // Lines in a block quote start with its marker again.
      let value = unit.linePrefix ? parts[index]!.replace(/\n/g, `\n${unit.linePrefix}`) : parts[index]!;
      let { start, end } = range;
      if (unit.kind === 'title' || unit.kind === 'subtitle') {
        const fitted = frontMatterValue(text, start, end, value);
        if (fitted === undefined) {
          report('xliff/front-matter', `the target cannot stand in the quoted ${unit.kind}: line of the front matter: ${JSON.stringify(value)}`, 'remove or escape the quote character in the target as YAML needs it (\\" inside "…", \'\' inside \'…\')');
          return;
        }
        ({ start, end, value } = fitted);
      }
      edits.push({ start, end, value });
    });
  }
  edits.sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.value + result.slice(edit.end);
  return { text: result, problems };
}

/**
 * A front-matter value that YAML reads back as the target: as written when it does; a plain
 * value YAML would misread is written double-quoted; a quoted one that would break is refused.
 */
function frontMatterValue(text: string, start: number, end: number, value: string): { start: number; end: number; value: string } | undefined {
  const quote = text[start - 1] === '"' || text[start - 1] === "'" ? text[start - 1]! : '';
  const reads = (written: string) => {
    try {
      return (parse(`value: ${written}`) as { value?: unknown } | null)?.value;
    } catch {
      return undefined;
    }
  };
  if (quote) {
    const read = reads(`${quote}${value}${quote}`);
    return typeof read === 'string' ? { start, end, value } : undefined;
  }
  if (reads(value) === value) return { start, end, value };
  return { start, end, value: JSON.stringify(value) };
}
