/**
 * The bridge finds the LMS's API in a frameset, nested frames up to the 1.2 search limit (seven
 * parents; 2004 searches further, api-depth-2004.scenario.ts) and in a popup
 * (scorm-runtime.md#api-discovery). In the nested run the LMS page sits in a portal's frame (the
 * API one frame below the top window), so the search must stop at the window holding the API,
 * not read `window.top`; the frameset run has the API on the top window. The popup is opened by a frame one level below the LMS page
 * (popup:1), as LMSs with a launcher frame do: its opener holds no API, so the search must go up
 * the opener's ancestors (heartbeat-every-60s and initialize-first-terminate-once run popups the
 * LMS page opens itself). That search is a path of its own, so there the LMS offers both API
 * objects and the bridge must still talk to one (api-objects checks both in a frameset).
 */
import { expect } from 'chai';
import { apiCalls, callsMatching, persistedBy } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';
import { apiVersionsCalled } from '../support/elements.ts';

export const meta = {
  id: 'api-discovery-launch-modes',
  title: 'The API is found in frameset, nested (ADL limit, below a portal) and popup launches',
  ref: 'scorm-runtime.md#api-discovery',
  versions: ['1.2', '2004'],
  launchModes: ['frameset', 'nested:7', 'popup:1'],
  kind: 'must',
  tags: ['discovery', 'lifecycle'],
  rules: [],
} as const satisfies ScenarioMeta;

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const apis = ctx.launchMode === 'popup:1' ? 'both' : 'sco';
  const apiWindowDepth = ctx.launchMode === 'nested:7' ? 1 : 0;
  const launch = await bridge.launch({ apis, apiWindowDepth });
  const { names } = launch;
  expect(await launch.state('phase'), 'the bridge runs').to.equal('running');
  const trace = await launch.finishButton();
  expect(
    apiVersionsCalled(apiCalls(trace)),
    `API versions called (LMS offers: ${apis})`,
  ).to.deep.equal([bridge.apiVersion(apis)]);
  expect(trace).to.have.firstCall({ fn: names.initialize });
  expect(trace).to.have.callCount({ fn: names.terminate }, 1);
  // What Terminate persisted rather than the LMS's attempt: an auto build in a 1.2 package offered
  // both objects talks to API_1484_11, and the attempt is the package version's.
  const [terminate] = callsMatching(trace, { fn: names.terminate });
  expect(
    terminate && persistedBy(trace, terminate)?.data[names.status],
    `${names.status} persisted by ${names.terminate}`,
  ).to.equal('incomplete');
}

export const scenario: Scenario = { meta, run };
