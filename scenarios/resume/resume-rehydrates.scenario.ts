/**
 * Resume: the relaunch gets entry = resume, the bridge reads the sid out of suspend_data, calls
 * the session endpoint for it (instead of creating a session), and the player shows the
 * server-side bookmark, also when it moved on between the launches, not a copy kept LMS-side; the
 * practice progress made in between is read too and reported (spec "Resume / Suspend", "Score
 * Calculation"; scorm-runtime.md#entry-exit-12, #entry-exit-2004).
 */
import { expect } from 'chai';
import { httpRequests } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';

export const meta = {
  id: 'resume-rehydrates',
  title: 'Relaunch resumes: entry=resume, sid read back, session endpoint called, bookmark shown',
  ref: [
    'scorm-progress-tracking.txt: "Next launch resumes from the bookmark"',
    'scorm-progress-tracking.txt: "on resume, the bridge reads that id back out, calls the SecureCodingHub session endpoint, and uses the server-side state to rehydrate the player."',
    'scorm-runtime.md#entry-exit-12',
    'scorm-runtime.md#entry-exit-2004',
  ],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'profile',
  tags: ['resume', 'suspend'],
  rules: ['exit-not-suspend-while-incomplete'],
  cost: 2,
} as const satisfies ScenarioMeta;

const BOOKMARK = { topic: 'xss', challenge: 'xss-1', phase: 2 };
/** Where the learner got to on another device between the launches. */
const ELSEWHERE = { topic: 'sqli', challenge: 'sqli-1', phase: 1, hints: ['sqli-1-hint-2'] };

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const { names } = bridge;
  const first = await bridge.launch();
  const sid = await first.state('sid');
  expect(sid, 'the session the first launch opened').to.be.a('string').and.not.equal('');
  await first.moveBookmark(BOOKMARK);
  await first.revealHint('xss-1-hint-1');
  const suspended = await first.finishButton();
  expect(suspended).to.have.committed(names.exit, 'suspend');
  const server = bridge.backend.state;
  const saved = server.session(sid ?? '')?.bookmark;
  expect(saved, 'bookmark saved server-side').to.deep.equal({
    ...BOOKMARK,
    hints: ['xss-1-hint-1'],
  });
  // The learner moves on elsewhere: only the server's copy knows, so resume must ask it.
  expect(server.saveBookmark(sid ?? '', ELSEWHERE), 'session known').to.not.equal(undefined);
  // ...and finishes a challenge there: 120 / 1.6 = 75, with a mandatory challenge still to do.
  server.completeChallenge('xss-1', 120);

  // A launcher that makes a new session for every launch passes its sid: on resume the bridge
  // still reads the one in suspend_data (spec: "reads that id back out").
  const launcherSid = server.createSession('launcher').id;
  const second = await bridge.relaunch(first, { query: `sid=${encodeURIComponent(launcherSid)}` });
  const events = second.session.events();
  expect(events).to.have.apiCall({ fn: names.getValue, element: names.entry });
  expect(
    events.find((e) => e.type === 'api' && e.fn === names.getValue && e.args[0] === names.entry),
  ).to.include({ result: 'resume' });
  expect(events).to.have.apiCall({ fn: names.getValue, element: names.suspendData });
  const read = httpRequests(events, 'GET', bridge.endpoint('session', { sid: sid ?? '' }));
  expect(read, `GET of session ${sid}`).to.have.length(1);
  expect(
    httpRequests(events, 'POST', bridge.endpoint('sessions')),
    'no new session',
  ).to.have.length(0);
  expect(await second.state('sid')).to.equal(sid);
  expect(await second.state('resumed')).to.equal('true');
  expect(await second.shownBookmark(), 'the server-side bookmark').to.deep.equal(ELSEWHERE);
  expect(
    httpRequests(events, 'GET', bridge.endpoint('progress', { sid: sid ?? '' })),
    `GET of session ${sid}'s progress on resume`,
  ).to.not.have.length(0);
  expect(
    Number(await second.state('score')),
    'the score shown, from the progress made elsewhere',
  ).to.equal(75);
  const resumed = await second.finishButton();
  expect(
    Number(resumed.final.state?.data[names.raw]),
    `${names.raw} kept by the LMS after the resumed session`,
  ).to.equal(75);
}

export const scenario: Scenario = { meta, run };
