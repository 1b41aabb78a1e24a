/**
 * What the LMS computes rather than stores: completion and success status evaluated at GetValue
 * time from the threshold / passing score (scorm-runtime.md#status-evaluation-2004), and the
 * sequencing tracking outcome at the end of a session (#sequencing-mapping, #auto-completion).
 */
import type { TrackingOutcome } from './types.ts';

type Read = (path: string) => string | undefined;

/** `undefined` when no completion threshold exists: the SCO's value stands. */
export function evaluatedCompletion(read: Read): string | undefined {
  const threshold = read('cmi.completion_threshold');
  if (threshold === undefined) return undefined;
  const measure = read('cmi.progress_measure');
  if (measure === undefined) return 'unknown';
  return Number(measure) >= Number(threshold) ? 'completed' : 'incomplete';
}

/** `undefined` when no scaled passing score exists: the SCO's value stands. */
export function evaluatedSuccess(read: Read): string | undefined {
  const passing = read('cmi.scaled_passing_score');
  if (passing === undefined) return undefined;
  const scaled = read('cmi.score.scaled');
  if (scaled === undefined) return 'unknown';
  return Number(scaled) >= Number(passing) ? 'passed' : 'failed';
}

export interface TrackingInputs {
  completionStatus: string;
  successStatus: string;
  /** The attempt ends (terminated and not suspended): only then does End Attempt run. */
  attemptEnded: boolean;
  completionSetByContent: boolean;
  objectiveSetByContent: boolean;
}

/**
 * Models the LMS sequencing side, not the CMI data: `not attempted` counts as incomplete, and when
 * an attempt ends with nothing reported and the manifest leaves completion / objective status to
 * the LMS (`completionSetByContent` / `objectiveSetByContent` false, the defaults), the activity is
 * marked completed / satisfied.
 */
export function trackingOutcome(inputs: TrackingInputs): TrackingOutcome {
  const reportedCompletion =
    inputs.completionStatus === 'completed'
      ? 'completed'
      : inputs.completionStatus === 'unknown'
        ? 'unknown'
        : 'incomplete';
  const reportedSuccess =
    inputs.successStatus === 'passed' || inputs.successStatus === 'failed'
      ? inputs.successStatus
      : 'unknown';
  const autoCompleted =
    inputs.attemptEnded && !inputs.completionSetByContent && reportedCompletion === 'unknown';
  const autoSatisfied =
    inputs.attemptEnded && !inputs.objectiveSetByContent && reportedSuccess === 'unknown';
  return {
    completionStatus: autoCompleted ? 'completed' : reportedCompletion,
    successStatus: autoSatisfied ? 'passed' : reportedSuccess,
    autoCompleted,
    autoSatisfied,
  };
}
