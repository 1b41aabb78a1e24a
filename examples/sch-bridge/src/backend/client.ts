/**
 * fetch-based client for the SecureCodingHub backend, at the endpoint paths of paths.ts under the
 * base URL from the `schBackend` launch parameter.
 */
import type { PracticeProgress } from '../core/completion.ts';
import { BACKEND_PATHS } from './paths.ts';
import type { BackendClient, Bookmark, SessionRecord } from './types.ts';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export class BackendError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`SecureCodingHub backend answered ${status} for ${url}`);
    this.name = 'BackendError';
  }
}

export function createBackendClient(baseUrl: string, fetchFn: FetchLike): BackendClient {
  const base = baseUrl.replace(/\/+$/, '');

  const request = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const url = base + path;
    const init: RequestInit = { method, headers: { accept: 'application/json' } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { ...init.headers, 'content-type': 'application/json' };
    }
    return fetchFn(url, init);
  };

  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await request(method, path, body);
    if (!res.ok) throw new BackendError(res.status, base + path);
    return (await res.json()) as T;
  };

  return {
    createSession: async (learner) =>
      (await json<{ session: SessionRecord }>('POST', BACKEND_PATHS.sessions, { learner })).session,
    getSession: async (sid) => {
      const res = await request('GET', BACKEND_PATHS.session(sid));
      if (res.status === 404) return undefined;
      if (!res.ok) throw new BackendError(res.status, base + BACKEND_PATHS.session(sid));
      return ((await res.json()) as { session: SessionRecord }).session;
    },
    getProgress: (sid) => json<PracticeProgress>('GET', BACKEND_PATHS.progress(sid)),
    completeChallenge: (sid, challengeId, score) =>
      json<PracticeProgress>('POST', BACKEND_PATHS.completeChallenge(sid, challengeId), { score }),
    saveBookmark: async (sid, bookmark: Bookmark) => {
      await json<unknown>('PUT', BACKEND_PATHS.bookmark(sid), { bookmark });
    },
    heartbeat: async (payload) => {
      await json<unknown>('POST', BACKEND_PATHS.heartbeat, payload);
    },
  };
}
