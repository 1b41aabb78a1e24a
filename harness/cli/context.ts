/** What every command gets from main: its streams, environment, and where to put its exit code. */
import type { ExitCode } from '../results/exit-code.ts';
import type { Env } from '../../reports/terminal.ts';

export interface CliContext {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Env;
  setExitCode(code: ExitCode): void;
}
