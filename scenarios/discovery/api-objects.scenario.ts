/**
 * One package runs in any conformant LMS: with only the version's API object, or with both `API`
 * and `API_1484_11`, the bridge talks to exactly one of them, the one its build looks for first
 * (a 2004-first build takes API_1484_11), and never mixes them (scorm-runtime.md#api-discovery).
 */
import { expect } from 'chai';
import { apiCalls } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';
import { apiVersionsCalled } from '../support/elements.ts';

export const meta = {
  id: 'api-objects',
  title: 'With only API, only API_1484_11, or both, the bridge uses one API consistently',
  ref: [
    'scorm-progress-tracking.txt: "SecureCodingHub implements both SCORM 1.2 and SCORM 2004 (3rd and 4th edition) reporting models, so the same content package will run inside any LMS that conforms to the standard."',
    'scorm-runtime.md#api-discovery',
  ],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'must',
  tags: ['discovery'],
  rules: [],
  cost: 2,
} as const satisfies ScenarioMeta;

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  for (const apis of ['sco', 'both'] as const) {
    const launch = await bridge.launch({ apis, previous: null });
    const { names } = launch;
    expect(await launch.state('phase'), `${apis}: the bridge runs`).to.equal('running');
    const trace = await launch.finishButton();
    expect(apiVersionsCalled(apiCalls(trace)), `${apis}: API versions called`).to.deep.equal([
      bridge.apiVersion(apis),
    ]);
    expect(trace).to.have.firstCall({ fn: names.initialize });
    expect(trace).to.have.callCount({ fn: names.terminate }, 1);
  }
}

export const scenario: Scenario = { meta, run };
