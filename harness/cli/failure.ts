/**
 * How a command that could not run reports itself: a HarnessError is the user's to fix, so it
 * prints where, what and the fix (never a stack); anything else is a harness bug, said so, with
 * the stack only under --debug. Both exit 2 ("the harness could not run").
 */
import { EXIT_HARNESS_FAILED } from '../results/exit-code.ts';
import { HarnessError } from '../errors.ts';

export function describeFailure(error: unknown, debug: boolean): string {
  if (error instanceof HarnessError) return `error ${error.code}: ${error.describe()}`;
  const message = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  const more = debug ? '' : ' (run again with --debug for the stack trace)';
  return `unexpected error: ${message}\n  this is a harness bug; please report it${more}${stack}`;
}

export function reportFailure(
  error: unknown,
  debug: boolean,
  stderr: NodeJS.WritableStream,
): typeof EXIT_HARNESS_FAILED {
  stderr.write(`scorm-harness: ${describeFailure(error, debug)}\n`);
  return EXIT_HARNESS_FAILED;
}
