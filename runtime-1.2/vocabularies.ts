/** SCORM 1.2 vocabularies, case-sensitive tokens (ref: scorm-runtime.md#types-12). */

export const STATUS = [
  'passed',
  'completed',
  'failed',
  'incomplete',
  'browsed',
  'not attempted',
] as const;

/** Only the LMS uses 'not attempted' for lesson_status; a SCO setting it gets 405 (ref: #s12-cmi-core-lesson-status). */
export const STATUS_SET_BY_SCO = STATUS.filter((s) => s !== 'not attempted');

/** '' is the normal exit. */
export const EXIT = ['time-out', 'suspend', 'logout', ''] as const;

export const CREDIT = ['credit', 'no-credit'] as const;

export const ENTRY = ['ab-initio', 'resume', ''] as const;

export const MODE = ['normal', 'review', 'browse'] as const;

export const TIME_LIMIT_ACTION = [
  'exit,message',
  'exit,no message',
  'continue,message',
  'continue,no message',
] as const;

export const INTERACTION_TYPE = [
  'true-false',
  'choice',
  'fill-in',
  'matching',
  'performance',
  'likert',
  'sequencing',
  'numeric',
] as const;

/** A result is one of these or a CMIDecimal (ref: #result-values). */
export const RESULT = ['correct', 'wrong', 'unanticipated', 'neutral'] as const;

export type Credit = (typeof CREDIT)[number];
export type LessonMode = (typeof MODE)[number];
export type TimeLimitAction = (typeof TIME_LIMIT_ACTION)[number];
