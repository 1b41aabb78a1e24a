import { expect } from 'chai';
import { buildTrace } from '../../../harness/import/build-trace.ts';
import type { ParsedCall, ParsedLog } from '../../../harness/import/types.ts';

function logOf(calls: Omit<ParsedCall, 'line'>[], hints: ParsedLog['hints'] = {}): ParsedLog {
  return {
    calls: calls.map((c, i) => ({ line: i + 1, ...c })),
    skipped: [],
    ignored: 0,
    hints,
    notes: [],
  };
}

const context = { format: 'console', fallbackPackage: 'pkg' } as const;

describe('import: trace building', () => {
  const errorCases: [string, Omit<ParsedCall, 'line'>[], string[]][] = [
    [
      'the stated code wins',
      [{ fn: 'LMSSetValue', args: ['a', 'b'], result: 'false', error: '405' }],
      ['405'],
    ],
    [
      'a following GetLastError gives the code; it keeps the state',
      [
        { fn: 'SetValue', args: ['a', 'b'], result: 'false' },
        { fn: 'GetLastError', args: [], result: '406' },
      ],
      ['406', '406'],
    ],
    [
      'success shows as "true" or a non-empty value',
      [
        { fn: 'Initialize', args: [''], result: 'true' },
        { fn: 'GetValue', args: ['cmi.mode'], result: 'normal' },
      ],
      ['0', '0'],
    ],
    [
      'a failure with no code is unknown, and support calls carry that state',
      [
        { fn: 'Commit', args: [''], result: 'false' },
        { fn: 'GetErrorString', args: ['391'], result: 'General Commit Failure' },
        { fn: 'GetValue', args: ['cmi.location'], result: '' },
      ],
      ['', '', ''],
    ],
  ];
  for (const [name, calls, errors] of errorCases) {
    it(`error codes: ${name}`, () => {
      const { trace } = buildTrace(logOf(calls), context);
      expect(trace.events.map((e) => (e.type === 'api' ? e.error : '-'))).to.deep.equal(errors);
    });
  }

  it('counts time from the log start and keeps the last time for calls without one', () => {
    const log = logOf(
      [
        { fn: 'Initialize', args: [''], result: 'true', at: 1_000_500 },
        { fn: 'GetValue', args: ['cmi.mode'], result: 'normal' },
        { fn: 'Terminate', args: [''], result: 'true', at: 1_002_000 },
      ],
      { started: 1_000_000 },
    );
    const { trace } = buildTrace(log, context);
    expect(trace.events.map((e) => e.t)).to.deep.equal([500, 500, 2000]);
    expect(trace.meta.started).to.equal(new Date(1_000_000).toISOString());
    expect(trace.final).to.deep.equal({ ended: 'terminated', t: 2000, state: null, commits: 0 });
  });

  it('infers the version from the function names and says so', () => {
    const { trace, notes } = buildTrace(
      logOf([{ fn: 'LMSInitialize', args: [''], result: 'true' }]),
      context,
    );
    expect(trace.meta.version).to.equal('1.2');
    expect(notes).to.include('version 1.2 inferred from the API function names');
    expect(notes).to.include(
      'the log shows no successful Terminate/LMSFinish: final.ended "closed"',
    );
    expect(trace.final.ended).to.equal('closed');
  });

  it('refuses a log without API function names', () => {
    expect(() =>
      buildTrace(logOf([{ fn: 'doLMSInit', args: [], result: 'true' }]), context),
    ).to.throw(/no SCORM API function names/);
  });
});
