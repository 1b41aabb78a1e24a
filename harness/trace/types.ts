/**
 * The trace: one launch of one SCO, as a plain JSON document (schema: trace.schema.json).
 * Every producer (the live session, replay, import) writes this shape and every consumer (rules,
 * scenarios, reports) reads it, so it carries only data, never behaviour.
 */

/** The schema version this code writes and the newest it reads. */
export const TRACE_SCHEMA_VERSION = 1;

export type ScormVersion = '1.2' | '2004';
export type Edition2004 = '2nd' | '3rd' | '4th';

/**
 * How the LMS page presents the content: framed once, framed N deep, or in a popup window opened
 * by the LMS page itself or (popup:N) by a frame N levels below it (launch-mode.ts).
 */
export type LaunchMode = 'frameset' | 'popup' | `popup:${number}` | `nested:${number}`;

export interface TraceMeta {
  package: string;
  sco: string;
  version: ScormVersion;
  edition?: Edition2004;
  launchMode: LaunchMode;
  /**
   * How many frames below the LMS's top window the window holding the API objects is (an LMS
   * inside a portal, or a player frame); absent when the top window holds them.
   */
  apiWindowDepth?: number;
  learner: { id: string; name: string };
  profile: string;
  harnessVersion: string;
  /** Wall-clock ISO time the launch began; informational, never used to judge. */
  started: string;
}

interface EventBase {
  seq: number;
  /** Virtual milliseconds since launch. */
  t: number;
}

export interface ApiEvent extends EventBase {
  type: 'api';
  fn: string;
  args: string[];
  result: string;
  error: string;
}

export type HttpTarget = 'lms' | 'backend' | 'outside';

export interface HttpEvent extends EventBase {
  type: 'http';
  method: string;
  url: string;
  status: number;
  target: HttpTarget;
  requestBody?: string;
  responseBody?: string;
  /** Bodies longer than the recorder's limit are cut; the flag says so. */
  truncated?: boolean;
  /** The harness refused to answer (outside host without a mapping). */
  blocked?: boolean;
}

export type DialogKind = 'alert' | 'confirm' | 'prompt' | 'beforeunload';

export interface DialogEvent extends EventBase {
  type: 'dialog';
  kind: DialogKind;
  message: string;
  /** What the harness answered: accepted (true) or dismissed (false), and the prompt text. */
  answer: { accept: boolean; text?: string };
}

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

export interface ConsoleEvent extends EventBase {
  type: 'console';
  level: ConsoleLevel;
  text: string;
}

export type LifecycleWhat =
  | 'launch'
  | 'navigation'
  | 'unload'
  | 'close'
  | 'relaunch'
  | 'crash'
  | 'page-error'
  | 'popup'
  | 'timeout';

export interface LifecycleEvent extends EventBase {
  type: 'lifecycle';
  what: LifecycleWhat;
  detail?: string;
  url?: string;
}

export interface CommitEvent extends EventBase {
  type: 'commit';
  reason: 'commit' | 'terminate';
  /** The data model as the LMS persisted it: element path -> value. */
  data: Record<string, string>;
}

/**
 * The LMS answered a call otherwise than the spec would, because its quirk profile told it to
 * (harness/profiles). The api event of the same call holds what the content saw; this one keeps
 * what the spec would have answered, so a finding can blame the LMS and not the content.
 */
export interface DeviationEvent extends EventBase {
  type: 'deviation';
  /** The profile's quirk id, e.g. 'suspend-data-limit'. */
  quirk: string;
  fn: string;
  args: string[];
  specResult: string;
  specError: string;
  result: string;
  error: string;
  /** What the quirk did when the answer alone does not say it (a value truncated, a status set). */
  detail?: string;
}

export type TraceEvent =
  ApiEvent | HttpEvent | DialogEvent | ConsoleEvent | LifecycleEvent | CommitEvent | DeviationEvent;

/** An event before the recorder numbers it. */
export type UnnumberedEvent = TraceEvent extends infer E
  ? E extends TraceEvent
    ? Omit<E, 'seq'>
    : never
  : never;

/** The state the LMS keeps for the learner and SCO after the launch (runtime contract shape). */
export interface PersistedLmsState {
  version: ScormVersion;
  edition?: Edition2004;
  data: Record<string, string>;
  terminated: boolean;
  exit: string;
  sessionTime: string;
  totalTime: string;
  /** 2004: the sequencing outcome the runtime derived for the activity (completion, success, …). */
  tracking?: object;
}

/** How the launch ended: the content terminated, the window was closed, or it crashed/timed out. */
export type EndReason = 'terminated' | 'closed' | 'crashed' | 'timeout' | 'harness-error';

export interface TraceFinal {
  ended: EndReason;
  /** Virtual time of the end. */
  t: number;
  /** What the LMS persisted (last Commit or Terminate); null when nothing was ever persisted. */
  state: PersistedLmsState | null;
  commits: number;
  /**
   * Set when the content terminated in its exit handlers while the window was going away
   * (`ended` is then the way it went, e.g. "closed"): the page-dismissal event it did it in
   * (beforeunload, pagehide, visibilitychange, unload). Absent otherwise, and in older traces.
   */
  terminatedDuring?: string;
}

export interface Trace {
  schemaVersion: typeof TRACE_SCHEMA_VERSION;
  meta: TraceMeta;
  events: TraceEvent[];
  final: TraceFinal;
}
