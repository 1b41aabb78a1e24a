import { createResults } from '../../../harness/results/totals.ts';
import type { Results, RunInfo, ScenarioResult } from '../../../harness/results/types.ts';
import type { Trace, TraceEvent } from '../../../harness/trace/types.ts';

/** Text that breaks naive HTML, XML and terminal output; reporters must carry it through intact. */
export const HOSTILE = 'a</script><b>&"\'\u0001\u001b[31m\uFFFF';

function trace12(events: TraceEvent[], ended: Trace['final']['ended']): Trace {
  const commits = events.filter((e) => e.type === 'commit');
  const last = commits.at(-1);
  return {
    schemaVersion: 1,
    meta: {
      package: 'examples/sch-bridge',
      sco: 'sco-1',
      version: '1.2',
      launchMode: 'frameset',
      learner: { id: 'learner-1', name: 'Learner, Test' },
      profile: 'spec',
      harnessVersion: '0.1.0',
      started: '2025-01-01T00:00:00.000Z',
    },
    events,
    final: {
      ended,
      t: events.at(-1)?.t ?? 0,
      commits: commits.length,
      state: last
        ? {
            version: '1.2',
            data: last.data,
            terminated: ended === 'terminated',
            exit: '',
            sessionTime: '00:01:00',
            totalTime: '00:01:00',
          }
        : null,
    },
  };
}

/** A SCORM 1.2 session that suspends with an oversized suspend_data (the failing scenario). */
export function suspendTrace(): Trace {
  return trace12(
    [
      {
        seq: 0,
        t: 0,
        type: 'lifecycle',
        what: 'launch',
        url: 'http://127.0.0.1:4000/sco/index.html',
      },
      { seq: 1, t: 12, type: 'api', fn: 'LMSInitialize', args: [''], result: 'true', error: '0' },
      {
        seq: 2,
        t: 15,
        type: 'api',
        fn: 'LMSGetValue',
        args: ['cmi.core.entry'],
        result: 'ab-initio',
        error: '0',
      },
      {
        seq: 3,
        t: 20,
        type: 'http',
        method: 'POST',
        url: 'http://127.0.0.1:4000/api/heartbeat',
        status: 200,
        target: 'backend',
        requestBody: '{"session":"s-1"}',
      },
      { seq: 4, t: 30, type: 'console', level: 'warn', text: `odd value ${HOSTILE}` },
      {
        seq: 5,
        t: 60_000,
        type: 'api',
        fn: 'LMSSetValue',
        args: ['cmi.suspend_data', 'x'.repeat(40)],
        result: 'true',
        error: '0',
      },
      {
        seq: 6,
        t: 60_010,
        type: 'api',
        fn: 'LMSSetValue',
        args: ['cmi.core.exit', 'suspend'],
        result: 'true',
        error: '0',
      },
      {
        seq: 7,
        t: 60_020,
        type: 'commit',
        reason: 'commit',
        data: {
          'cmi.core.lesson_status': 'incomplete',
          'cmi.core.exit': 'suspend',
          'cmi.suspend_data': 'x'.repeat(40),
        },
      },
      {
        seq: 8,
        t: 60_030,
        type: 'dialog',
        kind: 'confirm',
        message: 'Leave?',
        answer: { accept: true },
      },
      {
        seq: 9,
        t: 60_040,
        type: 'api',
        fn: 'LMSSetValue',
        args: ['cmi.core.score.raw', HOSTILE],
        result: 'false',
        error: '405',
      },
      { seq: 10, t: 60_050, type: 'api', fn: 'LMSFinish', args: [''], result: 'true', error: '0' },
      {
        seq: 11,
        t: 60_050,
        type: 'commit',
        reason: 'terminate',
        data: {
          'cmi.core.lesson_status': 'incomplete',
          'cmi.core.exit': 'suspend',
          'cmi.suspend_data': 'x'.repeat(40),
          'cmi.core.session_time': '00:01:00',
        },
      },
      { seq: 12, t: 60_060, type: 'lifecycle', what: 'unload' },
    ],
    'terminated',
  );
}

