/**
 * Results to outcomes and exit codes, decided here only: 0 everything that ran passed (or failed
 * as expected), 1 the content failed a check (or passed one it was expected to fail), 2 the harness
 * could not run, which outranks a content failure because the run is incomplete.
 */
import type { Results, ScenarioResult } from './types.ts';

export type Outcome =
  | 'passed'
  | 'expected-failure'
  | 'content-failed'
  | 'unexpected-pass'
  | 'harness-failed'
  | 'skipped';

export const EXIT_PASSED = 0;
export const EXIT_CONTENT_FAILED = 1;
export const EXIT_HARNESS_FAILED = 2;
export type ExitCode = typeof EXIT_PASSED | typeof EXIT_CONTENT_FAILED | typeof EXIT_HARNESS_FAILED;

export function outcomeOf(result: Pick<ScenarioResult, 'status' | 'expected'>): Outcome {
  const expectedFail = result.expected !== undefined;
  switch (result.status) {
    case 'pass':
      return expectedFail ? 'unexpected-pass' : 'passed';
    case 'fail':
      return expectedFail ? 'expected-failure' : 'content-failed';
    case 'skip':
      return 'skipped';
    // A hang or a dead browser proves nothing about the content, expected failure or not.
    case 'error':
    case 'timeout':
    case 'crash':
      return 'harness-failed';
  }
}

const codes: Record<Outcome, ExitCode> = {
  passed: EXIT_PASSED,
  'expected-failure': EXIT_PASSED,
  skipped: EXIT_PASSED,
  'content-failed': EXIT_CONTENT_FAILED,
  'unexpected-pass': EXIT_CONTENT_FAILED,
  'harness-failed': EXIT_HARNESS_FAILED,
};

export function exitCodeForOutcomes(outcomes: readonly Outcome[]): ExitCode {
  // Nothing ran (an empty suite, a filter that matched nothing) must not look like a green gate.
  if (outcomes.length === 0) return EXIT_HARNESS_FAILED;
  return outcomes.reduce<ExitCode>(
    (worst, o) => (codes[o] > worst ? codes[o] : worst),
    EXIT_PASSED,
  );
}

/**
 * A shard the split left with nothing to do is normal in CI (more machines than scenarios); the
 * run refuses a selection that is empty on every shard before it starts (harness/suites/selection.ts).
 */
export function isEmptyShard(results: Results): boolean {
  return results.scenarios.length === 0 && results.run.shard !== undefined;
}

export function exitCodeFor(results: Results): ExitCode {
  if (isEmptyShard(results)) return EXIT_PASSED;
  return exitCodeForOutcomes(results.scenarios.map(outcomeOf));
}

/** What an exit code means for these results, in the words the reports print. */
export function describeExitCode(code: ExitCode, results?: Results): string {
  if (results?.run.shard && isEmptyShard(results))
    return `no scenario selected for shard ${results.run.shard.index}/${results.run.shard.total}`;
  if (code === EXIT_PASSED) return 'all scenarios passed';
  if (code === EXIT_CONTENT_FAILED) return 'the content failed a check';
  return 'the harness could not run everything';
}
