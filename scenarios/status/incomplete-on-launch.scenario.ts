/**
 * Right after Initialize the bridge sets the status to `incomplete` (2004 cmi.completion_status,
 * 1.2 cmi.core.lesson_status) before any other SetValue, and commits it, so no LMS infers a
 * status of its own (seeds/rustici-incomplete-on-launch.txt; scorm-runtime.md#auto-completion).
 */
import { expect } from 'chai';
import { apiCalls, persistedBy } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';

export const meta = {
  id: 'incomplete-on-launch',
  title: 'Status set to incomplete and committed right after Initialize, before any other SetValue',
  ref: [
    'rustici-incomplete-on-launch.txt: "The second is to immediately set cmi.completion_status to incomplete upon launch of the content."',
    'scorm-runtime.md#lesson-status-12',
  ],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'should',
  tags: ['status', 'completion'],
  rules: ['status-not-set-on-launch'],
} as const satisfies ScenarioMeta;

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const { names } = bridge;
  const launch = await bridge.launch();
  const events = launch.session.events();

  const calls = apiCalls(events);
  const initialize = calls.find((e) => e.fn === names.initialize && e.result === 'true');
  expect(initialize, 'an accepted Initialize').to.not.equal(undefined);
  const sets = calls.filter((e) => e.fn === names.setValue);
  expect(sets[0], 'the first SetValue').to.include({ result: 'true' });
  expect(sets[0]?.args).to.deep.equal([names.status, 'incomplete']);
  // Committed before the bridge writes anything else.
  const mark = sets[0]!;
  const commit = calls.find((e) => e.fn === names.commit && e.seq > mark.seq);
  expect(commit, 'a Commit after the launch-time incomplete').to.not.equal(undefined);
  const second = sets[1];
  if (second) expect(commit!.seq).to.be.lessThan(second.seq);
  // "Immediately": the bridge does not wait for its backend before the Commit (a slow or failing
  // backend must not leave the LMS to infer a status meanwhile).
  const requested = events
    .filter((e) => e.type === 'http' && e.seq > initialize!.seq && e.seq < commit!.seq)
    .map((e) => e.type === 'http' && `${e.method} ${e.url}`);
  expect(requested, 'backend requests between Initialize and the launch-time Commit').to.deep.equal(
    [],
  );
  expect(persistedBy(events, commit!)?.data[names.status]).to.equal('incomplete');
  await launch.finishButton();
}

export const scenario: Scenario = { meta, run };
