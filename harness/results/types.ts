/**
 * The results document: one per run of `run`, `lint` or `replay` (schema: results.schema.json).
 * Reporters render it and nothing else, so everything a report shows must be in here.
 */
import type { Edition2004, LaunchMode, ScormVersion, Trace } from '../trace/types.ts';

/** The schema version this code writes and the newest it reads. */
export const RESULTS_SCHEMA_VERSION = 1;

/**
 * pass/fail judge the content; error, timeout and crash say the harness could not finish the
 * scenario (bad package, browser died, nothing happened in time); skip was not run on purpose.
 */
export const STATUSES = ['pass', 'fail', 'error', 'timeout', 'crash', 'skip'] as const;
export type Status = (typeof STATUSES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Who has to act on a finding: the content's author, the LMS (or its profile), or us. */
export type Blame = 'content' | 'lms' | 'harness';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Spec anchor, e.g. `scorm-runtime.md#cmi-suspend-data`. */
  ref?: string;
  blame: Blame;
  hint?: string;
  /** The trace event the finding points at. */
  seq?: number;
  /** Which of the scenario's launches `seq` is in (index into `traces`); default 0. */
  launch?: number;
}

/** One launch's trace: where it was written, and optionally the trace itself for offline reports. */
export interface TraceRef {
  path?: string;
  trace?: Trace;
}

export type RunCommand = 'run' | 'lint' | 'replay';

export interface RunEnvironment {
  node: string;
  platform: string;
  /** Browser name and version, absent for browserless runs (lint, jsdom). */
  browser?: string;
  ci: boolean;
}

export interface RunInfo {
  command: RunCommand;
  /** Package path, or the trace file for lint/replay. */
  package: string;
  suite?: string;
  /** SCORM versions the run covered. */
  versions: ScormVersion[];
  /** Wall-clock ISO start; informational only. */
  started: string;
  /** Wall-clock milliseconds. */
  duration: number;
  harnessVersion: string;
  /** 1-based shard index of total, when the run was sharded. */
  shard?: { index: number; total: number };
  workers: number;
  environment: RunEnvironment;
}

/**
 * A known divergence (`expectations/<profile>.json`): this scenario is expected to fail. A failure
 * then keeps the gate green, and a pass fails it, so a stale entry cannot hide a fixed defect.
 */
export interface Expected {
  status: 'fail';
  reason: string;
  /** Where the divergence is tracked. */
  issue?: string;
}

/** One scenario (run) or one SCO launch (lint/replay). */
export interface ScenarioResult {
  id: string;
  title: string;
  version: ScormVersion;
  edition?: Edition2004;
  launchMode: LaunchMode;
  status: Status;
  findings: Finding[];
  /** Wall-clock milliseconds. */
  duration: number;
  /**
   * One per launch, in order (a suspend/resume scenario launches twice); empty when nothing was
   * recorded (e.g. the package failed to load).
   */
  traces: TraceRef[];
  /** What went wrong, for error, timeout and crash. */
  error?: string;
  /** Why it was skipped. */
  reason?: string;
  expected?: Expected;
}

export interface Totals {
  scenarios: number;
  statuses: Record<Status, number>;
  findings: Record<Severity, number>;
}

export interface Results {
  schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  run: RunInfo;
  scenarios: ScenarioResult[];
  totals: Totals;
}
