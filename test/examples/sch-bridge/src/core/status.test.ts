import { expect } from 'chai';
import {
  completionStatus2004,
  lessonStatus12,
  PASSING_SCORE,
  successVerdict,
} from '../../../../../examples/sch-bridge/src/core/status.ts';

describe('sch-bridge status mapping', () => {
  it('passes at 70 and above (hardcoded passing score)', () => {
    expect(PASSING_SCORE).to.equal(70);
    expect(successVerdict(70, false)).to.equal('passed');
    expect(successVerdict(69.9999999, true)).to.equal('failed');
    expect(successVerdict(100, true)).to.equal('passed');
  });

  it('gives no verdict without a score until complete, then failed', () => {
    expect(successVerdict(undefined, false)).to.equal(undefined);
    expect(successVerdict(undefined, true)).to.equal('failed');
  });

  const lesson: Array<[boolean, 'passed' | 'failed' | undefined, string]> = [
    [false, undefined, 'incomplete'],
    [false, 'passed', 'incomplete'],
    [false, 'failed', 'incomplete'],
    [true, 'passed', 'passed'],
    [true, 'failed', 'failed'],
    [true, undefined, 'failed'],
  ];
  for (const [complete, verdict, expected] of lesson) {
    it(`1.2 lesson_status for complete=${complete}, verdict=${verdict}: ${expected} (never "completed")`, () =>
      expect(lessonStatus12(complete, verdict)).to.equal(expected));
  }

  it('2004 completion_status is completed or incomplete', () => {
    expect(completionStatus2004(true)).to.equal('completed');
    expect(completionStatus2004(false)).to.equal('incomplete');
  });
});
