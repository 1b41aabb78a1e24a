/**
 * Mock SecureCodingHub backend for scenarios: `createSchBackend(fixture, options?)` returns an
 * Express 5 router to mount in the mock LMS.
 *
 * Endpoints (paths configurable, see paths.ts; all JSON):
 *
 * | method + default path | source | behaviour |
 * | --- | --- | --- |
 * | POST /api/sch/scorm/heartbeat | spec ("Heartbeat": endpoint, 60 s, payload {"sessionId","lmsBookmark","sessionTime"}) | 400 on a malformed payload, 404 for an unknown session; records the beat, stores sessionTime, and takes the bookmark from lmsBookmark when it is a JSON bookmark; 200 {"ok":true} |
 * | POST /api/sch/scorm/sessions | assumption | body {"learner":{"id","name"}} (optional); 201 {"session"} with id `sch-session-<n>` |
 * | GET /api/sch/scorm/sessions/:sid | assumption (the spec's "SecureCodingHub session endpoint" read on resume) | 200 {"session":{"id","learnerId","bookmark","sessionTime"}} (the heartbeats received are the backend's own record: `state`), 404 unknown |
 * | GET /api/sch/scorm/sessions/:sid/progress | assumption (spec: the score "is computed … from the learner's practice progress") | 200 {"assignments","challenges"} |
 * | PUT /api/sch/scorm/sessions/:sid/bookmark | assumption (spec: "the full bookmark … lives server-side on the … session record") | body {"bookmark":{topic,challenge,phase,hints}}; 200 {"session"} |
 * | POST /api/sch/scorm/sessions/:sid/challenges/:challengeId/complete | assumption (stands in for the player) | body {"score":0–160}; marks the challenge completed, finishes assignments whose challenges are all done; 200 progress |
 *
 * Any endpoint (a list of names, or none for every one): during an outage a scenario switched on
 * (`state.failReplies(['heartbeat'], 503)`) a request is answered that 5xx and not handled, until
 * `state.restoreReplies()`; while a scenario holds its replies (`state.holdReplies(['progress'])`)
 * a request is taken but neither handled nor answered until `state.releaseReplies()`, which
 * handles the held ones in arrival order (a reply that lands late).
 *
 * Fixtures: fixture.ts / fixture.schema.json. State: state.ts (scenarios may read or change it).
 */
export {
  createSchBackend,
  type RecordedRequest,
  type SchBackend,
  type SchBackendOptions,
} from './router.ts';
export {
  DEFAULT_SCH_PATHS,
  schPathProblems,
  type SchBackendPaths,
  type SchEndpoint,
} from './paths.ts';
export {
  loadSchFixture,
  parseSchFixture,
  type SchAssignment,
  type SchBookmark,
  type SchChallenge,
  type SchFixture,
  type SchSessionFixture,
} from './fixture.ts';
export {
  SchBackendState,
  type SchHeartbeat,
  type SchProgress,
  type SchSession,
  type SchSessionRecord,
} from './state.ts';
