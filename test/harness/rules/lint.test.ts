import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import callAfterTerminate from '../../../harness/rules/call-after-terminate.ts';
import { MAX_FINDINGS_PER_RULE } from '../../../harness/rules/engine.ts';
import { lintTrace, lintTraceFile } from '../../../harness/rules/lint.ts';
import { TraceJsonlWriter } from '../../../harness/trace/jsonl.ts';
import type { Trace, TraceEvent } from '../../../harness/trace/types.ts';

const api = (
  seq: number,
  fn: string,
  args: string[],
  result = 'true',
  error = '0',
): TraceEvent => ({
  seq,
  t: seq * 100,
  type: 'api',
  fn,
  args,
  result,
  error,
});

function trace(events: TraceEvent[]): Trace {
  return {
    schemaVersion: 1,
    meta: {
      package: 'p',
      sco: 's',
      version: '1.2',
      launchMode: 'frameset',
      learner: { id: 'l', name: 'L' },
      profile: 'spec',
      harnessVersion: '0.1.0',
      started: '2025-01-01T00:00:00.000Z',
    },
    events,
    final: { ended: 'terminated', t: events.length * 100, state: null, commits: 0 },
  };
}

/** Sets after LMSFinish, each refused and checked: only call-after-terminate fires. */
function afterFinish(count: number): Trace {
  const events = [
    api(0, 'LMSInitialize', ['']),
    api(1, 'LMSSetValue', ['cmi.core.lesson_status', 'incomplete']),
    api(2, 'LMSSetValue', ['cmi.core.exit', 'suspend']),
    api(3, 'LMSSetValue', ['cmi.core.session_time', '0000:00:00.30']),
    api(4, 'LMSFinish', ['']),
  ];
  for (let i = 0; i < count; i++) {
    events.push(api(events.length, 'LMSCommit', [''], 'false', '301'));
    events.push(api(events.length, 'LMSGetLastError', [], '301', '301'));
  }
  return trace(events);
}

describe('lintTrace', () => {
  it('fills findings from the rule metadata, pointing at the event', () => {
    const [finding, ...rest] = lintTrace(afterFinish(1));
    expect(rest).to.deep.equal([]);
    expect(finding).to.include({
      ruleId: 'call-after-terminate',
      severity: 'error',
      blame: 'content',
      ref: 'scorm-runtime.md#state-model-12',
      seq: 5,
    });
    expect(finding?.hint).to.equal(callAfterTerminate.hint);
  });

  it('runs one rule alone as a pure function of the trace', () => {
    const t = afterFinish(2);
    expect(callAfterTerminate.check(t)).to.deep.equal(callAfterTerminate.check(t));
    expect(callAfterTerminate.check(t).map((f) => f.seq)).to.deep.equal([5, 7]);
  });

  it('runs only the rules asked for', () => {
    expect(lintTrace(afterFinish(1), { only: ['terminate-twice'] })).to.deep.equal([]);
  });

  it('keeps a bounded number of findings per rule and counts the rest', () => {
    const findings = lintTrace(afterFinish(MAX_FINDINGS_PER_RULE + 5));
    expect(findings).to.have.length(MAX_FINDINGS_PER_RULE + 1);
    expect(findings.at(-1)?.message).to.equal('5 more like this not listed');
  });

  it('lints a JSONL trace streamed line by line like the document form', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    try {
      const t = afterFinish(3);
      const file = join(dir, 'trace.jsonl');
      const writer = new TraceJsonlWriter(file, t.meta);
      for (const event of t.events) writer.event(event);
      writer.finish(t.final);
      expect((await lintTraceFile(file)).findings).to.deep.equal(lintTrace(t));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
