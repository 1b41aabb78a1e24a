/**
 * The runtime contract shared in shape with runtime-2004 (each runtime declares it itself because
 * runtimes import nothing from outside their folder).
 */

/** Milliseconds. The default clock, when none is injected, is fixed at 0. */
export interface Clock {
  now(): number;
}

export type RuntimeEvent =
  | {
      type: 'call';
      /** Exact API function name, e.g. 'LMSSetValue'. */
      fn: string;
      /** The arguments the content passed, after coercion to strings. */
      args: string[];
      /** The string the function returned. */
      result: string;
      /** The error code GetLastError would return after the call. */
      error: string;
      t: number;
    }
  | { type: 'commit'; reason: 'commit' | 'terminate'; state: PersistedState; t: number };

export type RuntimeObserver = (event: RuntimeEvent) => void;

export interface PersistedState {
  version: '1.2' | '2004';
  edition?: '2nd' | '3rd' | '4th';
  /** Flat element path -> value for every element holding a value (no keywords). */
  data: Record<string, string>;
  /** The session ended with LMSFinish. */
  terminated: boolean;
  /** cmi.core.exit at the last persist. */
  exit: string;
  /** cmi.core.session_time as the SCO last set it ('' when never set). */
  sessionTime: string;
  /** CMITimespan; includes this session once terminated. */
  totalTime: string;
}

export type ApiState = 'not-initialized' | 'running' | 'terminated';
