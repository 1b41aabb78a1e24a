/**
 * The runtime contract shared (by shape, not by import) with runtime-1.2: the clock, the events
 * reported to the observer and the state the LMS persists. Runtimes import nothing, so each
 * declares these types in its own folder.
 */

/** Milliseconds. When none is injected the runtime uses a clock fixed at 0. */
export interface Clock {
  now(): number;
}

export type Edition = '2nd' | '3rd' | '4th';

/**
 * What the LMS's sequencing side concludes about the SCO's activity when a session ends
 * (reference scorm-runtime.md#sequencing-mapping and #auto-completion). It models the LMS, not
 * the CMI data: `cmi.completion_status` may stay `unknown` while the activity is `completed`.
 */
export interface TrackingOutcome {
  /** Attempt completion: `completed`, `incomplete` (also for `not attempted`) or `unknown`. */
  completionStatus: string;
  /** Primary objective: `passed` (satisfied), `failed` (not satisfied) or `unknown`. */
  successStatus: string;
  /** The LMS marked the activity completed because the content reported no completion. */
  autoCompleted: boolean;
  /** The LMS marked the primary objective satisfied because the content reported no success. */
  autoSatisfied: boolean;
}

export interface PersistedState {
  version: '1.2' | '2004';
  edition?: Edition;
  /** Flat: element path -> value, for every element that holds a value (no keywords). */
  data: Record<string, string>;
  /** The session ended with Terminate. */
  terminated: boolean;
  /** `cmi.exit` at the last persist (`suspend` when an `adl.nav.request` of suspendAll forced it). */
  exit: string;
  sessionTime: string;
  /** Total time of the attempt; includes this session once terminated. */
  totalTime: string;
  /** 2004 only: the LMS sequencing outcome for the activity. */
  tracking?: TrackingOutcome;
}

export type RuntimeEvent =
  | { type: 'call'; fn: string; args: string[]; result: string; error: string; t: number }
  | { type: 'commit'; reason: 'commit' | 'terminate'; state: PersistedState; t: number };

export type RuntimeObserver = (event: RuntimeEvent) => void;

export type ApiState = 'not-initialized' | 'running' | 'terminated';
