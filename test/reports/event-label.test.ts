import { expect } from 'chai';
import type { TraceEvent } from '../../harness/trace/types.ts';
import { eventLabel, printable, printableLines } from '../../reports/event-label.ts';
import { eventsAround } from '../../reports/trace-slice.ts';
import { suspendTrace } from '../harness/results/sample-results.ts';

describe('event labels', () => {
  const table: [TraceEvent, string][] = [
    [
      {
        seq: 1,
        t: 0,
        type: 'api',
        fn: 'SetValue',
        args: ['cmi.exit', 'suspend'],
        result: 'true',
        error: '0',
      },
      'SetValue("cmi.exit", "suspend") -> "true" [0]',
    ],
    [
      { seq: 1, t: 0, type: 'api', fn: 'GetLastError', args: [], result: '406', error: '0' },
      'GetLastError() -> "406" [0]',
    ],
    [
      {
        seq: 1,
        t: 0,
        type: 'http',
        method: 'GET',
        url: 'https://cdn.x/a.js',
        status: 0,
        target: 'outside',
        blocked: true,
      },
      'GET https://cdn.x/a.js -> 0 (outside, blocked)',
    ],
    [
      {
        seq: 1,
        t: 0,
        type: 'dialog',
        kind: 'prompt',
        message: 'Name?',
        answer: { accept: true, text: 'Ann' },
      },
      'prompt("Name?") -> accepted "Ann"',
    ],
    [
      { seq: 1, t: 0, type: 'console', level: 'error', text: 'red \u001b[31m' },
      'console.error: red \\u001b[31m',
    ],
    [
      { seq: 1, t: 0, type: 'lifecycle', what: 'page-error', detail: 'x is undefined' },
      'page-error x is undefined',
    ],
    [
      { seq: 1, t: 0, type: 'commit', reason: 'terminate', data: { a: '1' } },
      'Terminate persisted 1 element',
    ],
    [{ seq: 1, t: 0, type: 'commit', reason: 'commit', data: {} }, 'Commit persisted 0 elements'],
  ];
  for (const [event, label] of table) {
    it(`${event.type}: ${label}`, () => expect(eventLabel(event)).to.equal(label));
  }

  it('cuts long values and says how much was left out', () => {
    const event: TraceEvent = {
      seq: 1,
      t: 0,
      type: 'api',
      fn: 'LMSSetValue',
      args: ['cmi.suspend_data', 'y'.repeat(50)],
      result: 'true',
      error: '0',
    };
    expect(eventLabel(event, { maxValue: 20 })).to.equal(
      'LMSSetValue("cmi.suspend_data", "yyyyyyyyyyyyyyyyyyyy"…(+30)) -> "true" [0]',
    );
  });

  it('escapes C0 and C1 control characters in quoted values and free text', () => {
    expect(printable('a\u009bb\nc')).to.equal('a\\u009bb\\u000ac');
    const event: TraceEvent = {
      seq: 1,
      t: 0,
      type: 'api',
      fn: 'F',
      args: ['\u009b'],
      result: '',
      error: '0',
    };
    expect(eventLabel(event)).to.equal('F("\\u009b") -> "" [0]');
  });
});

describe('trace slices', () => {
  it('takes the events before and after the one pointed at', () => {
    const seqs = eventsAround(suspendTrace(), 5, { before: 2, after: 1 }).map((e) => e.seq);
    expect(seqs).to.deep.equal([3, 4, 5, 6]);
  });

  it('clips at the ends of the trace and is empty for an unknown seq', () => {
    expect(eventsAround(suspendTrace(), 0).map((e) => e.seq)).to.deep.equal([0, 1, 2]);
    expect(eventsAround(suspendTrace(), 12).map((e) => e.seq)).to.deep.equal([9, 10, 11, 12]);
    expect(eventsAround(suspendTrace(), 99)).to.deep.equal([]);
  });
});

describe('printable lines', () => {
  it('keeps line breaks and escapes the rest', () => {
    expect(printableLines('first\u001b[2J\n  fix: second')).to.equal(
      'first\\u001b[2J\n  fix: second',
    );
  });
});

describe('deviation labels', () => {
  it('shows the quirk, what was answered and what the spec requires', () => {
    const event: TraceEvent = {
      seq: 1,
      t: 0,
      type: 'deviation',
      quirk: 'suspend-data-limit',
      fn: 'LMSSetValue',
      args: ['cmi.suspend_data', 'zzzz'],
      specResult: 'false',
      specError: '405',
      result: 'true',
      error: '0',
      detail: 'kept 4 characters',
    };
    expect(eventLabel(event)).to.equal(
      'suspend-data-limit: LMSSetValue("cmi.suspend_data", "zzzz") -> "true" [0], spec "false" [405] kept 4 characters',
    );
  });
});
