/** Checks of the JSON bodies the mock backend accepts; each returns a reason or the value. */
import type { SchBookmark } from './fixture.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkBookmark(v: unknown): Checked<SchBookmark> {
  if (!isRecord(v)) return { ok: false, reason: 'bookmark must be an object' };
  const { topic, challenge, phase, hints } = v;
  if (typeof topic !== 'string' || typeof challenge !== 'string') {
    return { ok: false, reason: 'bookmark.topic and bookmark.challenge must be strings' };
  }
  if (phase !== 1 && phase !== 2) return { ok: false, reason: 'bookmark.phase must be 1 or 2' };
  if (!Array.isArray(hints) || !hints.every((h) => typeof h === 'string')) {
    return { ok: false, reason: 'bookmark.hints must be an array of strings' };
  }
  return { ok: true, value: { topic, challenge, phase, hints: [...hints] } };
}

export interface HeartbeatBody {
  sessionId: string;
  lmsBookmark: string;
  sessionTime: string;
}

/** Spec payload: {"sessionId":"…","lmsBookmark":"…","sessionTime":"…"}, all strings. */
export function checkHeartbeat(v: unknown): Checked<HeartbeatBody> {
  if (!isRecord(v)) return { ok: false, reason: 'body must be a JSON object' };
  const { sessionId, lmsBookmark, sessionTime } = v;
  if (typeof sessionId !== 'string' || sessionId === '')
    return { ok: false, reason: 'sessionId must be a non-empty string' };
  if (typeof lmsBookmark !== 'string') return { ok: false, reason: 'lmsBookmark must be a string' };
  if (typeof sessionTime !== 'string') return { ok: false, reason: 'sessionTime must be a string' };
  return { ok: true, value: { sessionId, lmsBookmark, sessionTime } };
}

/** The bookmark inside lmsBookmark, when it is one (the reference bridge sends it as JSON). */
export function bookmarkFromHeartbeat(lmsBookmark: string): SchBookmark | undefined {
  try {
    const checked = checkBookmark(JSON.parse(lmsBookmark));
    return checked.ok ? checked.value : undefined;
  } catch {
    return undefined;
  }
}

export function checkScore(v: unknown): Checked<number> {
  const score = isRecord(v) ? v.score : undefined;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 160) {
    return { ok: false, reason: 'score must be a number from 0 to 160' };
  }
  return { ok: true, value: score };
}

export function checkLearnerId(v: unknown): string {
  const learner = isRecord(v) ? v.learner : undefined;
  return isRecord(learner) && typeof learner.id === 'string' ? learner.id : '';
}
