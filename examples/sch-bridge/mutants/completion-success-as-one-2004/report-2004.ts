/**
 * Mutant of core/report-2004.ts: completion and success written as one flag: a complete activity
 * is also `passed`, whatever its score; an incomplete one has no success status.
 */
import { exitValue } from '../../src/core/exit-mode.ts';
import type { ElementWrites, LmsReport } from '../../src/core/lms-report.ts';
import { formatDecimal, scaledScore, SCORE_MAX, SCORE_MIN } from '../../src/core/score.ts';
import { completionStatus2004 } from '../../src/core/status.ts';
import { encodeSuspendData } from '../../src/core/suspend-data.ts';
import { formatSessionTime } from '../../src/core/time-format.ts';

export function writes2004(report: LmsReport): ElementWrites {
  const writes: ElementWrites = [['cmi.completion_status', completionStatus2004(report.complete)]];
  if (report.complete) writes.push(['cmi.success_status', 'passed']);
  if (report.raw !== undefined) {
    writes.push(
      ['cmi.score.min', formatDecimal(SCORE_MIN)],
      ['cmi.score.max', formatDecimal(SCORE_MAX)],
      ['cmi.score.raw', formatDecimal(report.raw)],
      ['cmi.score.scaled', formatDecimal(scaledScore(report.raw))],
    );
  }
  writes.push(
    ['cmi.session_time', formatSessionTime('2004', report.sessionMs)],
    ['cmi.suspend_data', encodeSuspendData(report)],
    ['cmi.exit', exitValue('2004', report.complete)],
  );
  return writes;
}
