/**
 * SCORM 2004: completion and success are separate elements, both written; success_status is
 * `passed` iff raw ≥ 70, else `failed` (spec "Completion Criteria" and the Passing Score row;
 * scorm-runtime.md#status-evaluation-2004). Finished, the exit is not `suspend`, so the LMS ends
 * the attempt (scorm-runtime.md#entry-exit-2004). The manifest's primary objective is not
 * satisfied by measure, which would make the LMS derive success_status from score.scaled
 * (scorm-runtime.md#misstatements, #manifest-initial-values).
 */
import { expect } from 'chai';
import { lastSetAt } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';
import { completedScores } from '../support/progress.ts';

export const meta = {
  id: 'success-status-2004',
  title: '2004: completion_status and success_status written separately; passed iff raw ≥ 70',
  ref: [
    'scorm-progress-tracking.txt: "The bridge reports both: cmi.completion_status reflects whether the activity is finished, and cmi.success_status reflects whether the average passing-score threshold was met."',
    'scorm-runtime.md#status-evaluation-2004',
    'scorm-runtime.md#entry-exit-2004',
    'scorm-runtime.md#misstatements',
  ],
  versions: ['2004'],
  launchModes: ['frameset'],
  kind: 'profile',
  tags: ['status', 'score'],
  rules: [],
} as const satisfies ScenarioMeta;

/**
 * Average challenge score (0–160) → expected verdict; 112 / 1.6 is exactly 70. With a mandatory
 * assignment pending the activity is incomplete, and success still follows the score: the two
 * are written separately.
 */
const ROWS = [
  { scores: [120], pending: true, raw: 75, success: 'passed', completion: 'incomplete' },
  { scores: [80], pending: true, raw: 50, success: 'failed', completion: 'incomplete' },
  { scores: [112], pending: false, raw: 70, success: 'passed', completion: 'completed' },
  { scores: [111], pending: false, raw: 69.375, success: 'failed', completion: 'completed' },
  { scores: [160, 80], pending: false, raw: 75, success: 'passed', completion: 'completed' },
  { scores: [40], pending: false, raw: 25, success: 'failed', completion: 'completed' },
] as const;

export async function run(ctx: ScenarioContext): Promise<void> {
  // Satisfied by measure, the LMS reads success back from score.scaled vs scaled_passing_score;
  // the rows below check what the bridge wrote, which such an LMS ignores.
  const settings = ctx.target.package.scos[0]?.settings;
  if (settings?.version === '2004') {
    expect(
      settings.primaryObjective?.satisfiedByMeasure ?? false,
      'manifest primaryObjective@satisfiedByMeasure',
    ).to.equal(false);
  }
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const launch = await bridge.launch();
  const { session } = launch;
  const valueNow = (element: string) =>
    lastSetAt(session.events(), ['SetValue'], element, session.t)?.args[1];
  for (const row of ROWS) {
    bridge.backend.state.setProgress(completedScores(row.scores, { pending: row.pending }));
    await launch.sync();
    const label = `average ${row.scores.join(', ')} (raw ${row.raw}${row.pending ? ', mandatory work pending' : ''})`;
    expect(Number(valueNow('cmi.score.raw')), label).to.be.closeTo(row.raw, 1e-6);
    expect(valueNow('cmi.success_status'), label).to.equal(row.success);
    expect(valueNow('cmi.completion_status'), label).to.equal(row.completion);
  }
  const trace = await launch.finishButton();
  expect(trace).to.have.committed('cmi.success_status', 'failed');
  expect(trace).to.have.committed('cmi.completion_status', 'completed');
  // A suspended attempt stays open: the next launch would resume a finished one.
  expect(trace).to.not.have.committed('cmi.exit', 'suspend');
}

export const scenario: Scenario = { meta, run };
