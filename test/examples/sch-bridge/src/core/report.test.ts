import { expect } from 'chai';
import type { LmsReport } from '../../../../../examples/sch-bridge/src/core/lms-report.ts';
import { writes12 } from '../../../../../examples/sch-bridge/src/core/report-12.ts';
import { writes2004 } from '../../../../../examples/sch-bridge/src/core/report-2004.ts';

const report = (over: Partial<LmsReport>): LmsReport => ({
  complete: false,
  raw: undefined,
  verdict: undefined,
  sessionMs: 61_000,
  sid: 's-1',
  bookmark: { topic: 'sqli', challenge: 'c1', phase: 2, hints: ['h1'] },
  ...over,
});

describe('sch-bridge element writes per SCORM version', () => {
  it('1.2, unfinished, no score: incomplete, time, envelope, suspend', () => {
    expect(writes12(report({}))).to.deep.equal([
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.session_time', '0000:01:01.00'],
      ['cmi.suspend_data', '{"sid":"s-1"}'],
      ['cmi.core.exit', 'suspend'],
    ]);
  });

  it('1.2, complete and passed: core score elements, normal exit ""', () => {
    expect(writes12(report({ complete: true, raw: 87.5, verdict: 'passed' }))).to.deep.equal([
      ['cmi.core.lesson_status', 'passed'],
      ['cmi.core.score.raw', '87.5'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.session_time', '0000:01:01.00'],
      ['cmi.suspend_data', '{"sid":"s-1"}'],
      ['cmi.core.exit', ''],
    ]);
  });

  it('2004, unfinished with a score: success already known, exit suspend', () => {
    expect(writes2004(report({ raw: 50, verdict: 'failed' }))).to.deep.equal([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.success_status', 'failed'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '50'],
      ['cmi.score.scaled', '0.5'],
      ['cmi.session_time', 'PT0H1M1S'],
      ['cmi.suspend_data', '{"sid":"s-1"}'],
      ['cmi.exit', 'suspend'],
    ]);
  });

  it('2004, complete without any completed challenge: failed, no score, normal exit', () => {
    expect(writes2004(report({ complete: true, verdict: 'failed' }))).to.deep.equal([
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'failed'],
      ['cmi.session_time', 'PT0H1M1S'],
      ['cmi.suspend_data', '{"sid":"s-1"}'],
      ['cmi.exit', 'normal'],
    ]);
  });

  it('never writes a 2004 element on 1.2 or a 1.2 element on 2004', () => {
    const full = report({ complete: true, raw: 100, verdict: 'passed' });
    expect(
      writes12(full)
        .map(([e]) => e)
        .filter((e) => !e.startsWith('cmi.core.') && e !== 'cmi.suspend_data'),
    ).to.deep.equal([]);
    expect(
      writes2004(full)
        .map(([e]) => e)
        .filter((e) => e.startsWith('cmi.core.')),
    ).to.deep.equal([]);
  });
});
