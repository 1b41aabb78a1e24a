/**
 * Mutant of core/open-session.ts: the sid read back from cmi.suspend_data is ignored; a resume
 * opens the launch sid or a new session, so the bookmark is lost.
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
  return { session: await backend.createSession(choice.learner), resumed: false };
}
