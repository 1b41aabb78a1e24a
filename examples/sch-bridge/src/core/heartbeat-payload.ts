/**
 * The heartbeat body. Spec ("Heartbeat"): `{"sessionId":"…","lmsBookmark":"…","sessionTime":"…"}`
 * "carrying the session id, the current bookmark, and the accumulated session time". Our reading:
 * lmsBookmark is the bookmark as a JSON string; sessionTime is this session's time in the same
 * format as the session time committed to the LMS on the same tick.
 */
import type { HeartbeatPayload } from '../backend/types.ts';
import type { LmsReport } from './lms-report.ts';
import type { ScormVersion } from './scorm-version.ts';
import { formatSessionTime } from './time-format.ts';

export function heartbeatPayload(version: ScormVersion, report: LmsReport): HeartbeatPayload {
  return {
    sessionId: report.sid,
    lmsBookmark: JSON.stringify(report.bookmark),
    sessionTime: formatSessionTime(version, report.sessionMs),
  };
}
