import * as chai from 'chai';
import { expect } from 'chai';
import { traceAssertions } from '../../../harness/assert/index.ts';
import type { Trace, TraceEvent } from '../../../harness/trace/types.ts';

chai.use(traceAssertions);

let seq = 0;
const api = (
  t: number,
  fn: string,
  args: string[] = [],
  result = 'true',
  error = '0',
): TraceEvent => ({
  seq: seq++,
  t,
  type: 'api',
  fn,
  args,
  result,
  error,
});

function trace(events: TraceEvent[], data: Record<string, string> = {}): Trace {
  return {
    schemaVersion: 1,
    meta: {
      package: 'p',
      sco: 's',
      version: '2004',
      launchMode: 'frameset',
      learner: { id: 'l', name: 'n' },
      profile: 'spec',
      harnessVersion: '0',
      started: '2025-01-01T00:00:00.000Z',
    },
    events,
    final: {
      ended: 'terminated',
      t: 0,
      state: {
        version: '2004',
        data,
        terminated: true,
        exit: '',
        sessionTime: '',
        totalTime: '',
      },
      commits: 1,
    },
  };
}

seq = 0;
const good = trace(
  [
    api(0, 'Initialize', ['']),
    api(0, 'SetValue', ['cmi.completion_status', 'incomplete']),
    api(0, 'Commit', ['']),
    api(60_000, 'SetValue', ['cmi.completion_status', 'completed']),
    {
      seq: seq++,
      t: 60_000,
      type: 'http',
      method: 'POST',
      url: 'http://h/b/api/sch/scorm/heartbeat',
      status: 200,
      target: 'backend',
    },
    api(60_000, 'Terminate', ['']),
  ],
  { 'cmi.completion_status': 'completed' },
);
seq = 100;
const bad = trace([
  api(0, 'GetValue', ['cmi.entry'], 'ab-initio'),
  api(0, 'Initialize', ['']),
  api(0, 'SetValue', ['cmi.score.raw', '200'], 'false', '407'),
  api(0, 'Terminate', ['']),
  api(0, 'Commit', [''], 'false', '143'),
]);

/** The message of the assertion `fn` makes fail. */
function failure(fn: () => void): string {
  try {
    fn();
  } catch (error) {
    expect((error as Error).name).to.equal('AssertionError');
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('chai trace assertions', () => {
  const table: { name: string; pass: () => void; fail: () => void; shows: RegExp }[] = [
    {
      name: 'firstCall',
      pass: () => expect(good).to.have.firstCall({ fn: 'Initialize' }),
      fail: () => expect(bad).to.have.firstCall({ fn: 'Initialize' }),
      shows: /> #100 t=0 GetValue\("cmi\.entry"\)/,
    },
    {
      name: 'apiCall',
      pass: () =>
        expect(good).to.have.apiCall({ fn: 'SetValue', element: 'cmi.completion_status' }),
      fail: () => expect(bad).to.have.apiCall({ fn: 'SetValue', value: 'incomplete' }),
      shows: /SetValue\("cmi\.score\.raw", "200"\) -> "false" \[407\]/,
    },
    {
      name: 'not.apiCall',
      pass: () => expect(good).to.not.have.apiCall({ fn: 'GetValue' }),
      fail: () => expect(bad).to.not.have.apiCall({ fn: 'GetValue' }),
      shows: /> #100 t=0 GetValue/,
    },
    {
      name: 'callCount',
      pass: () => expect(good).to.have.callCount({ fn: 'Terminate' }, 1),
      fail: () => expect(good).to.have.callCount({ fn: 'SetValue' }, 1),
      shows: /expected 1 calls SetValue\(\), got 2/,
    },
    {
      name: 'callBefore',
      pass: () => expect(good).to.have.callBefore({ fn: 'Commit' }, { fn: 'Terminate' }),
      fail: () => expect(bad).to.have.callBefore({ fn: 'Commit' }, { fn: 'Terminate' }),
      shows: /Commit\(\) before Terminate\(\)/,
    },
    {
      name: 'noCallAfter',
      pass: () => expect(good).to.have.noCallAfter({ fn: 'Terminate' }),
      fail: () => expect(bad).to.have.noCallAfter({ fn: 'Terminate' }),
      shows: /got 1:[\s\S]*> #104 t=0 Commit/,
    },
    {
      name: 'valueAt',
      pass: () => expect(good).to.have.valueAt('cmi.completion_status', 59_999, 'incomplete'),
      fail: () => expect(good).to.have.valueAt('cmi.completion_status', 60_000, 'incomplete'),
      shows: /it held "completed"[\s\S]*> #3 t=60000/,
    },
    {
      name: 'committed',
      pass: () => expect(good).to.have.committed('cmi.completion_status', 'completed'),
      fail: () => expect(bad).to.have.committed('cmi.completion_status', 'completed'),
      shows: /it kept nothing \(ended: terminated\)/,
    },
    {
      name: 'everySetAccepted',
      pass: () => expect(good).to.have.everySetAccepted(),
      fail: () => expect(bad).to.have.everySetAccepted(),
      shows: /1 did not:[\s\S]*> #102/,
    },
    {
      name: 'httpRequest',
      pass: () => expect(good).to.have.httpRequest('POST', /\/heartbeat$/),
      fail: () => expect(bad).to.have.httpRequest('POST', /\/heartbeat$/),
      shows: /\(no events\)/,
    },
  ];
  for (const row of table) {
    it(`${row.name} passes on a matching trace and shows the trace slice when it fails`, () => {
      row.pass();
      expect(failure(row.fail)).to.match(row.shows);
    });
  }

  it('accepts a list of events and anything with events()', () => {
    expect(good.events).to.have.firstCall({ fn: 'Initialize' });
    expect({ events: () => good.events }).to.have.callCount({ fn: 'Commit' }, 1);
  });

  it('cuts long traces around the event it points at', () => {
    seq = 1000;
    const long = trace(Array.from({ length: 200 }, (_, i) => api(i, 'GetValue', [`e${i}`])));
    const message = failure(() =>
      expect(long).to.not.have.apiCall({ fn: 'GetValue', element: 'e150' }),
    );
    expect(message).to.match(/… 130 earlier events/);
    expect(message).to.match(/> #1150 t=150/);
    expect(message).to.match(/… 30 later events/);
  });
});
