/** The events around the one a finding points at: enough context to see why, short enough to read. */
import type { Finding, ScenarioResult } from '../harness/results/types.ts';
import type { Trace, TraceEvent } from '../harness/trace/types.ts';

export interface SliceOptions {
  before?: number;
  after?: number;
}

export function eventsAround(trace: Trace, seq: number, options: SliceOptions = {}): TraceEvent[] {
  const index = trace.events.findIndex((e) => e.seq === seq);
  if (index < 0) return [];
  const from = Math.max(0, index - (options.before ?? 3));
  return trace.events.slice(from, index + 1 + (options.after ?? 2));
}

/** The slice for a finding, from the launch it names; empty when that trace is not embedded. */
export function findingEvents(
  scenario: ScenarioResult,
  finding: Finding,
  options: SliceOptions = {},
): TraceEvent[] {
  const trace = scenario.traces[finding.launch ?? 0]?.trace;
  return trace && finding.seq !== undefined ? eventsAround(trace, finding.seq, options) : [];
}

/**
 * The events a failed run ended on, from its last embedded launch: a scenario's assertion does not
 * say which event broke it, and what the content did last (the value it set, the call it missed)
 * is usually the answer. Empty when no trace is embedded.
 */
export function lastEvents(
  scenario: ScenarioResult,
  count = 12,
): { heading: string; events: TraceEvent[] } | undefined {
  for (let launch = scenario.traces.length - 1; launch >= 0; launch -= 1) {
    const trace = scenario.traces[launch]!.trace;
    if (!trace) continue;
    if (trace.events.length === 0) return undefined;
    const which = scenario.traces.length > 1 ? ` of launch ${launch + 1}` : '';
    return { heading: `the last events${which}:`, events: trace.events.slice(-count) };
  }
  return undefined;
}

/** "trace: path" lines, numbered by launch when the scenario relaunched. */
export function tracePathLines(scenario: ScenarioResult): string[] {
  const many = scenario.traces.length > 1;
  return scenario.traces.flatMap((ref, i) =>
    ref.path === undefined ? [] : [`trace${many ? ` (launch ${i + 1})` : ''}: ${ref.path}`],
  );
}

/** "event #5", or "event #2 of launch 2" when the finding is about a relaunch. */
export function findingEventRef(finding: Finding): string | undefined {
  if (finding.seq === undefined) return undefined;
  const launch = finding.launch ?? 0;
  return launch > 0 ? `event #${finding.seq} of launch ${launch + 1}` : `event #${finding.seq}`;
}
