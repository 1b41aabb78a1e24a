/**
 * JUnit XML in the shape CI systems parse (Jenkins' junit-10 schema, which GitLab, GitHub actions
 * and Surefire readers accept): one testsuite per SCORM version, `<failure>` when the content failed
 * a check (or passed one it was expected to fail), `<error>` when the harness could not finish,
 * `<skipped>` with the reason (expected failures included).
 */
import { outcomeOf, type Outcome } from '../harness/results/exit-code.ts';
import type { Results, ScenarioResult, Finding } from '../harness/results/types.ts';
import type { ScormVersion } from '../harness/trace/types.ts';
import { eventLabel } from './event-label.ts';
import { findingEventRef, findingEvents, lastEvents, tracePathLines } from './trace-slice.ts';
import { element, xmlText } from './xml.ts';

export interface JunitOptions {
  /** Events shown around each finding in the failure text. */
  context?: { before: number; after: number };
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function findingText(s: ScenarioResult, f: Finding, options: JunitOptions): string {
  const lines = [`${f.severity} ${f.ruleId}: ${f.message}`];
  const about = [f.ref, `blame ${f.blame}`, findingEventRef(f)];
  lines.push(`  ${about.filter((a) => a !== undefined).join(' · ')}`);
  if (f.hint) lines.push(`  fix: ${f.hint}`);
  for (const e of findingEvents(s, f, options.context)) {
    lines.push(`  ${e.seq === f.seq ? '>' : ' '} #${e.seq} t=${e.t}ms ${eventLabel(e)}`);
  }
  return lines.join('\n');
}

function expectation(s: ScenarioResult): string {
  const issue = s.expected?.issue ? ` (${s.expected.issue})` : '';
  return `${s.expected?.reason ?? ''}${issue}`;
}

function verdict(s: ScenarioResult, options: JunitOptions): string {
  const outcome = outcomeOf(s);
  if (outcome === 'passed') return '';
  if (outcome === 'skipped') return element('skipped', { message: s.reason ?? 'skipped' });
  // CI has no "expected failure" state; skipped is how xfail is commonly reported.
  if (outcome === 'expected-failure') {
    return element('skipped', { message: `expected failure: ${expectation(s)}` });
  }
  if (outcome === 'unexpected-pass') {
    const message = `passed, but expected to fail: ${expectation(s)}`;
    return element('failure', { type: 'unexpected-pass', message }, xmlText(message));
  }
  if (outcome === 'harness-failed') {
    const text = s.error ?? s.status;
    return element('error', { type: s.status, message: text }, xmlText(text));
  }
  const errors = s.findings.filter((f) => f.severity === 'error');
  const first = errors[0] ?? s.findings[0];
  const body = [s.error, ...s.findings.map((f) => findingText(s, f, options)), tailText(s)]
    .filter((part) => part !== undefined)
    .join('\n\n');
  // A scenario's own assertion is the verdict; its findings only inform (the lint suite has none).
  const head =
    s.error !== undefined
      ? { type: 'assertion', message: s.error }
      : { type: first?.ruleId ?? 'fail', message: first?.message ?? 'failed' };
  return element('failure', head, xmlText(body));
}

function tailText(s: ScenarioResult): string | undefined {
  const tail = lastEvents(s);
  if (!tail) return undefined;
  const events = tail.events.map((e) => `    #${e.seq} t=${e.t}ms ${eventLabel(e)}`);
  return [tail.heading, ...events].join('\n');
}

function systemOut(s: ScenarioResult, options: JunitOptions): string {
  const version = s.edition ? `SCORM ${s.version} ${s.edition}` : `SCORM ${s.version}`;
  const lines = [s.title, `${version}, launch ${s.launchMode}`];
  lines.push(...tracePathLines(s));
  // Findings on a passing scenario (warnings, infos) would otherwise be lost in CI.
  if (outcomeOf(s) === 'passed') {
    for (const f of s.findings) lines.push(findingText(s, f, options));
  }
  return element('system-out', {}, xmlText(lines.join('\n')));
}

function testcase(s: ScenarioResult, classname: string, options: JunitOptions): string {
  const content = verdict(s, options) + systemOut(s, options);
  return element('testcase', { name: s.id, classname, time: seconds(s.duration) }, content);
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  time: string;
}

function count(scenarios: ScenarioResult[]): Counts {
  const outcomes = scenarios.map(outcomeOf);
  const counted = (...wanted: Outcome[]) => outcomes.filter((o) => wanted.includes(o)).length;
  return {
    tests: scenarios.length,
    failures: counted('content-failed', 'unexpected-pass'),
    errors: counted('harness-failed'),
    skipped: counted('skipped', 'expected-failure'),
    time: seconds(scenarios.reduce((sum, s) => sum + s.duration, 0)),
  };
}

function properties(results: Results): string {
  const { run } = results;
  const props: [string, string | undefined][] = [
    ['command', run.command],
    ['package', run.package],
    ['suite', run.suite],
    ['harness.version', run.harnessVersion],
    ['shard', run.shard && `${run.shard.index}/${run.shard.total}`],
    ['workers', String(run.workers)],
    ['node', run.environment.node],
    ['platform', run.environment.platform],
    ['browser', run.environment.browser],
    ['ci', String(run.environment.ci)],
  ];
  const items = props
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([name, value]) => element('property', { name, value }));
  return element('properties', {}, items.join(''));
}

export function renderJunit(results: Results, options: JunitOptions = {}): string {
  const name = results.run.suite ?? results.run.command;
  const versions: ScormVersion[] = ['1.2', '2004'];
  const suites = versions.flatMap((version) => {
    const scenarios = results.scenarios.filter((s) => s.version === version);
    if (scenarios.length === 0) return [];
    const classname = `${name}.scorm${version.replace('.', '')}`;
    const { tests, failures, errors, skipped, time } = count(scenarios);
    const cases = scenarios.map((s) => testcase(s, classname, options)).join('\n');
    const attrs = {
      name: `${name} (SCORM ${version})`,
      tests,
      failures,
      errors,
      skipped,
      time,
      timestamp: results.run.started,
      package: results.run.package,
    };
    return [element('testsuite', attrs, `\n${properties(results)}\n${cases}\n`)];
  });
  const { tests, failures, errors } = count(results.scenarios);
  // The run's wall time, not the sum: with several workers scenarios overlap.
  const time = seconds(results.run.duration);
  const root = element(
    'testsuites',
    { name: `scorm-harness ${results.run.command} ${name}`, tests, failures, errors, time },
    `\n${suites.join('\n')}\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
