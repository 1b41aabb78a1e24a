/**
 * Mutant of core/report-12.ts: cmi.core.score.raw is written rounded to a whole number (the "1.2
 * wants integers" habit), though 1.2's score.raw is CMIDecimal, so a raw of 69.375 reports 69.
 *
 * SCORM 1.2 element writes. Element names per scorm-runtime.md#misstatements: the score lives on
 * cmi.core.score.raw (0–100; cmi.score.raw does not exist in 1.2), there is no scaled score, and
 * session time is CMITimespan on cmi.core.session_time.
 */
import { exitValue } from '../../src/core/exit-mode.ts';
import type { ElementWrites, LmsReport } from '../../src/core/lms-report.ts';
import { formatDecimal, SCORE_MAX, SCORE_MIN } from '../../src/core/score.ts';
import { lessonStatus12 } from '../../src/core/status.ts';
import { encodeSuspendData } from '../../src/core/suspend-data.ts';
import { formatSessionTime } from '../../src/core/time-format.ts';

export function writes12(report: LmsReport): ElementWrites {
  const writes: ElementWrites = [
    ['cmi.core.lesson_status', lessonStatus12(report.complete, report.verdict)],
  ];
  if (report.raw !== undefined) {
    writes.push(
      ['cmi.core.score.raw', formatDecimal(Math.round(report.raw))],
      ['cmi.core.score.min', formatDecimal(SCORE_MIN)],
      ['cmi.core.score.max', formatDecimal(SCORE_MAX)],
    );
  }
  writes.push(
    ['cmi.core.session_time', formatSessionTime('1.2', report.sessionMs)],
    ['cmi.suspend_data', encodeSuspendData(report)],
    ['cmi.core.exit', exitValue('1.2', report.complete)],
  );
  return writes;
}