/** The relaunch after suspendTrace: entry is resume and suspend_data comes back. */
function resumeTrace(): Trace {
  return trace12(
    [
      { seq: 0, t: 0, type: 'lifecycle', what: 'relaunch' },
      { seq: 1, t: 4, type: 'api', fn: 'LMSInitialize', args: [''], result: 'true', error: '0' },
      {
        seq: 2,
        t: 6,
        type: 'api',
        fn: 'LMSGetValue',
        args: ['cmi.core.entry'],
        result: 'resume',
        error: '0',
      },
      { seq: 3, t: 9, type: 'api', fn: 'LMSFinish', args: [''], result: 'true', error: '0' },
    ],
    'terminated',
  );
}

function passTrace(): Trace {
  return trace12(
    [
      { seq: 0, t: 0, type: 'lifecycle', what: 'launch' },
      { seq: 1, t: 5, type: 'api', fn: 'LMSInitialize', args: [''], result: 'true', error: '0' },
      { seq: 2, t: 9, type: 'api', fn: 'LMSFinish', args: [''], result: 'true', error: '0' },
    ],
    'terminated',
  );
}

const scenarios = (): ScenarioResult[] => [
  {
    id: 'lifecycle/initialize-first',
    title: 'Initializes before any other call',
    version: '1.2',
    launchMode: 'frameset',
    status: 'pass',
    findings: [],
    duration: 812,
    traces: [{ path: 'out/traces/initialize-first.trace.json', trace: passTrace() }],
  },
  {
    id: 'suspend/suspend-data-small',
    title: 'suspend_data holds only the session id',
    version: '1.2',
    launchMode: 'frameset',
    status: 'fail',
    findings: [
      {
        ruleId: 'sch/suspend-data-session-only',
        severity: 'error',
        message: 'suspend_data is 40 characters; the bridge stores only the session id',
        ref: 'scorm-runtime.md#cmi-suspend-data',
        blame: 'content',
        hint: 'store progress on the backend, not in suspend_data',
        seq: 5,
      },
      {
        ruleId: 'values-valid',
        severity: 'warning',
        message: `SetValue of an invalid score: ${HOSTILE}`,
        ref: 'scorm-runtime.md#s12-cmi-core-score-raw',
        blame: 'content',
        seq: 9,
      },
      {
        ruleId: 'resume-reads-entry',
        severity: 'info',
        message: 'the relaunch read cmi.core.entry and got resume',
        blame: 'content',
        seq: 2,
        launch: 1,
      },
    ],
    duration: 1534,
    traces: [
      { path: 'out/traces/suspend-data-small.trace.json', trace: suspendTrace() },
      { path: 'out/traces/suspend-data-small.2.trace.json', trace: resumeTrace() },
    ],
  },
  {
    id: 'package/loads',
    title: 'Package loads',
    version: '2004',
    edition: '4th',
    launchMode: 'popup',
    status: 'error',
    findings: [],
    duration: 20,
    traces: [],
    error: 'MANIFEST_INVALID: imsmanifest.xml:3: unclosed tag <organization>',
  },
  {
    id: 'heartbeat/every-60s',
    title: 'Heartbeat every 60 s',
    version: '2004',
    edition: '4th',
    launchMode: 'nested:2',
    status: 'timeout',
    findings: [],
    duration: 30_000,
    traces: [],
    error: 'no Terminate within 30000 ms of virtual time',
  },
  {
    id: 'lifecycle/page-crash',
    title: 'Survives a crash',
    version: '2004',
    edition: '3rd',
    launchMode: 'frameset',
    status: 'crash',
    findings: [],
    duration: 410,
    traces: [],
    error: 'Chromium renderer crashed',
  },
  {
    id: 'popup/blocked',
    title: 'Popup launch is blocked',
    version: '2004',
    launchMode: 'popup',
    status: 'skip',
    findings: [],
    duration: 0,
    traces: [],
    reason: 'expected failure on profile moodle (issue #12)',
  },
];

export function sampleRun(): RunInfo {
  return {
    command: 'run',
    package: 'examples/sch-bridge',
    suite: 'sch-bridge',
    versions: ['1.2', '2004'],
    started: '2025-01-01T00:00:00.000Z',
    duration: 33_000,
    harnessVersion: '0.1.0',
    shard: { index: 1, total: 2 },
    workers: 2,
    environment: { node: 'v20.19.0', platform: 'linux', browser: 'Chromium 140', ci: true },
  };
}

/** One scenario of each status, two with embedded traces; a fresh copy each call. */
export function sampleResults(): Results {
  return createResults(sampleRun(), scenarios());
}
