/**
 * Statuses to outcomes and exit codes, decided here only: 0 everything that ran passed, 1 the
 * content failed a check, 2 the harness could not run (which outranks a content failure, because
 * the run is incomplete and its passes prove less).
 */
import type { Results, Status } from './types.ts';

export type Outcome = 'passed' | 'content-failed' | 'harness-failed' | 'skipped';

export const EXIT_PASSED = 0;
export const EXIT_CONTENT_FAILED = 1;
export const EXIT_HARNESS_FAILED = 2;
export type ExitCode = typeof EXIT_PASSED | typeof EXIT_CONTENT_FAILED | typeof EXIT_HARNESS_FAILED;

const outcomes: Record<Status, Outcome> = {
  pass: 'passed',
  fail: 'content-failed',
  // A hang or a dead browser proves nothing about the content's conformance.
  error: 'harness-failed',
  timeout: 'harness-failed',
  crash: 'harness-failed',
  skip: 'skipped',
};

export function outcomeOf(status: Status): Outcome {
  return outcomes[status];
}

export function exitCodeForStatuses(statuses: readonly Status[]): ExitCode {
  // Nothing ran (an empty suite, a shard with no scenarios, a filter that matched nothing) must not
  // look like a green gate in CI.
  if (statuses.length === 0) return EXIT_HARNESS_FAILED;
  const seen = new Set(statuses.map(outcomeOf));
  if (seen.has('harness-failed')) return EXIT_HARNESS_FAILED;
  if (seen.has('content-failed')) return EXIT_CONTENT_FAILED;
  return EXIT_PASSED;
}

export function exitCodeFor(results: Results): ExitCode {
  return exitCodeForStatuses(results.scenarios.map((s) => s.status));
}

/** What an exit code means, in the words the console report prints. */
export function describeExitCode(code: ExitCode): string {
  if (code === EXIT_PASSED) return 'all scenarios passed';
  if (code === EXIT_CONTENT_FAILED) return 'the content failed a check';
  return 'the harness could not run everything';
}
