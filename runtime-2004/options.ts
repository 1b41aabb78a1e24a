/**
 * Launch options of Scorm2004Api: what a real LMS takes from the manifest, the learner's record
 * and the previous session. Every option is optional; `new Scorm2004Api()` is a first attempt in
 * normal mode with credit and spec defaults. Invalid options throw RuntimeOptionsError up front
 * (the API itself never throws once constructed).
 */
import type { Clock, Edition, PersistedState, RuntimeObserver } from './types.ts';
import {
  checkIdentifier,
  checkLanguage,
  checkLocalizedString,
  checkReal,
  checkTime,
  checkTimeInterval,
  type Rejection,
} from './value-types.ts';

/** An objective declared for the SCO's item (`imsss:objective` / `imsss:primaryObjective`). */
export interface ManifestObjective {
  id: string;
  satisfiedByMeasure?: boolean;
  minNormalizedMeasure?: number;
}

/** One `<adlcp:map>` of the SCO's item (4th edition shared data, scorm-runtime.md#adl-data). */
export interface SharedDataMap {
  targetId: string;
  /** `readSharedData`; default true. */
  read?: boolean;
  /** `writeSharedData`; default true, as ADL's RTE and the CTS behave (the XSD says false). */
  write?: boolean;
  /** The bucket's current value (written earlier by any SCO); absent: not initialized. */
  value?: string;
}

export interface LmsComment {
  comment: string;
  location?: string;
  timestamp?: string;
}

export type RequestValidity = 'true' | 'false' | 'unknown';

export interface Scorm2004Options {
  /** Default '4th'. Decides suspend_data's SPM, adl.data and jump requests. */
  edition?: Edition;
  /** cmi.learner_id (a long_identifier_type); default 'learner'. */
  learnerId?: string;
  /** cmi.learner_name (a localized string); default 'Learner'. */
  learnerName?: string;
  /** cmi.credit; default 'credit' in normal mode, 'no-credit' in browse and review mode. */
  credit?: 'credit' | 'no-credit';
  /** cmi.mode; default 'normal'. */
  mode?: 'browse' | 'normal' | 'review';
  /** cmi.launch_data (`<adlcp:dataFromLMS>`); absent: not initialized (403). */
  launchData?: string;
  /** cmi.comments_from_lms records. */
  commentsFromLms?: LmsComment[];
  /** cmi.completion_threshold, 0..1 (`<adlcp:completionThreshold>`). */
  completionThreshold?: number;
  /** cmi.scaled_passing_score, -1..1; overrides the one derived from the primary objective. */
  scaledPassingScore?: number;
  /**
   * Manifest objectives, primary first: their ids pre-populate cmi.objectives. When the primary has
   * satisfiedByMeasure, cmi.scaled_passing_score is its minNormalizedMeasure (default 1.0).
   */
  objectives?: (string | ManifestObjective)[];
  /** cmi.max_time_allowed, a duration (`attemptAbsoluteDurationLimit`). */
  maxTimeAllowed?: string;
  /** cmi.time_limit_action; default 'continue,no message'. */
  timeLimitAction?: 'exit,message' | 'continue,message' | 'exit,no message' | 'continue,no message';
  /** Initial cmi.learner_preference values from the learner's profile. */
  learnerPreference?: {
    audioLevel?: string;
    language?: string;
    deliverySpeed?: string;
    audioCaptioning?: '-1' | '0' | '1';
  };
  /** `completionSetByContent`; default false (the LMS auto-completes, scorm-runtime.md#auto-completion). */
  completionSetByContent?: boolean;
  /** `objectiveSetByContent`; default false (the LMS auto-satisfies). */
  objectiveSetByContent?: boolean;
  /** 4th edition adl.data buckets, in manifest order. */
  sharedData?: SharedDataMap[];
  /** What the LMS's sequencer answers for adl.nav.request_valid.*; default 'unknown'. */
  requestValid?: {
    continue?: RequestValidity;
    previous?: RequestValidity;
    choice?: Record<string, RequestValidity>;
    jump?: Record<string, RequestValidity>;
  };
  /** Reject values and records beyond their SPM (406 / 351); default false (accept, note in GetDiagnostic). */
  strictSpm?: boolean;
  /** The previous session's persisted state (see launch.ts for entry and attempt rules). */
  resume?: PersistedState;
  clock?: Clock;
  observer?: RuntimeObserver;
}

