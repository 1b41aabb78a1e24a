/**
 * Score: raw = min(avg(scores of completed challenges) / 1.6, 100), within min 0 and max 100;
 * boundaries: exactly 70, 112 / 1.6, scores above the 160 scale or below 0, and no completed
 * challenge (no score written at all) (spec "Score Calculation"). Fractional raws are written as
 * such (1.2 score.raw is CMIDecimal, scorm-runtime.md#cmi-core-score-raw), and the cap applies to
 * the divided average, not to each challenge score.
 */
import { expect } from 'chai';
import { callsMatching, lastSetAt } from '../../harness/assert/index.ts';
import type { SchProgress } from '../../harness/backends/sch/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';
import { completedScores } from '../support/progress.ts';

export const meta = {
  id: 'score-formula',
  title: 'raw = min(avg(completed challenge scores) / 1.6, 100), min 0, max 100',
  ref: [
    'scorm-progress-tracking.txt: "To produce a SCORM-friendly 0–100 number, the bridge averages the practice scores across the learner\'s completed challenges and divides by 1.6, then caps the result at 100."',
    'scorm-runtime.md#cmi-core-score-raw',
  ],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'profile',
  tags: ['score'],
  rules: ['score-out-of-range'],
} as const satisfies ScenarioMeta;

const ROWS: { label: string; progress: SchProgress; raw: number }[] = [
  { label: 'average 112 is exactly 70', progress: completedScores([112]), raw: 70 },
  { label: 'average 120 of 100 and 140', progress: completedScores([100, 140]), raw: 75 },
  { label: 'scores above 160 are capped at 100', progress: completedScores([200, 190]), raw: 100 },
  // Clamping each score to 160 before averaging would give 65.625.
  { label: 'the cap is on the average', progress: completedScores([200, 50]), raw: 78.125 },
  { label: 'a fraction is kept (111 / 1.6)', progress: completedScores([111]), raw: 69.375 },
  { label: 'top of the scale', progress: completedScores([160, 160]), raw: 100 },
  { label: 'zero', progress: completedScores([0]), raw: 0 },
  // Min Score 0: the table's min(avg / 1.6, 100) alone would write -25 for an average below the
  // scale (1.2 score.raw is 0 … 100), as it caps an average above it.
  { label: 'a negative average is floored at 0', progress: completedScores([-40]), raw: 0 },
  {
    label: 'only completed challenges count',
    progress: {
      assignments: [],
      challenges: [
        { id: 'done', completed: true, score: 96 },
        { id: 'started', completed: false, score: 10 },
      ],
    },
    raw: 60,
  },
];

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, {
    assignments: [],
    challenges: [{ id: 'started', completed: false, score: 40 }],
  });
  const { names } = bridge;
  const launch = await bridge.launch();
  const { session } = launch;
  expect(session.events(), 'no completed challenge: no score').to.not.have.apiCall({
    fn: names.setValue,
    element: names.raw,
  });

  const valueNow = (element: string) =>
    lastSetAt(session.events(), [names.setValue], element, session.t)?.args[1];
  for (const row of ROWS) {
    bridge.backend.state.setProgress(row.progress);
    await launch.sync();
    expect(Number(valueNow(names.raw)), row.label).to.be.closeTo(row.raw, 1e-6);
    expect(valueNow(names.min), `${row.label}: min`).to.satisfy((v: string) => Number(v) === 0);
    expect(valueNow(names.max), `${row.label}: max`).to.satisfy((v: string) => Number(v) === 100);
  }
  const trace = await launch.finishButton();
  for (const set of callsMatching(trace, { fn: names.setValue, element: names.raw })) {
    expect(Number(set.args[1])).to.be.within(0, 100);
  }
}

export const scenario: Scenario = { meta, run };
