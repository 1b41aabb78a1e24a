import { expect } from 'chai';
import { openSession } from '../../../../../examples/sch-bridge/src/core/open-session.ts';
import type {
  BackendClient,
  SessionRecord,
} from '../../../../../examples/sch-bridge/src/backend/types.ts';

const record = (id: string): SessionRecord => ({
  id,
  bookmark: { topic: id, challenge: '', phase: 1, hints: [] },
});

function backend(known: string[]) {
  const log: string[] = [];
  const client: BackendClient = {
    createSession: async () => (log.push('create'), record('new')),
    getSession: async (sid) => (
      log.push(`get ${sid}`),
      known.includes(sid) ? record(sid) : undefined
    ),
    getProgress: async () => ({ assignments: [], challenges: [] }),
    completeChallenge: async () => ({ assignments: [], challenges: [] }),
    saveBookmark: async () => undefined,
    heartbeat: async () => undefined,
  };
  return { client, log };
}

const learner = { id: 'l', name: 'L' };

describe('sch-bridge session choice', () => {
  const cases: Array<
    [string, string[], string | undefined, string | undefined, string, boolean, string[]]
  > = [
    ['resume sid wins over the launch sid', ['r', 'l'], 'r', 'l', 'r', true, ['get r']],
    [
      'unknown resume sid falls back to the launch sid',
      ['l'],
      'r',
      'l',
      'l',
      false,
      ['get r', 'get l'],
    ],
    ['launch sid on first launch', ['l'], undefined, 'l', 'l', false, ['get l']],
    ['nothing known: a new session', [], 'r', 'l', 'new', false, ['get r', 'get l', 'create']],
    ['no sid at all: a new session', [], undefined, undefined, 'new', false, ['create']],
  ];
  for (const [what, known, resumeSid, launchSid, id, resumed, log] of cases) {
    it(what, async () => {
      const b = backend(known);
      const opened = await openSession(b.client, { resumeSid, launchSid, learner });
      expect({ id: opened.session.id, resumed: opened.resumed }).to.deep.equal({ id, resumed });
      expect(b.log).to.deep.equal(log);
    });
  }
});
