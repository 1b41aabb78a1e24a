/**
 * Mutant of core/report-2004.ts: cmi.score.scaled gets the raw 0–100 value instead of raw / 100.
 */
import { exitValue } from '../../src/core/exit-mode.ts';
import type { ElementWrites, LmsReport } from '../../src/core/lms-report.ts';
import { formatDecimal, SCORE_MAX, SCORE_MIN } from '../../src/core/score.ts';
import { completionStatus2004 } from '../../src/core/status.ts';
import { encodeSuspendData } from '../../src/core/suspend-data.ts';
import { formatSessionTime } from '../../src/core/time-format.ts';

export function writes2004(report: LmsReport): ElementWrites {
  const writes: ElementWrites = [['cmi.completion_status', completionStatus2004(report.complete)]];
  if (report.verdict !== undefined) writes.push(['cmi.success_status', report.verdict]);
  if (report.raw !== undefined) {
    writes.push(
      ['cmi.score.min', formatDecimal(SCORE_MIN)],
      ['cmi.score.max', formatDecimal(SCORE_MAX)],
      ['cmi.score.raw', formatDecimal(report.raw)],
      ['cmi.score.scaled', formatDecimal(report.raw)],
    );
  }
  writes.push(
    ['cmi.session_time', formatSessionTime('2004', report.sessionMs)],
    ['cmi.suspend_data', encodeSuspendData(report)],
    ['cmi.exit', exitValue('2004', report.complete)],
  );
  return writes;
}
