/**
 * Mutant of core/report-2004.ts: success_status is written only once the activity is complete,
 * so a learner with mandatory work pending has no success verdict whatever the score.
 *
 * SCORM 2004 element writes: completion and success separately (spec "Completion Criteria"),
 * cmi.score.raw/min/max plus cmi.score.scaled = raw / 100 (scorm-runtime.md#cmi-score-scaled),
 * session time as an ISO 8601 duration (scorm-runtime.md#cmi-session-time).
 */
import { exitValue } from '../../src/core/exit-mode.ts';
import type { ElementWrites, LmsReport } from '../../src/core/lms-report.ts';
import { formatDecimal, scaledScore, SCORE_MAX, SCORE_MIN } from '../../src/core/score.ts';
import { completionStatus2004 } from '../../src/core/status.ts';
import { encodeSuspendData } from '../../src/core/suspend-data.ts';
import { formatSessionTime } from '../../src/core/time-format.ts';

export function writes2004(report: LmsReport): ElementWrites {
  const writes: ElementWrites = [['cmi.completion_status', completionStatus2004(report.complete)]];
  if (report.verdict !== undefined && report.complete)
    writes.push(['cmi.success_status', report.verdict]);
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
