/**
 * Mutant of core/heartbeat-payload.ts: snake_case keys (session_id, lms_bookmark, session_time)
 * instead of the spec's sessionId, lmsBookmark, sessionTime.
 */
import type { HeartbeatPayload } from '../../src/backend/types.ts';
import type { LmsReport } from '../../src/core/lms-report.ts';
import type { ScormVersion } from '../../src/core/scorm-version.ts';
import { formatSessionTime } from '../../src/core/time-format.ts';

export function heartbeatPayload(version: ScormVersion, report: LmsReport): HeartbeatPayload {
  const body = {
    session_id: report.sid,
    lms_bookmark: JSON.stringify(report.bookmark),
    session_time: formatSessionTime(version, report.sessionMs),
  };
  return body as unknown as HeartbeatPayload;
}
