/**
 * The bridge finds the LMS's API in a frameset, nested frames up to the 1.2 search limit (seven
 * parents; 2004 searches further, api-depth-2004.scenario.ts) and in a popup opened by the LMS
 * (scorm-runtime.md#api-discovery).
 */
import { expect } from 'chai';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';

export const meta = {
  id: 'api-discovery-launch-modes',
  title: 'The API is found in frameset, nested (ADL limit) and popup launches',
  ref: 'scorm-runtime.md#api-discovery',
  versions: ['1.2', '2004'],
  launchModes: ['frameset', 'nested:7', 'popup'],
  kind: 'must',
  tags: ['discovery', 'lifecycle'],
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
  expect(trace).to.have.committed(names.status, 'incomplete');
}

export const scenario: Scenario = { meta, run };
