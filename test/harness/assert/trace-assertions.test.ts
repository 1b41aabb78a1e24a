import * as chai from 'chai';
import { expect } from 'chai';
import { persistedBy, sliceText, traceAssertions } from '../../../harness/assert/index.ts';
import type { ApiEvent, Trace, TraceEvent } from '../../../harness/trace/types.ts';

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
      shows: /it kept nothing \(ended: terminated, 1 commit\)\nthe content never set/,
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
      shows: /none of the 0 http events matched;\nthe trace has no http events/,
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

const commit = (
  t: number,
  data: Record<string, string>,
  reason: 'commit' | 'terminate' = 'commit',
): TraceEvent => ({
  seq: seq++,
  t,
  type: 'commit',
  reason,
  data,
});
const http = (t: number, method: string, url: string): TraceEvent => ({
  seq: seq++,
  t,
  type: 'http',
  method,
  url,
  status: 200,
  target: 'backend',
});
/** A heartbeat session: `start`, `beats` minutes of SetValue(cmi.session_time) + Commit, `end`. */
function heartbeat(
  beats: number,
  end: (t: number) => TraceEvent[],
  start: () => TraceEvent[] = () => [],
): Trace {
  seq = 0;
  const events = [api(0, 'Initialize', ['']), ...start()];
  for (let i = 1; i <= beats; i++) {
    events.push(api(i * 60_000, 'SetValue', ['cmi.session_time', `PT${i}M`]));
    events.push(api(i * 60_000, 'Commit', ['']));
  }
  return trace([...events, ...end((beats + 1) * 60_000)]);
}
const lineCount = (message: string): number => message.split('\n').length;

