import { expect } from 'chai';
import { TraceRecorder } from '../../../harness/trace/recorder.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { sampleTrace } from './sample-trace.ts';

describe('trace recorder', () => {
  it('numbers events in arrival order and produces a valid trace', () => {
    const recorder = new TraceRecorder(sampleTrace().meta);
    const seen: number[] = [];
    recorder.subscribe((e) => seen.push(e.seq));
    recorder.record({ type: 'lifecycle', what: 'launch', t: 0 });
    recorder.record({
      type: 'api',
      fn: 'LMSInitialize',
      args: [''],
      result: 'true',
      error: '0',
      t: 3,
    });
    const trace = recorder.finish({ ended: 'closed', t: 4, state: null, commits: 0 });
    expect(trace.events.map((e) => e.seq)).to.deep.equal([0, 1]);
    expect(seen).to.deep.equal([0, 1]);
    expect(() => parseTrace(trace)).not.to.throw();
  });

  it('ignores events that arrive after the end', () => {
    const recorder = new TraceRecorder(sampleTrace().meta);
    recorder.finish({ ended: 'crashed', t: 0, state: null, commits: 0 });
    expect(recorder.record({ type: 'console', level: 'log', text: 'late', t: 1 })).to.equal(
      undefined,
    );
    expect(recorder.document().events).to.have.length(0);
  });
});
