/**
 * The SecureCodingHub endpoint paths the bridge calls, under its backend's base URL. Only the
 * heartbeat's comes from the spec; the others are the same assumptions the mock backend
 * (harness/backends/sch/paths.ts) serves by default.
 */
export const BACKEND_PATHS = {
  /** From the spec ("Heartbeat"). */
  heartbeat: '/api/sch/scorm/heartbeat',
  /** Our assumptions. */
  sessions: '/api/sch/scorm/sessions',
  session: (sid: string) => `/api/sch/scorm/sessions/${encodeURIComponent(sid)}`,
  progress: (sid: string) => `/api/sch/scorm/sessions/${encodeURIComponent(sid)}/progress`,
  bookmark: (sid: string) => `/api/sch/scorm/sessions/${encodeURIComponent(sid)}/bookmark`,
  completeChallenge: (sid: string, challengeId: string) =>
    `/api/sch/scorm/sessions/${encodeURIComponent(sid)}/challenges/${encodeURIComponent(challengeId)}/complete`,
} as const;
