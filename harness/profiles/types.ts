/**
 * LMS quirk profiles: named deviations from the SCORM documents that our LMS can be told to make,
 * so content can be tried against an LMS that behaves like a customer's (scorm-runtime.md#harness-defaults).
 * A profile is JSON (profile.schema.json); these are its types. Pure data: the page bundle imports them.
 */

export type ProfileVersion = '1.2' | '2004';

/** The content set no status: the LMS marks the SCO completed itself, at a Commit or at the end. */
export interface AutoCompleteQuirk {
  quirk: 'auto-complete';
  on: 'commit' | 'finish';
}

/** 1.2: a status still `not attempted` at LMSFinish becomes `incomplete` (ADL 1.2 RTE, scorm-again). */
export interface UntouchedStatusIncompleteQuirk {
  quirk: 'untouched-status-incomplete';
}

/** The LMS presents a status at launch whatever the learner's record says (e.g. `completed`). */
export interface StatusAtLaunchQuirk {
  quirk: 'status-at-launch';
  value: 'completed' | 'incomplete' | 'passed' | 'failed';
}

/** GetValue answers "" for a status: while it is unset, or after any Commit (Chamilo). */
export interface EmptyStatusQuirk {
  quirk: 'empty-status';
  when: 'unset' | 'after-commit';
}

/** cmi.suspend_data longer than `length`: the LMS keeps the first `length` characters, or refuses. */
export interface SuspendDataLimitQuirk {
  quirk: 'suspend-data-limit';
  length: number;
  over: 'truncate' | 'reject';
}

/** Commit answers failure: every Nth call, and/or every call from `after` ms of the launch on. */
export interface CommitFailureQuirk {
  quirk: 'commit-failure';
  every?: number;
  after?: number;
  /** Default "false". */
  result?: string;
  /** Default the version's general commit failure: 1.2 "101", 2004 "391". */
  error?: string;
}

/** Names of the other SCORM version are refused with this code instead of the spec's. */
export interface OtherVersionElementsQuirk {
  quirk: 'other-version-elements';
  error: string;
}

/** A refusal the spec answers with `from` is answered with `to` (e.g. 1.2 unknown element 401 -> 201). */
export interface ErrorCodeQuirk {
  quirk: 'error-code';
  from: string;
  to: string;
  /** Only for these functions (exact API names); default all. */
  fns?: string[];
}

/** 1.2: LMSInitialize after LMSFinish answers "true" (ADL 1.2 RTE, Moodle); data calls stay 301. */
export interface ReinitializeQuirk {
  quirk: 'reinitialize';
}

/** Every call (or the listed functions) takes `ms` before it answers, like an LMS on synchronous XHR. */
export interface SlowCallsQuirk {
  quirk: 'slow-calls';
  ms: number;
  fns?: string[];
}

/** The LMS opens the content in a popup: the API is reachable only through window.opener. */
export interface ApiViaOpenerQuirk {
  quirk: 'api-via-opener';
}

/** 2004: values and records beyond their SPM are refused (406 / 351) instead of accepted. */
export interface StrictSpmQuirk {
  quirk: 'strict-spm';
}

/** What one customer's LMS answered, replayed on top of the spec (harness/replay derives it). */
export interface RecordedAnswersQuirk {
  quirk: 'recorded-answers';
  /** GetValue answers for elements the content had not yet set: element -> value. */
  launchValues: Record<string, string>;
  /** Calls the LMS refused: same function and arguments get the same answer. */
  refused: RecordedRefusal[];
  /** The LMS's answers to the content's Commit calls, in order; later Commits follow the spec. */
  commits: { result: string; error: string }[];
}

export interface RecordedRefusal {
  fn: string;
  args: string[];
  result: string;
  error: string;
}

/** Every quirk may be limited to some SCORM versions; default both. */
interface QuirkScope {
  versions?: ProfileVersion[];
}

export type Quirk = QuirkScope &
  (
    | AutoCompleteQuirk
    | UntouchedStatusIncompleteQuirk
    | StatusAtLaunchQuirk
    | EmptyStatusQuirk
    | SuspendDataLimitQuirk
    | CommitFailureQuirk
    | OtherVersionElementsQuirk
    | ErrorCodeQuirk
    | ReinitializeQuirk
    | SlowCallsQuirk
    | ApiViaOpenerQuirk
    | StrictSpmQuirk
    | RecordedAnswersQuirk
  );

export type QuirkId = Quirk['quirk'];

export interface LmsProfile {
  name: string;
  description: string;
  /** Public reports of the behaviour the profile reproduces (URLs). */
  sources?: string[];
  /** SCORM versions the profile is meant for; default both. */
  versions?: ProfileVersion[];
  quirks: Quirk[];
}

/** One answer the LMS gave otherwise than the spec, as the profile layer reports it. */
export interface Deviation {
  quirk: QuirkId;
  fn: string;
  args: string[];
  specResult: string;
  specError: string;
  result: string;
  error: string;
  detail?: string;
}
