/**
 * An interrupted session (the window killed between heartbeat ticks) leaves the LMS holding what
 * the last tick committed: status, score, session time and suspend_data of that tick (spec
 * "Heartbeat": "an interrupted session still produces a partially-reported state";
 * scorm-runtime.md#commit-persistence). SecureCodingHub goes down after the first tick: the
 * re-commit is the LMS's copy and must not wait on the backend POST, nor stop once a POST failed.
 */
import { expect } from 'chai';
import { httpRequests } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';
import { parseSessionTime } from '../support/elements.ts';

export const meta = {
  id: 'interrupted-session',
  title: 'A window killed between ticks leaves the last tick’s state committed in the LMS',
  ref: [
    'scorm-progress-tracking.txt: "The bridge re-commits these elements on every heartbeat tick during an active session, so an interrupted session still produces a partially-reported state that the LMS can display."',
    'scorm-runtime.md#commit-persistence',
  ],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'profile',
  tags: ['heartbeat', 'suspend'],
  rules: [],
} as const satisfies ScenarioMeta;

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const { names } = bridge;
  const launch = await bridge.launch();
  const sid = await launch.state('sid');
  await launch.tick(60_000);
  bridge.backend.state.failReplies(['heartbeat'], 503);
  // Two ticks in the outage: the one after a refused POST still beats and re-commits.
  await launch.tick(60_000);
  await launch.tick(60_000);
  await launch.tick(45_000);
  const trace = await launch.crash();

  expect(trace.final.ended).to.equal('crashed');
  const beats = httpRequests(trace, 'POST', bridge.endpoint('heartbeat'));
  expect(
    beats.map((b) => b.status),
    'heartbeat answers',
  ).to.deep.equal([200, 503, 503]);
  const data = trace.final.state?.data ?? {};
  expect(
    parseSessionTime(ctx.version, data[names.sessionTime] ?? ''),
    'session time committed by the last tick, at 180 s',
  ).to.equal(180_000);
  expect(data[names.status]).to.equal('incomplete');
  expect(data[names.suspendData]).to.equal(JSON.stringify({ sid }));
  expect(data[names.exit]).to.equal('suspend');
}

export const scenario: Scenario = { meta, run };
