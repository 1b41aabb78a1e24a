/**
 * The one-screen summary of a launch: calls by function, the calls that set an error code, the
 * status, score and location the LMS kept, how the session ended, and where the trace is.
 * Pure: (trace, facts, chalk) → text, so it is tested without a terminal.
 */
import type { ChalkInstance } from 'chalk';
import type { ApiEvent, PersistedLmsState, Trace } from '../../trace/types.ts';
import { formatDuration } from '../duration.ts';

export interface LaunchFacts {
  driver: string;
  tracePath: string;
}

const MAX_ERRORS = 8;

const ENDINGS: Record<Trace['final']['ended'], string> = {
  terminated: 'the content terminated the session',
  closed: 'the learner closed the window',
  crashed: 'the browser crashed',
  timeout: 'stopped by the harness, not terminated by the content',
  'harness-error': 'the harness could not finish the launch',
};

function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}

function callsLine(c: ChalkInstance, calls: ApiEvent[]): string {
  if (calls.length === 0) return c.yellow('none: the content never called the API');
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(call.fn, (counts.get(call.fn) ?? 0) + 1);
  return [...counts].map(([fn, n]) => `${fn} ${c.bold(String(n))}`).join(c.dim(' · '));
}

function errorLines(c: ChalkInstance, calls: ApiEvent[]): string[] {
  const failed = calls.filter((e) => e.error !== '0' && e.error !== '');
  if (failed.length === 0) return [c.green('none')];
  const lines = failed
    .slice(0, MAX_ERRORS)
    .map(
      (e) =>
        `${c.dim(`#${e.seq} ${formatDuration(e.t)}`)} ${e.fn}(${e.args.map(quote).join(', ')}) → ${quote(e.result)} ${c.red(`error ${e.error}`)}`,
    );
  if (failed.length > MAX_ERRORS) lines.push(c.dim(`… and ${failed.length - MAX_ERRORS} more`));
  return lines;
}

/** Status, score and location in the version's own element names. */
function outcome(state: PersistedLmsState | null): string {
  if (!state) return 'nothing persisted (no Commit or Terminate reached the LMS)';
  const d = state.data;
  const pick = (label: string, element: string) =>
    d[element] !== undefined && d[element] !== '' ? `${label} ${d[element]}` : undefined;
  const parts =
    state.version === '1.2'
      ? [
          pick('status', 'cmi.core.lesson_status'),
          pick('score', 'cmi.core.score.raw'),
          pick('location', 'cmi.core.lesson_location'),
        ]
      : [
          pick('completion', 'cmi.completion_status'),
          pick('success', 'cmi.success_status'),
          pick('score', 'cmi.score.scaled'),
          pick('location', 'cmi.location'),
        ];
  parts.push(state.exit ? `exit ${state.exit}` : undefined);
  return parts.filter((p): p is string => p !== undefined).join(' · ') || 'no status or score set';
}

export function renderLaunchSummary(trace: Trace, facts: LaunchFacts, c: ChalkInstance): string {
  const { meta, final, events } = trace;
  const calls = events.filter((e): e is ApiEvent => e.type === 'api');
  const pageErrors = events.filter((e) => e.type === 'lifecycle' && e.what === 'page-error').length;
  const consoleErrors = events.filter((e) => e.type === 'console' && e.level === 'error').length;
  const version = meta.edition ? `SCORM ${meta.version} ${meta.edition}` : `SCORM ${meta.version}`;
  const label = (text: string) => c.dim(text.padEnd(9));
  const ended = final.ended === 'terminated' ? c.green(final.ended) : c.yellow(final.ended);
  const errors = errorLines(c, calls);
  const lines = [
    c.bold(
      `scorm-harness launch · ${meta.sco} (${version}) · ${meta.launchMode} · ${facts.driver}`,
    ),
    `${label('package')}${meta.package}`,
    `${label('calls')}${callsLine(c, calls)}`,
    `${label('errors')}${errors[0]}`,
    ...errors.slice(1).map((line) => `${' '.repeat(9)}${line}`),
    `${label('final')}${outcome(final.state)}`,
    `${label('ended')}${ended} at ${formatDuration(final.t)} of virtual time: ${ENDINGS[final.ended]} (${final.commits} commit${final.commits === 1 ? '' : 's'})`,
  ];
  if (pageErrors + consoleErrors > 0) {
    lines.push(
      `${label('page')}${c.red(`${pageErrors} page error(s), ${consoleErrors} console error(s)`)}`,
    );
  }
  lines.push(`${label('trace')}${facts.tracePath} (${events.length} events)`);
  return lines.join('\n') + '\n';
}