export class RuntimeOptionsError extends Error {
  constructor(option: string, problem: string) {
    super(`Scorm2004Api option ${option}: ${problem}`);
    this.name = 'RuntimeOptionsError';
  }
}

const check = (option: string, rejection: Rejection | undefined) => {
  if (rejection) throw new RuntimeOptionsError(option, rejection.why);
};

const oneOf = (option: string, value: string | undefined, allowed: readonly string[]) => {
  if (value !== undefined && !allowed.includes(value))
    throw new RuntimeOptionsError(option, `"${value}" is not one of ${allowed.join(', ')}`);
};

const realOption = (option: string, value: number | undefined, min: number, max: number) => {
  if (value !== undefined)
    check(
      option,
      Number.isFinite(value)
        ? checkReal(String(value), { min, max })
        : { kind: 'type', why: 'not a finite number' },
    );
};

export function validateOptions(options: Scorm2004Options): void {
  oneOf('edition', options.edition, ['2nd', '3rd', '4th']);
  oneOf('credit', options.credit, ['credit', 'no-credit']);
  oneOf('mode', options.mode, ['browse', 'normal', 'review']);
  oneOf('timeLimitAction', options.timeLimitAction, [
    'exit,message',
    'continue,message',
    'exit,no message',
    'continue,no message',
  ]);
  if (options.learnerId !== undefined) check('learnerId', checkIdentifier(options.learnerId));
  if (options.learnerName !== undefined)
    check('learnerName', checkLocalizedString(options.learnerName));
  if (options.maxTimeAllowed !== undefined)
    check('maxTimeAllowed', checkTimeInterval(options.maxTimeAllowed));
  realOption('completionThreshold', options.completionThreshold, 0, 1);
  realOption('scaledPassingScore', options.scaledPassingScore, -1, 1);
  const ids = new Set<string>();
  for (const objective of options.objectives ?? []) {
    const { id, minNormalizedMeasure } =
      typeof objective === 'string'
        ? { id: objective, minNormalizedMeasure: undefined }
        : objective;
    check(`objectives (${id})`, checkIdentifier(id));
    if (ids.has(id)) throw new RuntimeOptionsError('objectives', `"${id}" is declared twice`);
    ids.add(id);
    realOption(`objectives (${id}).minNormalizedMeasure`, minNormalizedMeasure, -1, 1);
  }
  for (const comment of options.commentsFromLms ?? []) {
    check('commentsFromLms.comment', checkLocalizedString(comment.comment));
    if (comment.timestamp !== undefined)
      check('commentsFromLms.timestamp', checkTime(comment.timestamp));
  }
  const pref = options.learnerPreference ?? {};
  for (const [name, value] of [
    ['audioLevel', pref.audioLevel],
    ['deliverySpeed', pref.deliverySpeed],
  ] as const)
    if (value !== undefined) check(`learnerPreference.${name}`, checkReal(value, { min: 0 }));
  if (pref.language) check('learnerPreference.language', checkLanguage(pref.language));
  oneOf('learnerPreference.audioCaptioning', pref.audioCaptioning, ['-1', '0', '1']);
  for (const map of options.sharedData ?? [])
    check(`sharedData (${map.targetId})`, checkIdentifier(map.targetId));
  if (options.resume !== undefined && options.resume.version !== '2004')
    throw new RuntimeOptionsError(
      'resume',
      `a SCORM ${String(options.resume.version)} state cannot resume a SCORM 2004 session`,
    );
}
