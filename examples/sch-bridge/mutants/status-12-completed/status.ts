/**
 * Mutant of core/status.ts: SCORM 1.2 lesson_status becomes `completed` once the activity is
 * complete, instead of the verdict `passed` / `failed`.
 */
export const PASSING_SCORE = 70;

export type SuccessVerdict = 'passed' | 'failed';

/**
 * passed iff raw ≥ 70. Without a score there is no verdict while the learner works; once complete,
 * "the threshold was met" is false, so the verdict is failed.
 */
export function successVerdict(
  raw: number | undefined,
  complete: boolean,
): SuccessVerdict | undefined {
  if (raw === undefined) return complete ? 'failed' : undefined;
  return raw >= PASSING_SCORE ? 'passed' : 'failed';
}

/** scorm-runtime.md#cmi-completion-status */
export function completionStatus2004(complete: boolean): 'completed' | 'incomplete' {
  return complete ? 'completed' : 'incomplete';
}

/** scorm-runtime.md#cmi-core-lesson-status: passed/failed once complete, incomplete before. */
export function lessonStatus12(complete: boolean, verdict: SuccessVerdict | undefined): string {
  if (!complete) return 'incomplete';
  return verdict === undefined ? 'failed' : 'completed';
}
