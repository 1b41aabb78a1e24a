/** Practice progress built from a list of completed-challenge scores (0–160 each). */
import type { SchProgress } from '../../harness/backends/sch/index.ts';

/**
 * Every listed score belongs to a completed challenge; no mandatory assignment is pending unless
 * `pending` is set (then one is, so the activity is not complete whatever the scores).
 */
export function completedScores(
  scores: readonly number[],
  options: { pending?: boolean } = {},
): SchProgress {
  return {
    assignments: options.pending ? [{ id: 'mandatory-1', mandatory: true, finished: false }] : [],
    challenges: scores.map((score, i) => ({ id: `c-${i + 1}`, completed: true, score })),
  };
}
