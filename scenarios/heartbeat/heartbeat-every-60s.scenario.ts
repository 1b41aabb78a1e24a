/**
 * Heartbeat: every 60 s of virtual time a POST /api/sch/scorm/heartbeat with
 * {"sessionId","lmsBookmark","sessionTime"}, and on the same tick a re-commit of status, score,
 * session time and suspend_data on the LMS side; nothing after Terminate (spec "Heartbeat"). The
 * re-commit does not wait for the backend's reply, and a commit between beats does not move them.
 * Beats and session time count from Initialize, also when the backend opens the session late
 * (scorm-runtime.md#session-time: the time of this session).
 */
import { expect } from 'chai';
import { apiCalls, httpRequests, persistedBy } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';
import { parseSessionTime } from '../support/elements.ts';

export const meta = {
  id: 'heartbeat-every-60s',
  title:
    'A heartbeat POST with the right payload and an LMS re-commit every 60 s; none after Terminate',
  ref: [
    'scorm-progress-tracking.txt: "The same tick re-commits the SCORM data model on the LMS side so completion, score, session time, and suspend data stay in sync without waiting for explicit save events."',
    'scorm-progress-tracking.txt: "| Interval | Every 60 seconds during an active session |"',
  ],
  versions: ['1.2', '2004'],
  launchModes: ['frameset', 'popup'],
  kind: 'profile',
  tags: ['heartbeat'],
  rules: ['uncommitted-data'],
  cost: 2,
} as const satisfies ScenarioMeta;

/** How long after Initialize the backend answers the session creation. */
const SLOW_OPEN = 20_000;
/** Where the learner moves after the first beat; later beats must carry it. */
const MOVED = { topic: 'cross-site-scripting', challenge: 'xss-1', phase: 2 };

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'no-mandatory-below-pass');
  const { names } = bridge;
  const HEARTBEAT = bridge.endpoint('heartbeat');
  const { state } = bridge.backend;
  state.holdReplies(['sessions']);
  const launch = await bridge.launchStarting();
  const { session } = launch;
  try {
    await launch.page.waitFor(
      `(doc) => doc.querySelector('#sch-bridge')?.dataset.pending === '1'`,
      'the bridge to ask for its session',
    );
    // Not raced with session.answered(): that can resolve before the page has announced the POST.
    await state.whenHeld(1);
    expect(state.heldReplies, 'the session creation held back').to.equal(1);
    await session.tick(SLOW_OPEN, { settle: false });
  } finally {
    state.releaseReplies();
  }
  await launch.ready();
  const sid = await launch.state('sid');

  await launch.tick(59_999 - SLOW_OPEN);
  expect(httpRequests(session.events(), 'POST', HEARTBEAT), 'before 60 s').to.have.length(0);
  // The first beat's reply hangs for 30 s: a re-commit made only once it lands would be at 90 s,
  // not on the beat's tick. The launch's tick would wait for the reply.
  state.holdReplies(['heartbeat']);
  try {
    await session.tick(30_001, { settle: false });
    // The beat's POST may still be on its way; a bridge that sent none leaves nothing unanswered.
    await Promise.race([state.whenHeld(1), session.answered()]);
    expect(state.heldReplies, 'the first heartbeat reply held back').to.equal(1);
  } finally {
    // Before anything else: the trace shows nothing sent after a request until it is answered.
    state.releaseReplies();
  }
  await launch.idle();
  // The learner moves and syncs between beats, which commits at 90 s: beats stay 60 s apart.
  await launch.moveBookmark(MOVED);
  await launch.sync();
  expect(
    apiCalls(session.events()).filter((e) => e.fn === names.commit && e.t === 90_000),
    'the sync commits between beats',
  ).to.not.have.length(0);
  await launch.tick(30_000);
  await launch.tick(60_000);
  const beats = httpRequests(session.events(), 'POST', HEARTBEAT);
  expect(
    beats.map((b) => b.t),
    'heartbeat times',
  ).to.deep.equal([60_000, 120_000, 180_000]);

  const bookmarks: string[] = [];
  for (const beat of beats) {
    const at = `heartbeat at ${beat.t}`;
    expect(beat.status, at).to.equal(200);
    const body = JSON.parse(beat.requestBody ?? 'null') as Record<string, unknown>;
    expect(Object.keys(body).sort(), at).to.deep.equal(['lmsBookmark', 'sessionId', 'sessionTime']);
    expect(body['sessionId'], at).to.equal(sid);
    expect(body['lmsBookmark'], at).to.be.a('string');
    bookmarks.push(String(body['lmsBookmark']));
    expect(
      parseSessionTime(ctx.version, String(body['sessionTime'])),
      `${at}: sessionTime ${String(body['sessionTime'])}, counted from Initialize at 0`,
    ).to.equal(beat.t);
    // The same tick re-writes the report and commits it: every element written before the
    // tick's Commit, and the LMS then holds what was written.
    const tick = apiCalls(session.events()).filter((e) => e.t === beat.t);
    const commit = tick.find((e) => e.fn === names.commit);
    expect(commit, `${at}: a Commit on the same tick`).to.not.equal(undefined);
    const persisted = persistedBy(session, commit!);
    for (const element of [names.status, names.raw, names.sessionTime, names.suspendData]) {
      const set = tick
        .filter((e) => e.fn === names.setValue && e.args[0] === element && e.seq < commit!.seq)
        .at(-1);
      expect(set, `${at}: ${element} written before the Commit`).to.not.equal(undefined);
      expect(persisted?.data[element], `${at}: ${element} committed`).to.equal(set!.args[1]);
      if (element === names.sessionTime) {
        expect(parseSessionTime(ctx.version, set!.args[1] ?? ''), `${at}: ${element}`).to.equal(
          beat.t,
        );
      }
    }
  }
  // The current bookmark, not the one at launch: the learner moved after the first beat.
  expect(bookmarks[1], 'the bookmark after the learner moved').to.not.equal(bookmarks[0]);
  for (const [i, bookmark] of bookmarks.slice(1).entries()) {
    expect(bookmark, `heartbeat ${i + 2}: lmsBookmark`).to.include(MOVED.topic);
    expect(bookmark, `heartbeat ${i + 2}: lmsBookmark`).to.include(MOVED.challenge);
  }

  await launch.page.submit('sch-finish');
  await session.waitForCall(names.terminate, undefined, { within: 1000 });
  const ended = session.t;
  // Through the launch, which waits until no backend call is in flight: a beat sent after
  // Terminate must reach the backend (and the trace) before the session ends.
  await launch.tick(180_000);
  const trace = await session.finish();
  expect(
    httpRequests(trace, 'POST', HEARTBEAT).filter((b) => b.t > ended),
    'after Terminate',
  ).to.have.length(0);
  expect(trace).to.have.noCallAfter({ fn: names.terminate });
}

export const scenario: Scenario = { meta, run };
