/**
 * Options of `new Scorm12Api(options)`. All are optional; with none the API is a first launch with
 * the spec's initial values. LMS-supplied values are checked against their element's type, so a bad
 * manifest value fails at construction with a TypeError naming the option, not later in a session.
 */
import type { Clock, PersistedState, RuntimeObserver } from './contract.ts';
import type { FeedbackCheck } from './cmi-store.ts';
import type { Credit, LessonMode, TimeLimitAction } from './vocabularies.ts';

export interface Scorm12Options {
  /** cmi.core.student_id (CMIIdentifier); default ''. */
  learnerId?: string;
  /** cmi.core.student_name (CMIString255, "Last, First" by convention); default ''. */
  learnerName?: string;
  /** cmi.core.credit; default 'credit'. */
  credit?: Credit;
  /** cmi.core.lesson_mode; default 'normal'. */
  mode?: LessonMode;
  /** cmi.launch_data, from <adlcp:datafromlms> (CMIString4096); default ''. */
  launchData?: string;
  /** cmi.comments_from_lms (CMIString4096); default ''. */
  commentsFromLms?: string;
  /** cmi.student_data.mastery_score, from <adlcp:masteryscore> (0..100); default none (''). */
  masteryScore?: number | string;
  /** cmi.student_data.max_time_allowed, from <adlcp:maxtimeallowed> (CMITimespan); default ''. */
  maxTimeAllowed?: string;
  /** cmi.student_data.time_limit_action, from <adlcp:timelimitaction>; default ''. */
  timeLimitAction?: TimeLimitAction;
  /**
   * The previous launch's persisted state: entry becomes 'resume' after exit 'suspend' and ''
   * otherwise; lesson_location and suspend_data are kept only when resuming; the learner's other
   * data (status, scores, objectives, interactions, comments, preferences) is kept either way;
   * total_time continues from it.
   */
  resume?: PersistedState;
  /** Time source for event timestamps; default a clock fixed at 0. */
  clock?: Clock;
  /** Receives every call and every persist. An observer that throws is ignored, never the content's problem. */
  observer?: RuntimeObserver;
  /**
   * CMIFeedback checking: 'length' (default) accepts any value of at most 255 characters, as the ADL
   * 1.2 sample RTE and Moodle do, and leaves format violations to lint (reference section 18);
   * 'format' also checks student_response and correct_responses patterns against the interaction
   * type's format (ref: #interactions-12), for an LMS profile that is strict.
   */
  feedbackCheck?: FeedbackCheck;
}

/** Which element each LMS-supplied option initializes. */
export const OPTION_ELEMENTS = [
  ['learnerId', 'cmi.core.student_id'],
  ['learnerName', 'cmi.core.student_name'],
  ['credit', 'cmi.core.credit'],
  ['mode', 'cmi.core.lesson_mode'],
  ['launchData', 'cmi.launch_data'],
  ['commentsFromLms', 'cmi.comments_from_lms'],
  ['masteryScore', 'cmi.student_data.mastery_score'],
  ['maxTimeAllowed', 'cmi.student_data.max_time_allowed'],
  ['timeLimitAction', 'cmi.student_data.time_limit_action'],
] as const satisfies ReadonlyArray<readonly [keyof Scorm12Options, string]>;
