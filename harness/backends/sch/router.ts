/**
 * `createSchBackend(fixture, options?)`: an Express 5 router that plays the SecureCodingHub
 * backend for one scenario. The mock LMS mounts it under a prefix; the router keeps state
 * (state.ts) and records every request it answered, for unit tests and debugging.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { SchFixture } from './fixture.ts';
import { DEFAULT_SCH_PATHS, type SchBackendPaths, type SchEndpoint } from './paths.ts';
import {
  bookmarkFromHeartbeat,
  checkBookmark,
  checkHeartbeat,
  checkLearnerId,
  checkScore,
} from './request-bodies.ts';
import { SchBackendState } from './state.ts';

export interface SchBackendOptions {
  /** Override any endpoint path (Express path syntax, `:sid` / `:challengeId` parameters). */
  paths?: Partial<SchBackendPaths>;
  /** Time stamps of recorded requests and heartbeats; default Date.now. */
  clock?: { now(): number };
  /** New session ids are `<prefix><n>`; default "sch-session-". */
  sessionIdPrefix?: string;
}

export interface RecordedRequest {
  method: string;
  /** Path relative to the router's mount point. */
  path: string;
  body: unknown;
  status: number;
  t: number;
}

export type SchBackend = Router & {
  readonly requests: RecordedRequest[];
  readonly state: SchBackendState;
  readonly paths: SchBackendPaths;
};

export function createSchBackend(fixture: SchFixture, options: SchBackendOptions = {}): SchBackend {
  const paths: SchBackendPaths = { ...DEFAULT_SCH_PATHS, ...options.paths };
  const clock = options.clock ?? { now: () => Date.now() };
  const state = new SchBackendState(fixture, options.sessionIdPrefix ?? 'sch-session-');
  const requests: RecordedRequest[] = [];
  const router = express.Router();

  // Recorded when the answer is chosen, so a test sees it as soon as the response arrives.
  const reply = (req: Request, res: Response, status: number, body: unknown): void => {
    requests.push({
      method: req.method,
      path: req.path,
      body: req.body ?? null,
      status,
      t: clock.now(),
    });
    res.status(status).json(body);
  };
  const sid = (req: Request): string => String(req.params.sid);

  router.use(express.json({ limit: '64kb' }));

  // The scenario's switches, per endpoint: during an outage (state.failReplies) a request is
  // answered the outage's status at once; while its replies are held (state.holdReplies) it waits
  // for state.releaseReplies() before it is handled, and one whose client gave up is dropped.
  for (const endpoint of Object.keys(paths) as SchEndpoint[]) {
    router.all(paths[endpoint], (req, res, next) => {
      const outage = state.failure(endpoint);
      if (outage !== undefined) {
        return reply(req, res, outage, { error: 'SecureCodingHub is unavailable' });
      }
      if (!state.holds(endpoint)) return next();
      const drop = state.hold(() => next());
      res.on('close', drop);
    });
  }

  router.post(paths.heartbeat, (req, res) => {
    const checked = checkHeartbeat(req.body);
    if (!checked.ok) return reply(req, res, 400, { error: checked.reason });
    const { sessionId, lmsBookmark, sessionTime } = checked.value;
    const known = state.recordHeartbeat(
      sessionId,
      { t: clock.now(), lmsBookmark, sessionTime },
      bookmarkFromHeartbeat(lmsBookmark),
    );
    if (!known) return reply(req, res, 404, { error: `unknown session ${sessionId}` });
    reply(req, res, 200, { ok: true });
  });

  router.post(paths.sessions, (req, res) => {
    reply(req, res, 201, { session: state.createSession(checkLearnerId(req.body)) });
  });

  router.get(paths.session, (req, res) => {
    const session = state.record(sid(req));
    if (!session) return reply(req, res, 404, { error: `unknown session ${sid(req)}` });
    reply(req, res, 200, { session });
  });

  router.get(paths.progress, (req, res) => {
    if (!state.has(sid(req))) return reply(req, res, 404, { error: `unknown session ${sid(req)}` });
    reply(req, res, 200, state.progress());
  });

  router.put(paths.bookmark, (req, res) => {
    const checked = checkBookmark((req.body as { bookmark?: unknown } | undefined)?.bookmark);
    if (!checked.ok) return reply(req, res, 400, { error: checked.reason });
    const session = state.saveBookmark(sid(req), checked.value);
    if (!session) return reply(req, res, 404, { error: `unknown session ${sid(req)}` });
    reply(req, res, 200, { session });
  });

  router.post(paths.completeChallenge, (req, res) => {
    if (!state.has(sid(req))) return reply(req, res, 404, { error: `unknown session ${sid(req)}` });
    const checked = checkScore(req.body);
    if (!checked.ok) return reply(req, res, 400, { error: checked.reason });
    reply(req, res, 200, state.completeChallenge(String(req.params.challengeId), checked.value));
  });

  // Malformed JSON and oversized bodies come here from express.json().
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: unknown }).status;
    const code = typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
    reply(req, res, code, { error: error instanceof Error ? error.message : 'bad request' });
  });

  return Object.assign(router, { requests, state, paths });
}
