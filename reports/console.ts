/**
 * The console summary: one line per scenario, then each failure with its findings and the slice of
 * the trace that explains it, then the totals and what the exit code will be.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { describeExitCode, exitCodeFor, outcomeOf } from '../harness/results/exit-code.ts';
import type { Finding, Results, ScenarioResult, Status } from '../harness/results/types.ts';
import type { TraceEvent } from '../harness/trace/types.ts';
import { eventLabel, printable, printableLines } from './event-label.ts';
import { findingEventRef, findingEvents, lastEvents, tracePathLines } from './trace-slice.ts';

export interface ConsoleOptions {
  /** Decide with colorEnabled() from terminal.ts; off by default so files and pipes stay clean. */
  color?: boolean;
  /** Events shown before and after the one a finding points at. */
  context?: { before: number; after: number };
}

const marks: Record<Status, string> = {
  pass: '✔',
  fail: '✘',
  error: '!',
  timeout: '⧗',
  crash: '☠',
  skip: '-',
};

const words: Record<Status, string> = {
  pass: 'passed',
  fail: 'failed',
  error: 'error',
  timeout: 'timed out',
  crash: 'crashed',
  skip: 'skipped',
};

function paint(c: ChalkInstance, status: Status, text: string): string {
  if (status === 'pass') return c.green(text);
  if (status === 'fail') return c.red(text);
  if (status === 'skip') return c.dim(text);
  return c.magenta(text);
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function header(c: ChalkInstance, results: Results): string {
  const { run, totals } = results;
  const parts = [`scorm-harness ${run.command}`, run.suite, run.package]
    .filter((p): p is string => p !== undefined)
    .map(printable);
  parts.push(`${totals.scenarios} scenario${totals.scenarios === 1 ? '' : 's'}`);
  if (run.shard) parts.push(`shard ${run.shard.index}/${run.shard.total}`);
  return c.bold(parts.join(' · '));
}

function scenarioLine(c: ChalkInstance, s: ScenarioResult): string {
  const version = s.edition ? `${s.version} ${s.edition}` : s.version;
  const detail = c.dim(`(${version}, ${s.launchMode}, ${seconds(s.duration)})`);
  const note = s.reason ?? (s.expected && `expected to fail: ${s.expected.reason}`);
  const why = note ? c.dim(` — ${printable(note)}`) : '';
  return `  ${paint(c, s.status, `${marks[s.status]} ${printable(s.id)}`)}  ${printable(s.title)} ${detail}${why}`;
}

function eventLine(c: ChalkInstance, event: TraceEvent, focus: number | undefined): string {
  const text = `#${event.seq} t=${event.t}ms ${eventLabel(event)}`;
  return event.seq === focus ? `      ${c.yellow('>')} ${c.bold(text)}` : `        ${c.dim(text)}`;
}

function findingLines(
  c: ChalkInstance,
  s: ScenarioResult,
  f: Finding,
  options: ConsoleOptions,
): string[] {
  const color = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.cyan;
  const lines = [
    `    ${color(f.severity)} ${c.bold(printable(f.ruleId))}: ${printable(f.message)}`,
  ];
  const about = [f.ref, `blame ${f.blame}`, findingEventRef(f)];
  lines.push(`      ${c.dim(about.filter((a) => a !== undefined).join(' · '))}`);
  if (f.hint) lines.push(`      fix: ${printable(f.hint)}`);
  for (const event of findingEvents(s, f, options.context)) lines.push(eventLine(c, event, f.seq));
  return lines;
}

function details(
  c: ChalkInstance,
  s: ScenarioResult,
  n: number,
  options: ConsoleOptions,
): string[] {
  const outcome = outcomeOf(s);
  const word =
    outcome === 'expected-failure'
      ? 'failed as expected'
      : outcome === 'unexpected-pass'
        ? 'passed, but expected to fail'
        : words[s.status];
  const title = `${n}) ${printable(s.id)}: ${printable(s.title)} (${word})`;
  const lines = [outcome === 'unexpected-pass' ? c.red(title) : paint(c, s.status, title)];
  if (s.expected) {
    const issue = s.expected.issue ? ` (${printable(s.expected.issue)})` : '';
    lines.push(`    expected to fail: ${printable(s.expected.reason)}${issue}`);
  }
  if (s.error) lines.push(printableLines(s.error).replace(/^/gm, '    '));
  for (const finding of s.findings) lines.push(...findingLines(c, s, finding, options));
  const tail = outcome === 'passed' || outcome === 'skipped' ? undefined : lastEvents(s);
  if (tail) {
    lines.push(`    ${c.dim(tail.heading)}`);
    for (const event of tail.events) lines.push(eventLine(c, event, undefined));
  }
  for (const line of tracePathLines(s)) lines.push(`    ${c.dim(printable(line))}`);
  return lines;
}

function totalsLine(c: ChalkInstance, results: Results): string {
  const { statuses, findings } = results.totals;
  const counts = (Object.keys(statuses) as Status[])
    .filter((k) => statuses[k] > 0)
    .map((k) => paint(c, k, `${statuses[k]} ${words[k]}`));
  const found = `findings: ${findings.error} error, ${findings.warning} warning, ${findings.info} info`;
  return `${counts.join(', ') || 'nothing ran'} · ${found} · ${seconds(results.run.duration)}`;
}

export function renderConsole(results: Results, options: ConsoleOptions = {}): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines = [header(c, results), ''];
  for (const s of results.scenarios) lines.push(scenarioLine(c, s));
  const explained = results.scenarios.filter(
    (s) => !['passed', 'skipped'].includes(outcomeOf(s)) || s.findings.length > 0,
  );
  if (explained.length > 0) lines.push('', c.bold('Details'));
  explained.forEach((s, i) => lines.push('', ...details(c, s, i + 1, options)));
  const code = exitCodeFor(results);
  lines.push(
    '',
    totalsLine(c, results),
    c.bold(`exit ${code}: ${describeExitCode(code, results)}`),
  );
  return lines.join('\n') + '\n';
}
