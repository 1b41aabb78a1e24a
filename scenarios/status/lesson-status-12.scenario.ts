/**
 * SCORM 1.2 has one status: the bridge writes `incomplete` until complete, then `passed` or
 * `failed` (passed iff raw ≥ 70), and never `completed`; a relaunch does not set a final status
 * back to `incomplete` (spec "SCORM 1.2 has no separate completion / success split" and "Passing
 * Score 70"; scorm-runtime.md#lesson-status-12). Once complete the exit is not `suspend`, which
 * would make the next launch a resume (scorm-runtime.md#entry-exit-12). The manifest has no
 * adlcp:masteryscore, which would let the LMS replace that verdict at LMSFinish
 * (scorm-runtime.md#misstatements).
 */
import { expect } from 'chai';
import { callsMatching, lastSetAt } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';
import { completedScores } from '../support/progress.ts';

export const meta = {
  id: 'lesson-status-12',
  title: '1.2: lesson_status incomplete before completion, then passed/failed, never completed',
  ref: [
    'scorm-progress-tracking.txt: "SCORM 1.2 has no separate completion / success split — the bridge writes passed or failed to cmi.core.lesson_status once completion is true, and incomplete otherwise."',
    'scorm-runtime.md#lesson-status-12',
    'scorm-runtime.md#entry-exit-12',
    'scorm-runtime.md#misstatements',
  ],
  versions: ['1.2'],
  launchModes: ['frameset'],
  kind: 'profile',
  tags: ['status'],
  rules: [],
  cost: 2,
} as const satisfies ScenarioMeta;

const STATUS = 'cmi.core.lesson_status';
const EXIT = 'cmi.core.exit';

export async function run(ctx: ScenarioContext): Promise<void> {
  // A mastery score lets the LMS override the verdict at LMSFinish; the launches below end at raws
  // that fail under any threshold, so only the manifest shows it.
  const settings = ctx.target.package.scos[0]?.settings;
  if (settings?.version === '1.2') {
    expect(settings.masteryScore, 'manifest adlcp:masteryscore').to.equal(undefined);
  }
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const launch = await bridge.launch();
  const { session } = launch;
  const statusNow = () => lastSetAt(session.events(), ['LMSSetValue'], STATUS, session.t)?.args[1];

  expect(statusNow(), 'before completion').to.equal('incomplete');
  await launch.completeChallenge('sqli-1', 150);
  expect(statusNow(), 'one mandatory challenge of two').to.equal('incomplete');
  await launch.completeChallenge('xss-1', 150);
  expect(statusNow(), 'complete, average 150 (raw 93.75)').to.equal('passed');
  // The threshold: 112 / 1.6 is exactly 70; 100 / 1.6 is 62.5, between 60 and 70; 69.6875 would
  // pass if rounded before the comparison.
  const rows = [
    { scores: [112], status: 'passed', label: 'average 112 (raw 70)' },
    { scores: [111, 112], status: 'failed', label: 'average 111.5 (raw 69.6875)' },
    { scores: [100], status: 'failed', label: 'average 100 (raw 62.5)' },
    { scores: [50], status: 'failed', label: 'average 50 (raw 31.25)' },
  ];
  for (const row of rows) {
    bridge.backend.state.setProgress(completedScores(row.scores));
    await launch.sync();
    expect(statusNow(), `complete, ${row.label}`).to.equal(row.status);
  }

  const trace = await launch.finishButton();
  expect(trace).to.not.have.apiCall({ fn: 'LMSSetValue', element: STATUS, value: 'completed' });
  expect(trace).to.have.committed(STATUS, 'failed');
  expect(trace).to.not.have.committed(EXIT, 'suspend');
  expect(callsMatching(trace, { fn: 'LMSSetValue', element: STATUS }).length).to.be.greaterThan(0);

  // A relaunch keeps the final status: no `incomplete` written over `failed`.
  const again = await bridge.relaunch(launch);
  const relaunched = await again.finishButton();
  expect(relaunched).to.not.have.apiCall({
    fn: 'LMSSetValue',
    element: STATUS,
    value: 'incomplete',
  });
  expect(relaunched).to.have.committed(STATUS, 'failed');
  expect(relaunched).to.not.have.committed(EXIT, 'suspend');
}

export const scenario: Scenario = { meta, run };
