/**
 * Mutant of core/report-12.ts: writes a scaled score in SCORM 1.2, which has no scaled element.
 */
import { exitValue } from '../../src/core/exit-mode.ts';
import type { ElementWrites, LmsReport } from '../../src/core/lms-report.ts';
import { formatDecimal, scaledScore, SCORE_MAX, SCORE_MIN } from '../../src/core/score.ts';
import { lessonStatus12 } from '../../src/core/status.ts';
import { encodeSuspendData } from '../../src/core/suspend-data.ts';
import { formatSessionTime } from '../../src/core/time-format.ts';

export function writes12(report: LmsReport): ElementWrites {
  const writes: ElementWrites = [
    ['cmi.core.lesson_status', lessonStatus12(report.complete, report.verdict)],
  ];
  if (report.raw !== undefined) {
    writes.push(
      ['cmi.core.score.raw', formatDecimal(report.raw)],
      ['cmi.core.score.min', formatDecimal(SCORE_MIN)],
      ['cmi.core.score.max', formatDecimal(SCORE_MAX)],
      ['cmi.core.score.scaled', formatDecimal(scaledScore(report.raw))],
    );
  }
  writes.push(
    ['cmi.core.session_time', formatSessionTime('1.2', report.sessionMs)],
    ['cmi.suspend_data', encodeSuspendData(report)],
    ['cmi.core.exit', exitValue('1.2', report.complete)],
  );
  return writes;
}
