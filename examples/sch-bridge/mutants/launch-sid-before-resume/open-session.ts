/**
 * Mutant of core/open-session.ts: the `sid` launch parameter is tried before the sid in
 * suspend_data, so a launcher that makes a new session for every launch resumes the learner into an
 * empty one.
 *
 * Which SecureCodingHub session this launch continues. Spec ("Resume / Suspend"): "on resume, the
 * bridge reads that id back out, calls the SecureCodingHub session endpoint, and uses the
 * server-side state to rehydrate the player". Order: the sid in suspend_data (entry = resume), then
 * the `sid` launch parameter, then a new session.
 */
import type { BackendClient, Learner, SessionRecord } from '../../src/backend/types.ts';

export interface SessionChoice {
  /** From cmi.suspend_data, read only when the LMS says entry = resume. */
  resumeSid: string | undefined;
  launchSid: string | undefined;
  learner: Learner;
}

export interface OpenedSession {
  session: SessionRecord;
  resumed: boolean;
}

export async function openSession(
  backend: BackendClient,
  choice: SessionChoice,
): Promise<OpenedSession> {
  if (choice.launchSid !== undefined) {
    const session = await backend.getSession(choice.launchSid);
    if (session) return { session, resumed: false };
  }
  if (choice.resumeSid !== undefined) {
    const session = await backend.getSession(choice.resumeSid);
    if (session) return { session, resumed: true };
  }
  return { session: await backend.createSession(choice.learner), resumed: false };
}
