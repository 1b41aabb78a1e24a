/**
 * What a rule is: metadata (as data) plus a small state machine that sees the trace's events in
 * order, once. Rules never index into the event array, so a trace streamed from JSONL is linted
 * with flat memory; `check(trace, ctx)` is the same rule as a pure function of a whole trace.
 */
import type { Blame, Finding, Severity } from '../results/types.ts';
import type {
  Edition2004,
  ScormVersion,
  TraceEvent,
  TraceFinal,
  TraceMeta,
} from '../trace/types.ts';
import type { ApiCall, CallKind } from './api-call.ts';
import type { SessionState } from './session-state.ts';
import type { Verdict } from './verdict.ts';

export interface RuleMeta {
  /** Kebab-case, equal to the rule's file name. */
  id: string;
  title: string;
  /** error: breaks a MUST; warning: breaks a SHOULD or loses data; info: worth knowing. */
  severity: Severity;
  versions: readonly ScormVersion[];
  /**
   * Anchor in the SCORM reference, e.g. `scorm-runtime.md#cmi-suspend-data`; one per version
   * when the versions' sections differ.
   */
  ref: string | Readonly<Record<ScormVersion, string>>;
  /** One line: what to change. */
  hint: string;
  /** Who has to fix it: the content's author or the LMS. */
  blame: Exclude<Blame, 'harness'>;
  /**
   * The API calls the rule looks at, by kind, and the other events, by type: the engine shows it
   * only those. With neither, it sees every event (and calls to functions outside the API).
   */
  calls?: readonly CallKind[];
  events?: readonly OtherEventType[];
}

/** The type of every trace event that is not an API call. */
export type OtherEventType = Exclude<TraceEvent['type'], 'api'>;

/** Tunable thresholds; every field has a default (DEFAULT_LINT_OPTIONS). */
export interface LintOptions {
  /** Longest stretch of virtual time with written but uncommitted data (ms). */
  maxUncommittedMs: number;
  /** A commit storm: more than `commitStormCount` commits within `commitStormWindowMs`. */
  commitStormCount: number;
  commitStormWindowMs: number;
  /** session_time may differ from the elapsed virtual time by this much (ms) or this ratio. */
  sessionTimeToleranceMs: number;
  sessionTimeToleranceRatio: number;
  /** 2004 manifest `completionSetByContent="true"`: the LMS does not auto-complete. */
  completionSetByContent: boolean;
  /** Run only these rule ids (all when absent). */
  only?: readonly string[];
}

export const DEFAULT_LINT_OPTIONS: LintOptions = {
  maxUncommittedMs: 5 * 60_000,
  commitStormCount: 10,
  commitStormWindowMs: 1000,
  sessionTimeToleranceMs: 10_000,
  sessionTimeToleranceRatio: 0.1,
  completionSetByContent: false,
};

export interface RuleContext {
  meta: TraceMeta;
  /** The 2004 edition the trace's limits are judged by (the runtime's default, 4th, when absent). */
  edition: Edition2004;
  options: LintOptions;
}

/**
 * One event as rules see it: the event, its API call when it is one, and the session state
 * *before* the event (phase, values set so far, …). The state is shared and read-only for rules.
 */
export interface Step {
  event: TraceEvent;
  call: ApiCall | undefined;
  /** GetValue/SetValue: what our runtime of the call's version answers to it on its own. */
  verdict: Verdict | undefined;
  state: SessionState;
}

/** What a rule reports; the runner adds id, severity, ref, blame and hint from the metadata. */
export interface Report {
  (message: string, seq?: number): void;
}

export interface RuleRun {
  onEvent(step: Step): void;
  /** The trace's end; `state` is the session state after the last event. */
  finish(final: TraceFinal, state: SessionState): void;
}

export interface Rule extends RuleMeta {
  start(ctx: RuleContext, report: Report): RuleRun;
}

export type { Finding };