describe('chai trace assertions: what a failure shows', () => {
  describe('committed', () => {
    const STATUS = 'cmi.completion_status';

    it("shows an element set but never committed, with each commit's value for it", () => {
      seq = 0;
      const t = trace(
        [
          api(0, 'Initialize', ['']),
          api(0, 'SetValue', [STATUS, 'incomplete']),
          api(0, 'Commit', ['']),
          commit(0, { [STATUS]: 'incomplete', 'cmi.exit': '' }),
          api(120_000, 'SetValue', [STATUS, 'completd'], 'false', '406'),
          api(120_000, 'SetValue', [STATUS, 'completed']),
        ],
        { [STATUS]: 'incomplete' },
      );
      t.final.ended = 'closed';
      const message = failure(() => expect(t).to.have.committed(STATUS, 'completed'));
      expect(message).to.contain(
        `expected the LMS to keep ${STATUS} = "completed", it kept "incomplete" (ended: closed, 1 commit)`,
      );
      expect(message).to.contain(
        `${STATUS} was last set to "completed" at t=120000 (#5) but never committed after that; ` +
          'the last commit, at t=0 (#3), came before it',
      );
      expect(message).to.contain(`SetValue calls on ${STATUS} (3):`);
      expect(message).to.contain(`#4 t=120000 SetValue("${STATUS}", "completd") -> "false" [406]`);
      expect(message).to.contain(`> #5 t=120000 SetValue("${STATUS}", "completed") -> "true" [0]`);
      expect(message).to.contain(
        `> #3 t=0 Commit persisted ${STATUS} = "incomplete" (of 2 elements)`,
      );
    });

    it('shows the commit that persisted the value, and where long values differ', () => {
      seq = 0;
      const envelope = `{"sid":"s-1","pad":"${'x'.repeat(200)}"}`;
      const t = trace(
        [
          api(0, 'SetValue', ['cmi.suspend_data', envelope]),
          api(120_000, 'Terminate', ['']),
          commit(120_000, { 'cmi.suspend_data': envelope }, 'terminate'),
        ],
        { 'cmi.suspend_data': envelope },
      );
      const expected = envelope.replace('"}', 'y"}');
      const message = failure(() => expect(t).to.have.committed('cmi.suspend_data', expected));
      expect(message).to.match(
        /set to "\{\\"sid[^\n]* at t=0 \(#0\) and committed at t=120000 \(#2\)/,
      );
      expect(message).to.contain(
        'they differ from character 220 (lengths 223 and 222): expected …"xxxxxxxxxxxxxxxxxxxxy\\"}", kept …"xxxxxxxxxxxxxxxxxxxx\\"}"',
      );
      expect(message).to.contain('> #2 t=120000 Terminate persisted cmi.suspend_data = "{\\"sid');
    });

    it('keeps a long session to the last sets and the deciding commits', () => {
      const t = heartbeat(
        300,
        (end) => [
          api(end, 'SetValue', [STATUS, 'completed']),
          commit(end, { 'cmi.session_time': 'PT300M', [STATUS]: 'completed' }, 'terminate'),
        ],
        () => [
          api(0, 'SetValue', [STATUS, 'incomplete']),
          ...Array.from({ length: 50 }, (_, i) => commit(i, { [STATUS]: 'incomplete' })),
        ],
      );
      const message = failure(() => expect(t).to.have.committed(STATUS, 'passed'));
      expect(message).to.contain(
        `${STATUS} was last set to "completed" at t=18060000 (#652) and committed at t=18060000 (#653)`,
      );
      expect(message).to.contain(`> #653 t=18060000 Terminate persisted ${STATUS} = "completed"`);
      expect(message).to.contain(`  #51 t=49 Commit persisted ${STATUS} = "incomplete"`);
      expect(message).to.contain('  … 31 earlier commits');
      expect(lineCount(message)).to.be.below(40);
    });
  });

  describe('callCount with no hit shows the calls nearest to the pattern', () => {
    it('the calls to the same function', () => {
      const message = failure(() =>
        expect(good).to.have.callCount({ fn: 'SetValue', element: 'cmi.exit' }, 1),
      );
      expect(message).to.contain(
        'expected 1 calls SetValue("cmi.exit"), got 0; calls to SetValue (2 of 5 API calls):',
      );
      expect(message).to.contain(
        '#3 t=60000 SetValue("cmi.completion_status", "completed") -> "true" [0]',
      );
    });

    it('the calls on the same element', () => {
      const message = failure(() =>
        expect(good).to.have.callCount({ fn: 'GetValue', element: 'cmi.completion_status' }, 1),
      );
      expect(message).to.contain('calls on cmi.completion_status (2 of 5 API calls):');
      expect(message).to.not.contain('(no events)');
    });

    it('a window of the calls when nothing is near', () => {
      const message = failure(() => expect(good).to.have.callCount({ fn: 'LMSCommit' }, 1));
      expect(message).to.contain('no call to LMSCommit(); the API calls:\n  #0 t=0 Initialize("")');
    });
  });

  describe('in a long session, the calls that decide are in the message', () => {
    it('apiCall: the calls on the element and to the function, with what was left out', () => {
      const t = heartbeat(300, (end) => [
        api(end, 'SetValue', ['cmi.exit', '']),
        api(end, 'Terminate', ['']),
      ]);
      const message = failure(() =>
        expect(t).to.have.apiCall({ fn: 'SetValue', element: 'cmi.exit', value: 'suspend' }),
      );
      expect(message).to.contain(
        'expected a call SetValue("cmi.exit", "suspend"), none of the 603 API calls matched;\n' +
          'calls on cmi.exit (1 of 603 API calls):\n  #601 t=18060000 SetValue("cmi.exit", "") -> "true" [0]\n' +
          'calls to SetValue (301 of 603 API calls):',
      );
      expect(message).to.contain('  … 281 calls\n');
      expect(message).to.contain('#601 t=18060000 SetValue("cmi.exit", "")');
      expect(lineCount(message)).to.be.below(30);
    });

    it('firstCall: where the expected first call really is', () => {
      seq = 0;
      const t = trace([
        ...Array.from({ length: 100 }, (_, i) => api(i, 'GetValue', ['cmi.entry'], '', '301')),
        api(100, 'Initialize', ['']),
      ]);
      const message = failure(() => expect(t).to.have.firstCall({ fn: 'Initialize' }));
      expect(message).to.contain('the first Initialize() is call 101 of 101, at t=100 (#100):');
      expect(message).to.contain('> #0 t=0 GetValue("cmi.entry") -> "" [301]');
      expect(message).to.contain('> #100 t=100 Initialize("")');
    });

    it('callBefore: both first calls, however far apart', () => {
      const t = heartbeat(
        100,
        () => [],
        () => [api(0, 'Terminate', [''])],
      );
      const message = failure(() =>
        expect(t).to.have.callBefore({ fn: 'Commit' }, { fn: 'Terminate' }),
      );
      expect(message).to.contain(
        'but the first Commit() is at t=60000 (#3), the first Terminate() at t=0 (#1):',
      );
      expect(message).to.contain('> #1 t=0 Terminate("")');
      expect(message).to.contain('> #3 t=60000 Commit("")');
      const late = failure(() =>
        expect(
          heartbeat(100, (end) => [api(end, 'Terminate', []), api(end, 'Initialize', [''])]),
        ).to.have.callBefore({ fn: 'Terminate' }, { fn: 'Initialize' }),
      );
      expect(late).to.contain('> #0 t=0 Initialize("")');
      expect(late).to.contain('> #201 t=6060000 Terminate()');
    });

    it('callBefore: the calls nearest to the missing one', () => {
      const t = heartbeat(100, (end) => [
        api(end, 'GetValue', ['cmi.exit'], ''),
        api(end, 'Terminate', ['']),
      ]);
      const message = failure(() =>
        expect(t).to.have.callBefore({ fn: 'SetValue', element: 'cmi.exit' }, { fn: 'Terminate' }),
      );
      expect(message).to.contain(
        'but no call SetValue("cmi.exit"); the first Terminate() is at t=6060000 (#202);\n' +
          'calls on cmi.exit (1 of 203 API calls):\n  #201 t=6060000 GetValue("cmi.exit")',
      );
    });

    it('noCallAfter: the end, the first call after it and the last', () => {
      seq = 0;
      const t = trace([
        api(0, 'Initialize', ['']),
        api(1, 'Terminate', ['']),
        ...Array.from({ length: 200 }, (_, i) => api(2 + i, 'GetValue', [`cmi.e${i}`], '', '112')),
      ]);
      const message = failure(() => expect(t).to.have.noCallAfter({ fn: 'Terminate' }));
      expect(message).to.contain('after Terminate() at t=1 (#1), got 200:');
      expect(message).to.contain('> #1 t=1 Terminate("")');
      expect(message).to.contain('> #2 t=2 GetValue("cmi.e0") -> "" [112]');
      expect(message).to.contain('> #201 t=201 GetValue("cmi.e199") -> "" [112]');
    });

    it('valueAt: the calls on an element the content never set', () => {
      const message = failure(() => expect(bad).to.have.valueAt('cmi.entry', 0, 'resume'));
      expect(message).to.contain('it held nothing set; calls on cmi.entry (1 of 5 API calls):');
      expect(message).to.contain('#100 t=0 GetValue("cmi.entry") -> "ab-initio" [0]');
    });

    it('everySetAccepted: every refused SetValue, not only the first', () => {
      const t = heartbeat(
        200,
        (end) => [api(end, 'SetValue', ['cmi.score.raw', '200'], 'false', '407')],
        () => [api(1, 'SetValue', ['cmi.exit', 'later'], 'false', '406')],
      );
      const message = failure(() => expect(t).to.have.everySetAccepted());
      expect(message).to.contain('2 of 202 did not:');
      expect(message).to.contain('SetValue("cmi.exit", "later") -> "false" [406]');
      expect(message).to.contain('SetValue("cmi.score.raw", "200") -> "false" [407]');
      expect(message).to.contain('around the first, at t=1 (#1):');
    });

    it('httpRequest: the requests to the same path or with the same method', () => {
      seq = 0;
      const t = trace([
        ...Array.from({ length: 200 }, (_, i) => http(i, 'POST', 'http://h/b/api/heartbeat')),
        http(200, 'GET', 'http://h/b/api/bye'),
      ]);
      const message = failure(() => expect(t).to.have.httpRequest('POST', /\/bye$/));
      expect(message).to.contain(
        'none of the 201 http events matched;\nrequests to /\\/bye$/ (1 of 201 http events):\n' +
          '  #200 t=200 GET http://h/b/api/bye -> 200 (backend)\nPOST requests (200 of 201 http events):',
      );
    });
  });

  it('keeps every failure message bounded in a session of thousands of events', () => {
    const t = heartbeat(2000, (end) => [api(end, 'Terminate', ['']), api(end, 'Commit', [''])]);
    const failures = [
      () => expect(t).to.have.apiCall({ fn: 'SetValue', element: 'cmi.session_time', value: 'x' }),
      () => expect(t).to.not.have.apiCall({ fn: 'Commit' }),
      () => expect(t).to.have.callCount({ fn: 'Commit' }, 1),
      () => expect(t).to.have.firstCall({ fn: 'Commit' }),
      () => expect(t).to.have.callBefore({ fn: 'Terminate' }, { fn: 'Commit' }),
      () => expect(t).to.have.noCallAfter({ fn: 'Initialize' }),
      () => expect(t).to.have.valueAt('cmi.session_time', 10_000_000, 'PT1M'),
      () => expect(t).to.have.committed('cmi.session_time', 'PT1M'),
      () => expect(t).to.not.have.everySetAccepted(),
    ];
    for (const fail of failures) expect(lineCount(failure(fail))).to.be.at.most(60);
  });
});

describe('sliceText', () => {
  seq = 0;
  const calls = Array.from({ length: 100 }, (_, i) => api(i, 'GetValue', [`e${i}`]));

  it('shows the first and last events when nothing is marked', () => {
    const text = sliceText(calls, undefined, { max: 4, noun: 'call' });
    expect(text.split('\n').map((l) => l.slice(0, 12))).to.deep.equal([
      '  #0 t=0 Get',
      '  #1 t=1 Get',
      '  … 96 calls',
      '  #98 t=98 G',
      '  #99 t=99 G',
    ]);
  });

  it('centres one mark in a window of any size, odd ones too', () => {
    for (const max of [11, 12]) {
      const lines = sliceText(calls, 40, { max }).split('\n');
      expect(lines.find((l) => l.startsWith('>'))?.split(' ')[1], `max ${max}`).to.equal('#40');
      expect(lines[1]?.split(' ')[2], `max ${max}`).to.equal(`#${40 - Math.floor(max / 2)}`);
      expect(lines, `max ${max}`).to.have.length(max + 2);
    }
  });

  it('shows every size of slice for any marks without losing or inventing events', () => {
    for (const length of [1, 2, 7, 40, 100]) {
      for (const max of [3, 4, 5, 11, 40]) {
        for (const marks of [[], [0], [length - 1], [Math.floor(length / 2)], [0, 1, length - 1]]) {
          const lines = sliceText(calls.slice(0, length), marks, { max }).split('\n');
          const shown = lines.filter((l) => !l.startsWith('  …'));
          const skipped = lines
            .filter((l) => l.startsWith('  …'))
            .reduce((n, l) => n + Number(/… (\d+)/.exec(l)?.[1]), 0);
          const where = `length ${length}, max ${max}, marks ${marks.join(',')}`;
          expect(shown.length + skipped, where).to.equal(length);
          expect(shown.length, where).to.be.at.most(Math.max(3, max));
        }
      }
    }
  });

  it('shows a window around each mark and counts the marks it could not show', () => {
    const marks = [10, 50, 51, 52, 53, 54, 90];
    const lines = sliceText(calls, marks, { max: 12 }).split('\n');
    expect(lines.filter((l) => l.startsWith('>')).map((l) => l.split(' ')[1])).to.deep.equal([
      '#10',
      '#50',
      '#51',
      '#52',
      '#53',
    ]);
    expect(lines.at(-1)).to.equal('  … 46 later events, 2 of them marked');
    expect(lines.length).to.be.at.most(12 + 3);
  });
});

describe('trace assertions given values of the wrong type', () => {
  it('still fail with a message, not a TypeError, for a number where a string belongs', () => {
    seq = 0;
    const t = [api(0, 'SetValue', ['cmi.score.raw', '70'])];
    const message = failure(() =>
      expect(t).to.have.valueAt('cmi.score.raw', 0, 71 as unknown as string),
    );
    expect(message).to.include('"71"');
  });
});

describe('persistedBy', () => {
  it('finds what a Commit call persisted: the last commit event before the call', () => {
    seq = 0;
    const events = [
      commit(0, { 'cmi.exit': '' }),
      api(1, 'SetValue', ['cmi.exit', 'suspend']),
      commit(2, { 'cmi.exit': 'suspend' }),
      api(2, 'Commit', ['']),
      commit(3, { 'cmi.exit': 'normal' }),
    ];
    const call = events[3] as ApiEvent;
    expect(persistedBy(events, call)?.data).to.deep.equal({ 'cmi.exit': 'suspend' });
    expect(persistedBy(events.slice(1, 2), events[1] as ApiEvent)).to.equal(undefined);
  });
});
