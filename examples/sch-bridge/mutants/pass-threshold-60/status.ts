/**
 * Mutant of core/status.ts: the passing score is 60 instead of the spec's hard-coded 70.
 */
export const PASSING_SCORE = 60;

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
  return verdict ?? 'failed';
}
