/**
 * The one error type a user of the harness can meet: it names the file, the problem and the fix.
 * Codes are catalogued in docs/errors.md; exit code 2 ("the harness could not run") follows from it.
 */
export type HarnessErrorCode =
  | 'PACKAGE_NOT_FOUND'
  | 'PACKAGE_UNSAFE'
  | 'PACKAGE_TOO_LARGE'
  | 'MANIFEST_MISSING'
  | 'MANIFEST_INVALID'
  | 'MANIFEST_NO_SCO'
  | 'LAUNCH_FILE_MISSING'
  | 'TRACE_INVALID'
  | 'TRACE_VERSION'
  | 'RESULTS_INVALID'
  | 'RESULTS_VERSION'
  | 'CONFIG_INVALID'
  | 'BROWSER_MISSING'
  | 'BROWSER_FAILED'
  | 'PORT_IN_USE'
  | 'IMPORT_FAILED';

export interface HarnessErrorDetails {
  code: HarnessErrorCode;
  file?: string;
  line?: number;
  message: string;
  hint: string;
}

export class HarnessError extends Error {
  readonly code: HarnessErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly hint: string;

  constructor(details: HarnessErrorDetails, options?: { cause?: unknown }) {
    const where = details.file ? `${details.file}${details.line ? `:${details.line}` : ''}: ` : '';
    super(`${where}${details.message}`, options);
    this.name = 'HarnessError';
    this.code = details.code;
    this.file = details.file;
    this.line = details.line;
    this.hint = details.hint;
  }

  /** The message a person reads: where, what, and what to do. */
  describe(): string {
    return `${this.message}\n  fix: ${this.hint}`;
  }
}
