/**
 * One error type for every problem in the author's input: it always says where (file, line),
 * what is wrong, and what to do about it, so the CLI can print it without a stack trace.
 */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export class HexaplaError extends Error {
  readonly location?: SourceLocation;
  readonly hint?: string;

  constructor(message: string, options: { location?: SourceLocation; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'HexaplaError';
    this.location = options.location;
    this.hint = options.hint;
  }

  /** `file:line: message` followed by the hint, as compilers print it. */
  format(): string {
    const where = this.location
      ? `${this.location.file}${this.location.line ? `:${this.location.line}` : ''}${this.location.column ? `:${this.location.column}` : ''}: `
      : '';
    return `${where}${this.message}${this.hint ? `\n  → ${this.hint}` : ''}`;
  }
}

/** Several input errors found in one pass, reported together. */
export class HexaplaErrors extends Error {
  constructor(readonly errors: HexaplaError[]) {
    super(errors.map((e) => e.format()).join('\n'));
    this.name = 'HexaplaErrors';
  }
}
