/**
 * Initialize is the first API call; on a normal exit Terminate / LMSFinish is called exactly once
 * and nothing is called after it (scorm-runtime.md#state-model-2004, #state-model-12,
 * #content-rules). The normal exit is the Finish
 * button, or closing the window when the course runs in a popup.
 */
import { expect } from 'chai';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import { BridgeUnderTest } from '../support/bridge.ts';

export const meta = {
  id: 'initialize-first-terminate-once',
  title: 'Initialize first; Terminate exactly once on a normal exit; no call after it',
  ref: ['scorm-runtime.md#content-rules', 'scorm-runtime.md#state-model-2004'],
  versions: ['1.2', '2004'],
  launchModes: ['frameset', 'popup'],
  kind: 'must',
  tags: ['lifecycle'],
  rules: ['terminate-missing', 'terminate-twice', 'call-after-terminate'],
} as const satisfies ScenarioMeta;

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const { names } = bridge;
  const launch = await bridge.launch();
  await launch.tick(60_000);
  // The learner's normal ways out: the Finish button, or closing the popup the course runs in.
  const trace = ctx.launchMode === 'popup' ? await launch.close() : await launch.finishButton();
  expect(trace).to.have.firstCall({ fn: names.initialize });
  expect(trace).to.have.callCount({ fn: names.initialize }, 1);
  expect(trace).to.have.callCount({ fn: names.terminate }, 1);
  expect(trace).to.have.noCallAfter({ fn: names.terminate });
  expect(trace.final.state?.terminated).to.equal(true);
}

export const scenario: Scenario = { meta, run };
