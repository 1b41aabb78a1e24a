/**
 * What the LMS does to cmi.core.lesson_status at LMSFinish (ref: scorm-runtime.md#lesson-status-12,
 * the reference's default, which follows the spec text rather than one LMS):
 * 1. a status the SCO never changed from 'not attempted' becomes 'browsed' in browse mode, else
 *    'completed';
 * 2. then, taken for credit in normal mode with a mastery score and a reported score.raw, unless the
 *    SCO left the status at 'incomplete': 'passed' when raw >= mastery score, else 'failed'.
 * With no-credit, or in browse/review mode, step 2 never applies (ref: #credit-mode).
 */

export interface FinishFacts {
  status: string;
  credit: string;
  mode: string;
  /** cmi.student_data.mastery_score, '' when the manifest gave none. */
  masteryScore: string;
  /** cmi.core.score.raw, '' when the SCO reported none. */
  raw: string;
}

export type StatusRule = 'untouched-status' | 'mastery-score';

export interface StatusChange {
  rule: StatusRule;
  from: string;
  to: string;
}

/** The status the LMS records and each rule that changed it, in order. */
export function evaluateLessonStatus(facts: FinishFacts): {
  status: string;
  changes: StatusChange[];
} {
  const changes: StatusChange[] = [];
  let status = facts.status;
  if (status === 'not attempted') {
    const to = facts.mode === 'browse' ? 'browsed' : 'completed';
    changes.push({ rule: 'untouched-status', from: status, to });
    status = to;
  }
  const masteryApplies =
    facts.credit === 'credit' &&
    facts.mode === 'normal' &&
    facts.masteryScore !== '' &&
    facts.raw !== '' &&
    status !== 'incomplete';
  if (masteryApplies) {
    const to = Number(facts.raw) >= Number(facts.masteryScore) ? 'passed' : 'failed';
    if (to !== status) changes.push({ rule: 'mastery-score', from: status, to });
    status = to;
  }
  return { status, changes };
}
