/**
 * SCORM 2004 content searches for API_1484_11 up to 500 ancestors (the 1.2 algorithm stops after
 * seven), so a 2004 bridge must find it ten frames up, where a 1.2-sized search gives up
 * (scorm-runtime.md#api-discovery, "depth 10 (2004 content must succeed)").
 */
import { expect } from 'chai';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';

export const meta = {
  id: 'api-depth-2004',
  title: '2004: the API is found ten frames up, beyond the 1.2 search limit',
  ref: 'scorm-runtime.md#api-discovery',
  versions: ['2004'],
  launchModes: ['nested:10'],
  kind: 'must',
  tags: ['discovery'],
  rules: [],
} as const satisfies ScenarioMeta;

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const { names } = bridge;
  const launch = await bridge.launch();
  expect(await launch.state('phase'), 'the bridge runs').to.equal('running');
  const trace = await launch.finishButton();
  expect(trace).to.have.firstCall({ fn: names.initialize });
  expect(trace).to.have.callCount({ fn: names.terminate }, 1);
}

export const scenario: Scenario = { meta, run };
