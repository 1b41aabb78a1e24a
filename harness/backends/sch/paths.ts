/**
 * Endpoint paths of the mock backend, relative to where the LMS mounts it. Configurable so a real
 * bridge build with other paths can be pointed at the mock. Only `heartbeat` comes from the spec
 * (seeds/scorm-progress-tracking.txt, "Heartbeat"); the others are our assumptions.
 */
export interface SchBackendPaths {
  /** Spec: POST, body {"sessionId","lmsBookmark","sessionTime"}. */
  heartbeat: string;
  /** Assumed: POST creates a session for the learner. */
  sessions: string;
  /** Assumed: GET reads a session (the spec's "session endpoint" used on resume). */
  session: string;
  /** Assumed: GET the learner's practice progress (assignments, challenges). */
  progress: string;
  /** Assumed: PUT the server-side bookmark. */
  bookmark: string;
  /** Assumed: POST a finished challenge with its 0–160 score (the player's own call). */
  completeChallenge: string;
}

export const DEFAULT_SCH_PATHS: SchBackendPaths = {
  heartbeat: '/api/sch/scorm/heartbeat',
  sessions: '/api/sch/scorm/sessions',
  session: '/api/sch/scorm/sessions/:sid',
  progress: '/api/sch/scorm/sessions/:sid/progress',
  bookmark: '/api/sch/scorm/sessions/:sid/bookmark',
  completeChallenge: '/api/sch/scorm/sessions/:sid/challenges/:challengeId/complete',
};
