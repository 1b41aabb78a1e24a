import { expect } from 'chai';
import type { SchFixture } from '../../../../harness/backends/sch/index.ts';
import { bodyCapture } from '../../../../harness/lms/http-recording.ts';
import { serveBackend, type Served } from './serve.ts';

const fixture: SchFixture = {
  learner: { id: 'learner-1', name: 'Ada' },
  assignments: [
    { id: 'a1', mandatory: true, finished: false, challenges: ['c1', 'c2'] },
    { id: 'a2', mandatory: false, finished: false },
  ],
  challenges: [
    { id: 'c1', topic: 'sqli', completed: true, score: 140 },
    { id: 'c2', topic: 'xss', completed: false, score: 40 },
  ],
  sessions: [
    { id: 'existing', bookmark: { topic: 'sqli', challenge: 'c2', phase: 2, hints: ['h1'] } },
  ],
};

async function call(served: Served, method: string, path: string, body?: unknown) {
  const res = await fetch(served.base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Lets the server take requests until `condition` holds (a held request gives no other sign). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('mock SecureCodingHub backend router', () => {
  let served: Served;
  let now: number;

  beforeEach(async () => {
    now = 1000;
    served = await serveBackend(fixture, { clock: { now: () => now } });
  });
  afterEach(() => served.close());

  it('creates sessions with deterministic ids and the new-session bookmark', async () => {
    const first = await call(served, 'POST', '/api/sch/scorm/sessions', {
      learner: { id: 'l9', name: 'X' },
    });
    const second = await call(served, 'POST', '/api/sch/scorm/sessions', {});
    expect(first.status).to.equal(201);
    expect(first.json.session).to.deep.include({
      id: 'sch-session-1',
      learnerId: 'l9',
      bookmark: { topic: '', challenge: '', phase: 1, hints: [] },
    });
    expect((second.json.session as { id: string; learnerId: string }).learnerId).to.equal(
      'learner-1',
    );
    expect((second.json.session as { id: string }).id).to.equal('sch-session-2');
  });

  it('reads a fixture session by id and answers 404 for an unknown one', async () => {
    const found = await call(served, 'GET', '/api/sch/scorm/sessions/existing');
    expect(found.status).to.equal(200);
    expect((found.json.session as { bookmark: unknown }).bookmark).to.deep.equal(
      fixture.sessions?.[0]?.bookmark,
    );
    expect((await call(served, 'GET', '/api/sch/scorm/sessions/nope')).status).to.equal(404);
  });

  it('takes heartbeats: updates session time and bookmark, records the request', async () => {
    const bookmark = { topic: 'xss', challenge: 'c2', phase: 1, hints: ['h2'] };
    now = 61_000;
    const beat = await call(served, 'POST', '/api/sch/scorm/heartbeat', {
      sessionId: 'existing',
      lmsBookmark: JSON.stringify(bookmark),
      sessionTime: 'PT1M0S',
    });
    expect(beat).to.deep.equal({ status: 200, json: { ok: true } });
    const session = served.backend.state.session('existing');
    expect(session?.bookmark).to.deep.equal(bookmark);
    expect(session?.sessionTime).to.equal('PT1M0S');
    expect(session?.heartbeats).to.deep.equal([
      { t: 61_000, lmsBookmark: JSON.stringify(bookmark), sessionTime: 'PT1M0S' },
    ]);
    expect(served.backend.requests).to.deep.equal([
      {
        method: 'POST',
        path: '/api/sch/scorm/heartbeat',
        body: {
          sessionId: 'existing',
          lmsBookmark: JSON.stringify(bookmark),
          sessionTime: 'PT1M0S',
        },
        status: 200,
        t: 61_000,
      },
    ]);
  });

  it('answers with the session record, not the heartbeats it received (those stay in its state)', async () => {
    const beat = { sessionId: 'existing', lmsBookmark: '{"sid":"existing"}' };
    await call(served, 'POST', '/api/sch/scorm/heartbeat', { ...beat, sessionTime: 'PT1M0S' });
    await call(served, 'POST', '/api/sch/scorm/heartbeat', { ...beat, sessionTime: 'PT2M0S' });
    const bookmark = { topic: 'xss', challenge: 'c2', phase: 2, hints: ['h1', 'h2'] };
    const record = {
      id: 'existing',
      learnerId: 'learner-1',
      bookmark: fixture.sessions?.[0]?.bookmark,
      sessionTime: 'PT2M0S',
    };
    expect((await call(served, 'GET', '/api/sch/scorm/sessions/existing')).json).to.deep.equal({
      session: record,
    });
    const saved = await call(served, 'PUT', '/api/sch/scorm/sessions/existing/bookmark', {
      bookmark,
    });
    expect(saved.json).to.deep.equal({ session: { ...record, bookmark } });
    expect(served.backend.state.session('existing')?.heartbeats).to.have.length(2);
  });

  it('keeps the stored bookmark when lmsBookmark is not a bookmark', async () => {
    await call(served, 'POST', '/api/sch/scorm/heartbeat', {
      sessionId: 'existing',
      lmsBookmark: '{"sid":"existing"}',
      sessionTime: '0000:01:00.00',
    });
    expect(served.backend.state.session('existing')?.bookmark).to.deep.equal(
      fixture.sessions?.[0]?.bookmark,
    );
  });

  const badBeats: Array<[string, unknown, number]> = [
    ['a missing sessionId', { lmsBookmark: '', sessionTime: 'PT0S' }, 400],
    ['a numeric sessionTime', { sessionId: 'existing', lmsBookmark: '', sessionTime: 60 }, 400],
    ['an unknown session', { sessionId: 'ghost', lmsBookmark: '', sessionTime: 'PT0S' }, 404],
    ['malformed JSON', '{"sessionId":', 400],
  ];
  for (const [what, body, status] of badBeats) {
    it(`answers ${status} to a heartbeat with ${what}`, async () => {
      const res = await call(served, 'POST', '/api/sch/scorm/heartbeat', body);
      expect(res.status).to.equal(status);
      expect(res.json.error).to.be.a('string');
      expect(served.backend.requests.at(-1)?.status).to.equal(status);
    });
  }

  it('fails the endpoints of an outage a scenario switched on with a server error, until it ends', async () => {
    const beat = {
      sessionId: 'existing',
      lmsBookmark: '{"sid":"existing"}',
      sessionTime: 'PT1M0S',
    };
    const { state } = served.backend;
    state.failReplies(['heartbeat']);
    expect(state.failure('heartbeat')).to.equal(503);
    expect(state.failure('session')).to.equal(undefined);
    const failed = await call(served, 'POST', '/api/sch/scorm/heartbeat', beat);
    expect(failed.status).to.equal(503);
    expect(failed.json.error).to.be.a('string');
    expect(served.backend.requests.at(-1)?.status).to.equal(503);
    expect(state.session('existing')).to.deep.include({ sessionTime: '', heartbeats: [] });
    // Only heartbeats: the rest of the backend still answers.
    expect((await call(served, 'GET', '/api/sch/scorm/sessions/existing')).status).to.equal(200);
    state.failReplies(['heartbeat'], 500);
    expect((await call(served, 'POST', '/api/sch/scorm/heartbeat', beat)).status).to.equal(500);
    // Without a list every endpoint fails.
    state.failReplies();
    expect((await call(served, 'GET', '/api/sch/scorm/sessions/existing')).status).to.equal(503);
    state.restoreReplies();
    expect(state.failure('heartbeat')).to.equal(undefined);
    expect((await call(served, 'POST', '/api/sch/scorm/heartbeat', beat)).status).to.equal(200);
    expect(state.session('existing')?.heartbeats).to.have.length(1);
    expect(() => state.failReplies(['heartbeat'], 404)).to.throw(RangeError);
  });

  it('holds the replies a scenario holds until it releases them, then answers them in order', async () => {
    const { state } = served.backend;
    state.holdReplies(['progress', 'completeChallenge']);
    expect(state.holds('progress')).to.equal(true);
    expect(state.holds('session')).to.equal(false);
    const twoHeld = state.whenHeld(2);
    const progress = call(served, 'GET', '/api/sch/scorm/sessions/existing/progress');
    await state.whenHeld(1);
    expect(state.heldReplies).to.equal(1);
    const complete = call(
      served,
      'POST',
      '/api/sch/scorm/sessions/existing/challenges/c2/complete',
      { score: 100 },
    );
    await twoHeld;
    expect(state.heldReplies).to.equal(2);
    // Other endpoints still answer.
    expect((await call(served, 'GET', '/api/sch/scorm/sessions/existing')).status).to.equal(200);
    expect(served.backend.requests.map((r) => r.path)).to.deep.equal([
      '/api/sch/scorm/sessions/existing',
    ]);
    // Not handled yet either: the challenge is not recorded until the release.
    expect(state.progress().challenges[1]).to.include({ completed: false });
    now = 5000;
    expect(state.releaseReplies()).to.equal(2);
    const [read, done] = await Promise.all([progress, complete]);
    expect(read.json.challenges).to.deep.equal(fixture.challenges);
    expect(done.json.challenges).to.deep.include({
      id: 'c2',
      topic: 'xss',
      completed: true,
      score: 100,
    });
    expect(served.backend.requests.slice(1).map((r) => [r.method, r.status, r.t])).to.deep.equal([
      ['GET', 200, 5000],
      ['POST', 200, 5000],
    ]);
    // Released: nothing is held any more.
    expect(state.holds('progress')).to.equal(false);
    expect(
      (await call(served, 'GET', '/api/sch/scorm/sessions/existing/progress')).status,
    ).to.equal(200);
    // Without a list every endpoint is held.
    state.holdReplies();
    const beat = call(served, 'POST', '/api/sch/scorm/heartbeat', {
      sessionId: 'existing',
      lmsBookmark: '{"sid":"existing"}',
      sessionTime: 'PT1M0S',
    });
    await until(() => state.heldReplies === 1);
    expect(state.holds('sessions')).to.equal(true);
    expect(state.releaseReplies()).to.equal(1);
    expect((await beat).status).to.equal(200);
  });

  it('forgets a held request whose client went away', async () => {
    const { state } = served.backend;
    state.holdReplies(['progress']);
    const aborted = new AbortController();
    const request = fetch(`${served.base}/api/sch/scorm/sessions/existing/progress`, {
      signal: aborted.signal,
    }).catch((error: unknown) => error);
    await until(() => state.heldReplies === 1);
    aborted.abort();
    expect(await request).to.be.instanceOf(Error);
    await until(() => state.heldReplies === 0);
    expect(state.releaseReplies()).to.equal(0);
    expect(served.backend.requests).to.deep.equal([]);
  });

  it('serves progress and records finished challenges, finishing assignments', async () => {
    const before = await call(served, 'GET', '/api/sch/scorm/sessions/existing/progress');
    expect(before.json.challenges).to.deep.equal(fixture.challenges);
    const after = await call(
      served,
      'POST',
      '/api/sch/scorm/sessions/existing/challenges/c2/complete',
      {
        score: 100,
      },
    );
    expect(after.status).to.equal(200);
    expect(after.json.challenges).to.deep.include({
      id: 'c2',
      topic: 'xss',
      completed: true,
      score: 100,
    });
    expect(after.json.assignments).to.deep.include({
      id: 'a1',
      mandatory: true,
      finished: true,
      challenges: ['c1', 'c2'],
    });
    const bad = await call(
      served,
      'POST',
      '/api/sch/scorm/sessions/existing/challenges/c3/complete',
      {
        score: 200,
      },
    );
    expect(bad.status).to.equal(400);
  });

  it('answers 404 for the progress of an unknown session, and completes no challenge for it', async () => {
    expect((await call(served, 'GET', '/api/sch/scorm/sessions/nope/progress')).status).to.equal(
      404,
    );
    const complete = await call(
      served,
      'POST',
      '/api/sch/scorm/sessions/nope/challenges/c2/complete',
      { score: 100 },
    );
    expect(complete.status).to.equal(404);
    expect(served.backend.state.progress().challenges).to.deep.equal(fixture.challenges);
  });

  it("serves progress a scenario set behind the bridge's back", async () => {
    const progress = {
      assignments: [{ id: 'a1', mandatory: true, finished: true }],
      challenges: [{ id: 'c7', completed: true, score: 33 }],
    };
    served.backend.state.setProgress(progress);
    const res = await call(served, 'GET', '/api/sch/scorm/sessions/existing/progress');
    expect(res.json).to.deep.equal(progress);
  });

  it('saves a bookmark and rejects an invalid one', async () => {
    const bookmark = { topic: 'csrf', challenge: 'c9', phase: 2, hints: [] };
    const ok = await call(served, 'PUT', '/api/sch/scorm/sessions/existing/bookmark', { bookmark });
    expect((ok.json.session as { bookmark: unknown }).bookmark).to.deep.equal(bookmark);
    const bad = await call(served, 'PUT', '/api/sch/scorm/sessions/existing/bookmark', {
      bookmark: { ...bookmark, phase: 'two' },
    });
    expect(bad.status).to.equal(400);
  });

  it('does not share state between two backends built from one fixture', async () => {
    await call(served, 'POST', '/api/sch/scorm/sessions/existing/challenges/c2/complete', {
      score: 10,
    });
    const other = await serveBackend(fixture);
    try {
      expect(other.backend.state.progress().challenges[1]?.completed).to.equal(false);
      expect(fixture.challenges[1]?.completed).to.equal(false);
    } finally {
      await other.close();
    }
  });

  it('serves configured paths instead of the defaults', async () => {
    const custom = await serveBackend(fixture, { paths: { heartbeat: '/v2/beat' } });
    try {
      const body = { sessionId: 'existing', lmsBookmark: '', sessionTime: 'PT0S' };
      expect((await call(custom, 'POST', '/v2/beat', body)).status).to.equal(200);
      const res = await fetch(`${custom.base}/api/sch/scorm/heartbeat`, { method: 'POST' });
      expect(res.status).to.equal(404);
    } finally {
      await custom.close();
    }
  });

  it('works behind the mock LMS, which reads and parses the body before the router', async () => {
    const behind = await serveBackend(fixture, {}, '/sch', bodyCapture());
    try {
      const body = { sessionId: 'existing', lmsBookmark: '', sessionTime: 'PT1S' };
      expect((await call(behind, 'POST', '/api/sch/scorm/heartbeat', body)).status).to.equal(200);
      expect(behind.backend.requests[0]?.body).to.deep.equal(body);
      expect((await call(behind, 'POST', '/api/sch/scorm/heartbeat', '{"x":')).status).to.equal(
        400,
      );
    } finally {
      await behind.close();
    }
  });
});
