/**
 * SCORM 1.2 element writes. Element names per scorm-runtime.md#misstatements: the score lives on
 * cmi.core.score.raw (0–100; cmi.score.raw does not exist in 1.2), there is no scaled score, and
 * session time is CMITimespan on cmi.core.session_time.
 */
import { exitValue } from './exit-mode.ts';
import type { ElementWrites, LmsReport } from './lms-report.ts';
import { formatDecimal, SCORE_MAX, SCORE_MIN } from './score.ts';
import { lessonStatus12 } from './status.ts';
import { encodeSuspendData } from './suspend-data.ts';
import { formatSessionTime } from './time-format.ts';

export function writes12(report: LmsReport): ElementWrites {
  const writes: ElementWrites = [
    ['cmi.core.lesson_status', lessonStatus12(report.complete, report.verdict)],
  ];
  if (report.raw !== undefined) {
    writes.push(
      ['cmi.core.score.raw', formatDecimal(report.raw)],
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
