/**
 * Mutant of core/status.ts: passed needs raw > 70, so exactly 70 (112 of 160) fails.
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
  return raw > PASSING_SCORE ? 'passed' : 'failed';
}

/** scorm-runtime.md#cmi-completion-status */
export function completionStatus2004(complete: boolean): 'completed' | 'incomplete' {
  return complete ? 'completed' : 'incomplete';
}

/** scorm-runtime.md#cmi-core-lesson-status: passed/failed once complete, incomplete before. */
export function lessonStatus12(complete: boolean, verdict: SuccessVerdict | undefined): string {
  if (!complete) return 'incomplete';
  return verdict ?? 'failed';
}
