/**
 * What the HTML report's script renders: the results reduced to display data, with every event
 * labelled here (the same labels as console and JUnit) so the browser code only lays things out.
 */
import { describeExitCode, exitCodeFor } from '../harness/results/exit-code.ts';
import type { Expected, Finding, Results, Status, Totals } from '../harness/results/types.ts';
import type { EndReason, TraceEvent } from '../harness/trace/types.ts';
import { eventLabel, printable, printableLines } from './event-label.ts';

export interface ViewEvent {
  seq: number;
  t: number;
  type: TraceEvent['type'];
  label: string;
  /** Request and response bodies of http events. */
  bodies?: { request?: string; response?: string };
  /** The data model the LMS persisted, for commit events. */
  data?: Record<string, string>;
  /** Elements whose value differs from the previous commit (or that are new). */
  changed?: string[];
}

export interface ViewLaunch {
  path?: string;
  /** Absent when the trace is not embedded in the results. */
  events?: ViewEvent[];
  /** Virtual time of the end, the right edge of the timeline. */
  end: number;
  ended?: EndReason;
}

export interface ViewScenario {
  id: string;
  title: string;
  version: string;
  launchMode: string;
  status: Status;
  duration: number;
  error?: string;
  reason?: string;
  expected?: Expected;
  findings: Finding[];
  launches: ViewLaunch[];
}

export interface ReportData {
  title: string;
  facts: [string, string][];
  totals: Totals;
  exit: { code: number; meaning: string };
  scenarios: ViewScenario[];
}

/** Long values (suspend_data) stay readable in the expanded commit table; labels cut them. */
const LABEL_MAX = 200;

function viewEvents(events: TraceEvent[]): ViewEvent[] {
  let previous: Record<string, string> = {};
  return events.map((event) => {
    const view: ViewEvent = {
      seq: event.seq,
      t: event.t,
      type: event.type,
      label: eventLabel(event, { maxValue: LABEL_MAX }),
    };
    if (event.type === 'http' && (event.requestBody || event.responseBody)) {
      view.bodies = { request: event.requestBody, response: event.responseBody };
    }
    if (event.type === 'commit') {
      const before = previous;
      view.data = event.data;
      view.changed = Object.keys(event.data).filter((k) => before[k] !== event.data[k]);
      previous = event.data;
    }
    return view;
  });
}

function facts(results: Results): [string, string][] {
  const { run } = results;
  const list: [string, string | undefined][] = [
    ['command', run.command],
    ['package', run.package],
    ['suite', run.suite],
    ['SCORM', run.versions.join(', ')],
    ['started', run.started],
    ['duration', `${(run.duration / 1000).toFixed(1)} s`],
    ['harness', run.harnessVersion],
    ['shard', run.shard && `${run.shard.index}/${run.shard.total}`],
    ['workers', String(run.workers)],
    ['node', run.environment.node],
    ['platform', run.environment.platform],
    ['browser', run.environment.browser],
    ['CI', run.environment.ci ? 'yes' : 'no'],
  ];
  return list.filter((f): f is [string, string] => f[1] !== undefined);
}

export function reportData(results: Results, title: string): ReportData {
  const code = exitCodeFor(results);
  return {
    title,
    facts: facts(results),
    totals: results.totals,
    exit: { code, meaning: describeExitCode(code, results) },
    scenarios: results.scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      version: s.edition ? `${s.version} ${s.edition}` : s.version,
      launchMode: s.launchMode,
      status: s.status,
      duration: s.duration,
      error: s.error && printableLines(s.error),
      reason: s.reason && printable(s.reason),
      expected: s.expected,
      // Messages quote content values; control characters are shown, not rendered as boxes.
      findings: s.findings.map((f) => ({ ...f, message: printable(f.message) })),
      launches: s.traces.map(({ path, trace }) => ({
        path,
        events: trace && viewEvents(trace.events),
        end: trace ? trace.events.reduce((max, e) => Math.max(max, e.t), trace.final.t) : 0,
        ended: trace?.final.ended,
      })),
    })),
  };
}

/**
 * JSON that is safe inside a <script> element: `<` `>` `&` and the JS line separators become
 * \u escapes, so no value (a SetValue of "</script>") can end the element or open a comment.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
