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

/** An endpoint of the backend, by its key in SchBackendPaths. */
export type SchEndpoint = keyof SchBackendPaths;

export const DEFAULT_SCH_PATHS: SchBackendPaths = {
  heartbeat: '/api/sch/scorm/heartbeat',
  sessions: '/api/sch/scorm/sessions',
  session: '/api/sch/scorm/sessions/:sid',
  progress: '/api/sch/scorm/sessions/:sid/progress',
  bookmark: '/api/sch/scorm/sessions/:sid/bookmark',
  completeChallenge: '/api/sch/scorm/sessions/:sid/challenges/:challengeId/complete',
};

/** The parameters each endpoint's handler reads, so a configured path must carry them. */
const PARAMETERS: Record<SchEndpoint, readonly string[]> = {
  heartbeat: [],
  sessions: [],
  session: ['sid'],
  progress: ['sid'],
  bookmark: ['sid'],
  completeChallenge: ['sid', 'challengeId'],
};

/** A plain path segment, or a `:parameter`; nothing Express would read as a pattern. */
const SEGMENT = /^(?::[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9._~-]+)$/;

/**
 * What is wrong with configured endpoint paths, one entry per problem, each starting with the
 * endpoint's name (empty: usable). Paths are plain segments and the parameters the endpoint's
 * handler reads, so the scenarios can match a request to its endpoint exactly.
 */
export function schPathProblems(paths: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const [name, path] of Object.entries(paths)) {
    if (!Object.hasOwn(DEFAULT_SCH_PATHS, name)) {
      const known = Object.keys(DEFAULT_SCH_PATHS).join(', ');
      problems.push(`${name}: is not an endpoint of the mock backend (known: ${known})`);
      continue;
    }
    const segments = typeof path === 'string' ? path.split('/').slice(1) : [];
    if (
      typeof path !== 'string' ||
      !path.startsWith('/') ||
      !segments.every((s) => SEGMENT.test(s))
    ) {
      problems.push(
        `${name}: ${JSON.stringify(path)} is not a path of plain segments and :parameters, e.g. ${DEFAULT_SCH_PATHS[name as SchEndpoint]}`,
      );
      continue;
    }
    const given = segments.filter((s) => s.startsWith(':')).map((s) => s.slice(1));
    const needed = PARAMETERS[name as SchEndpoint];
    const missing = needed.filter((p) => !given.includes(p));
    const unknown = given.filter((p) => !needed.includes(p));
    if (missing.length > 0) problems.push(`${name}: ${path} lacks :${missing.join(' and :')}`);
    if (unknown.length > 0) {
      problems.push(
        `${name}: ${path} has :${unknown.join(' and :')}, which the endpoint does not read`,
      );
    }
  }
  return problems;
}
