import { expect } from 'chai';
import { HarnessError } from '../../../harness/errors.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { sampleTrace } from './sample-trace.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof HarnessError ? e.code : 'not-a-harness-error';
  }
  return undefined;
}

describe('trace validation', () => {
  it('accepts a trace with every event kind', () => {
    expect(parseTrace(sampleTrace()).events).to.have.length(6);
  });

  const deviation = {
    seq: 6,
    t: 9,
    type: 'deviation',
    quirk: 'suspend-data-limit',
    fn: 'LMSSetValue',
    args: ['cmi.suspend_data', 'x'.repeat(10)],
    specResult: 'true',
    specError: '0',
    result: 'true',
    error: '0',
    detail: 'stored the first 4 characters',
  };

  it('accepts a deviation event', () => {
    const trace = sampleTrace();
    trace.events.push(deviation as never);
    expect(parseTrace(trace).events.at(-1)).to.deep.equal(deviation);
  });

  const broken: [string, (t: Record<string, unknown>) => void, string][] = [
    ['a missing final', (t) => delete t.final, 'TRACE_INVALID'],
    [
      'an unknown event type',
      (t) => (t.events as object[]).push({ seq: 6, t: 1, type: 'x' }),
      'TRACE_INVALID',
    ],
    ['a negative time', (t) => ((t.events as { t: number }[])[0]!.t = -1), 'TRACE_INVALID'],
    [
      'an unknown launch mode',
      (t) => ((t.meta as { launchMode: string }).launchMode = 'tab'),
      'TRACE_INVALID',
    ],
    [
      'an extra api field',
      (t) => ((t.events as object[])[1] = { ...(t.events as object[])[1], x: 1 }),
      'TRACE_INVALID',
    ],
    [
      'a deviation without its quirk',
      (t) => (t.events as object[]).push({ ...deviation, quirk: undefined }),
      'TRACE_INVALID',
    ],
    [
      'a deviation without the spec answer',
      (t) => (t.events as object[]).push({ ...deviation, specError: undefined }),
      'TRACE_INVALID',
    ],
    ['schemaVersion 0', (t) => (t.schemaVersion = 0), 'TRACE_INVALID'],
    ['a newer schemaVersion', (t) => (t.schemaVersion = 2), 'TRACE_VERSION'],
  ];
  for (const [what, mutate, code] of broken) {
    it(`refuses ${what} with ${code}`, () => {
      const trace = sampleTrace() as unknown as Record<string, unknown>;
      mutate(trace);
      expect(codeOf(() => parseTrace(trace, 'x.json'))).to.equal(code);
    });
  }

  it('names the file and says what to do for a newer version', () => {
    try {
      parseTrace({ ...sampleTrace(), schemaVersion: 9 }, 'new.json');
      expect.fail('accepted a newer trace');
    } catch (e) {
      expect((e as HarnessError).message)
        .to.contain('new.json')
        .and.contain('schemaVersion 9');
      expect((e as HarnessError).hint).to.contain('upgrade');
    }
  });
});
