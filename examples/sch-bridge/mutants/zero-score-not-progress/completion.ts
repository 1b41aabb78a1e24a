/**
 * Mutant of core/completion.ts: recorded progress is any points on a challenge, so a challenge
 * completed with 0 points (every hint used, every attempt wrong) does not count and the activity
 * stays incomplete.
 *
 * When the SCORM activity counts as complete.
 * Spec ("Completion Criteria"): "marked complete when the learner has finished every mandatory
 * assignment in their organization, or — if no mandatory assignments are pending — once they have
 * any recorded progress."
 */
import type { ChallengeProgress } from '../../src/core/score.ts';

export interface AssignmentProgress {
  id: string;
  mandatory: boolean;
  finished: boolean;
}

export interface PracticeProgress {
  assignments: AssignmentProgress[];
  challenges: ChallengeProgress[];
}

export function pendingMandatory(progress: PracticeProgress): AssignmentProgress[] {
  return progress.assignments.filter((a) => a.mandatory && !a.finished);
}

/** A finished assignment or any points on a challenge. */
export function hasRecordedProgress(progress: PracticeProgress): boolean {
  return (
    progress.assignments.some((a) => a.finished) || progress.challenges.some((c) => c.score > 0)
  );
}

/**
 * One rule covers both spec clauses: with mandatory work pending the activity is not complete; with
 * none pending (all finished, or none assigned) it is complete once anything was recorded.
 */
export function isComplete(progress: PracticeProgress): boolean {
  return pendingMandatory(progress).length === 0 && hasRecordedProgress(progress);
}
