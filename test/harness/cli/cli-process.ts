/**
 * The scorm-harness binary run as a child process, as a user or CI runs it: no colour, CI set.
 * Shared by the end-to-end tests of each command.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../../bin/scorm-harness.js', import.meta.url));

export interface CliRun {
  /** The exit code; null when the process was killed (e.g. by the timeout). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scorm-harness <args>`, killed after `timeoutMs` of real time; `env` adds variables. */
export function runCli(
  args: readonly string[],
  timeoutMs: number,
  env: Record<string, string> = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, CI: 'true', NO_COLOR: '1', ...env }, timeout: timeoutMs },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout,
          stderr,
        }),
    );
  });
}
