/**
 * Mutant of core/heartbeat-payload.ts: every heartbeat carries the bookmark of the first one, not
 * where the learner is now.
 *
 * The heartbeat body. Spec ("Heartbeat"): `{"sessionId":"…","lmsBookmark":"…","sessionTime":"…"}`
 * "carrying the session id, the current bookmark, and the accumulated session time". Our reading:
 * lmsBookmark is the bookmark as a JSON string; sessionTime is this session's time in the same
 * format as the session time committed to the LMS on the same tick.
 */
import type { HeartbeatPayload } from '../../src/backend/types.ts';
import type { LmsReport } from '../../src/core/lms-report.ts';
import type { ScormVersion } from '../../src/core/scorm-version.ts';
import { formatSessionTime } from '../../src/core/time-format.ts';

let firstBookmark: string | undefined;

export function heartbeatPayload(version: ScormVersion, report: LmsReport): HeartbeatPayload {
  return {
    sessionId: report.sid,
    lmsBookmark: (firstBookmark ??= JSON.stringify(report.bookmark)),
    sessionTime: formatSessionTime(version, report.sessionMs),
  };
}
