/**
 * Mutant of core/status.ts: a learner complete without any completed challenge (so without a score)
 * is reported passed, though the passing score was never reached.
 *
 * Status values per SCORM version, from completion and score.
 * Spec ("Completion Criteria"): 2004 reports completion and success separately; "SCORM 1.2 … the
 * bridge writes passed or failed to cmi.core.lesson_status once completion is true, and incomplete
 * otherwise" (never `completed`). Passing score: "70 (hardcoded in the launcher)".
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
  if (raw === undefined) return complete ? 'passed' : undefined;
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
