/**
 * What the bridge expects from the SecureCodingHub backend. Only the heartbeat is in the spec;
 * the session and progress calls are our assumptions (see README.md, "Backend endpoints").
 */
import type { PracticeProgress } from '../core/completion.ts';

/** Spec ("Resume / Suspend"): "which topic …, which challenge, which phase, which hints". */
export interface Bookmark {
  topic: string;
  challenge: string;
  phase: number;
  hints: string[];
}

export interface SessionRecord {
  id: string;
  bookmark: Bookmark;
}

/** Spec ("Heartbeat"): `{"sessionId":"…","lmsBookmark":"…","sessionTime":"…"}`. */
export interface HeartbeatPayload {
  sessionId: string;
  /** The current bookmark as a JSON string. */
  lmsBookmark: string;
  /** This session's elapsed time, in the same format as the session time written to the LMS. */
  sessionTime: string;
}

export interface Learner {
  id: string;
  name: string;
}

export interface BackendClient {
  createSession(learner: Learner): Promise<SessionRecord>;
  /** undefined when the backend does not know the session (404). */
  getSession(sid: string): Promise<SessionRecord | undefined>;
  getProgress(sid: string): Promise<PracticeProgress>;
  completeChallenge(sid: string, challengeId: string, score: number): Promise<PracticeProgress>;
  saveBookmark(sid: string, bookmark: Bookmark): Promise<void>;
  heartbeat(payload: HeartbeatPayload): Promise<void>;
}
