import { expect } from 'chai';
import {
  formatCmiTimespan,
  formatIsoDuration,
  formatSessionTime,
} from '../../../../../examples/sch-bridge/src/core/time-format.ts';

// Format rules: scorm-runtime.md#types-12 (CMITimespan) and #type-timeinterval.
const TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const DURATION = /^P(?=.)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;

describe('sch-bridge session time formats', () => {
  const cases: Array<[number, string, string]> = [
    [0, '0000:00:00.00', 'PT0H0M0S'],
    [60_000, '0000:01:00.00', 'PT0H1M0S'],
    [61_250, '0000:01:01.25', 'PT0H1M1.25S'],
    [5_500, '0000:00:05.50', 'PT0H0M5.5S'],
    [3_723_009, '0001:02:03.00', 'PT1H2M3S'],
    [90_061_050, '0025:01:01.05', 'PT25H1M1.05S'],
    [-5, '0000:00:00.00', 'PT0H0M0S'],
  ];
  for (const [ms, timespan, duration] of cases) {
    it(`${ms} ms -> "${timespan}" / "${duration}"`, () => {
      expect(formatCmiTimespan(ms)).to.equal(timespan).and.match(TIMESPAN);
      expect(formatIsoDuration(ms)).to.equal(duration).and.match(DURATION);
    });
  }

  it('caps CMITimespan at 4 hour digits', () => {
    expect(formatCmiTimespan(10_000 * 3_600_000)).to.equal('9999:59:59.99');
  });

  it('picks the format by SCORM version', () => {
    expect(formatSessionTime('1.2', 60_000)).to.equal('0000:01:00.00');
    expect(formatSessionTime('2004', 60_000)).to.equal('PT0H1M0S');
  });
});
