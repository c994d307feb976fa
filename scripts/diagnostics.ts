/**
 * The one channel for problems. Every error and warning Hexapla reports is a `Diagnostic`: where
 * (file, line, column), which rule, what is wrong, and what to do. Stages collect them; a stage
 * that cannot go on throws a `HexaplaError` holding every diagnostic it found, so an author sees
 * all the errors of a document at once. Tree transforms report through the VFile (unified's own
 * channel) and `fromVFile` turns those messages into diagnostics.
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';

export type Severity = 'error' | 'warning';

export interface SourceLocation {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable id of the check, e.g. `markdown/raw-html`; lets CI and tests tell problems apart. */
  rule: string;
  message: string;
  /** What the author should do about it. */
  hint?: string;
  location?: SourceLocation;
}

export function problem(rule: string, message: string, location?: SourceLocation, hint?: string, severity: Severity = 'error'): Diagnostic {
  return { severity, rule, message, hint, location };
}

/** A failure the author can fix: carries one or more diagnostics, never shown with a stack trace. */
export class HexaplaError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic | Diagnostic[]) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'HexaplaError';
    this.diagnostics = list;
  }
}

/** Shorthand for the common case: one error. */
export function fail(rule: string, message: string, location?: SourceLocation, hint?: string): HexaplaError {
  return new HexaplaError(problem(rule, message, location, hint));
}

/** `error: file:line:column: message [rule]` and the hint on the next line, as compilers print them. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { location } = diagnostic;
  const where = location ? `${location.file}${location.line ? `:${location.line}` : ''}${location.line && location.column ? `:${location.column}` : ''}: ` : '';
  const hint = diagnostic.hint ? `\n  → ${diagnostic.hint}` : '';
  return `${diagnostic.severity}: ${where}${diagnostic.message} [${diagnostic.rule}]${hint}`;
}

/** Collects diagnostics across stages; `throwIfErrors` stops the build with all errors found so far. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  add(...diagnostics: Diagnostic[]): void {
    this.list.push(...diagnostics);
  }

  get errors(): Diagnostic[] {
    return this.list.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.list.filter((d) => d.severity === 'warning');
  }

  /** Runs `work`; a HexaplaError it throws becomes diagnostics here instead of stopping everything. */
  capture<T>(work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof HexaplaError)) throw error;
      this.add(...error.diagnostics);
      return undefined;
    }
  }

  async captureAsync<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof HexaplaError)) throw error;
      this.add(...error.diagnostics);
      return undefined;
    }
  }

  throwIfErrors(): void {
    const errors = this.errors;
    if (errors.length > 0) throw new HexaplaError(errors);
  }
}

// ---------------------------------------------------------------------------------------------
// Inside tree transforms: unified's VFile messages carry the same fields.

interface HexaplaMessageFields {
  ruleId?: string | null;
  note?: string | null;
  fatal?: boolean | null;
  line?: number | null;
  column?: number | null;
  reason: string;
}

/**
 * Reports a problem at `node` from inside a unified plugin. Errors do not stop the transform: it
 * goes on (leaving the node as plain text or dropping the construct) so that the other problems of
 * the same file are found too; the build stops after the edition is processed.
 */
export function report(file: VFile, node: Node | undefined, rule: string, message: string, hint: string, severity: Severity = 'error'): void {
  const vfileMessage = file.message(message, { place: node?.position, ruleId: rule, source: 'hexapla' });
  vfileMessage.fatal = severity === 'error';
  vfileMessage.note = hint;
}

/** The problems a processed VFile carries, as diagnostics in the file's own coordinates. */
export function fromVFile(file: VFile, path: string): Diagnostic[] {
  // A note printed twice (resolutions repeat notes) would report its problems twice.
  const seen = new Set<string>();
  return (file.messages as HexaplaMessageFields[]).filter((message) => {
    const key = `${message.ruleId}|${message.line}|${message.column}|${message.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((message) => ({
    severity: message.fatal ? 'error' : 'warning',
    rule: message.ruleId ?? 'markdown',
    message: message.reason,
    hint: message.note ?? undefined,
    location: { file: path, line: message.line ?? undefined, column: message.column ?? undefined },
  }));
}

/**
 * File-system failures in words an author can act on: which path, and why (read-only, full, not a
 * folder, no permission …), instead of a Node error code and a stack.
 */
export function fileSystemError(error: unknown, path: string, doing: string): HexaplaError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const causes: Record<string, [string, string]> = {
    EROFS: ['the file system is read-only', 'write the output somewhere writable with --out <dir>'],
    ENOSPC: ['the disk is full', 'free some space, or write the output elsewhere with --out <dir>'],
    EDQUOT: ['the disk quota is exhausted', 'free some space, or write the output elsewhere with --out <dir>'],
    EACCES: ['permission denied', 'check the permissions of this path, or write the output elsewhere with --out <dir>'],
    EPERM: ['operation not permitted', 'check the permissions of this path, or write the output elsewhere with --out <dir>'],
    ENOTDIR: ['a part of the path is a file, not a folder', 'remove or rename the file that stands where a folder is needed'],
    EISDIR: ['it is a folder, not a file', 'give the path of a file'],
    ENOENT: ['it does not exist', 'check the path'],
    EEXIST: ['something else already stands there', 'remove or rename it'],
    EMFILE: ['too many files are open', 'lower --concurrency, or raise the limit of open files (ulimit -n)'],
    ENAMETOOLONG: ['the path is too long', 'use a shorter folder or document name'],
  };
  const [cause, hint] = (code && causes[code]) ?? [(error as Error | undefined)?.message ?? String(error), 'check the path and try again'];
  return new HexaplaError(problem(`fs/${(code ?? 'error').toLowerCase()}`, `cannot ${doing}: ${cause}`, { file: path }, hint));
}
