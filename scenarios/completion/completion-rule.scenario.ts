/**
 * Completion: complete when every mandatory assignment is finished; with none pending, complete
 * once any progress is recorded; not before (spec "Completion Criteria"). Once complete the exit is
 * not `suspend`, or a 2004 LMS never ends the attempt (scorm-runtime.md#entry-exit-2004,
 * #entry-exit-12).
 */
import { expect } from 'chai';
import { lastSetAt } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest, type BridgeLaunch } from '../support/bridge.ts';
import { isComplete } from '../support/elements.ts';

export const meta = {
  id: 'completion-rule',
  title:
    'Complete when every mandatory assignment is finished, or with none pending on any progress',
  ref: [
    'scorm-progress-tracking.txt: "A SCORM session is marked complete when the learner has finished every mandatory assignment in their organization, or — if no mandatory assignments are pending — once they have any recorded progress."',
    'scorm-runtime.md#entry-exit-12',
    'scorm-runtime.md#entry-exit-2004',
  ],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'profile',
  tags: ['completion', 'status'],
  rules: [],
  cost: 2,
} as const satisfies ScenarioMeta;

/** What the bridge last wrote to `element` (default: the status) up to now. */
function statusNow(launch: BridgeLaunch, element = launch.names.status): string | undefined {
  const { session, names } = launch;
  return lastSetAt(session.events(), [names.setValue], element, session.t)?.args[1];
}

export async function run(ctx: ScenarioContext): Promise<void> {
  // Two mandatory challenges: one finished is progress, but not completion.
  const mandatory = new BridgeUnderTest(ctx, 'fresh-learner');
  const { names } = mandatory;
  const first = await mandatory.launch();
  expect(statusNow(first), 'nothing done').to.equal('incomplete');
  await first.completeChallenge('sqli-1', 120);
  expect(statusNow(first), 'one of two mandatory challenges done').to.equal('incomplete');
  await first.completeChallenge('xss-1', 120);
  expect(
    isComplete(ctx.version, statusNow(first)),
    `all mandatory done: ${statusNow(first)}`,
  ).to.equal(true);
  // Complete: exit suspend would keep the finished attempt open for a resume.
  expect(await first.finishButton()).to.not.have.committed(names.exit, 'suspend');

  // No mandatory assignment: complete on the first recorded progress, not before.
  const free = new BridgeUnderTest(ctx, {
    assignments: [{ id: 'optional', mandatory: false, finished: false }],
    challenges: [{ id: 'csrf-1', completed: false, score: 0 }],
  });
  const second = await free.launch({ previous: null });
  expect(statusNow(second), 'no progress yet').to.equal('incomplete');
  // Points on a started challenge are recorded progress too, before anything is completed.
  free.backend.state.setProgress({
    assignments: [{ id: 'optional', mandatory: false, finished: false }],
    challenges: [{ id: 'csrf-1', completed: false, score: 40 }],
  });
  await second.sync();
  expect(
    isComplete(ctx.version, statusNow(second)),
    `points on a started challenge: ${statusNow(second)}`,
  ).to.equal(true);
  // Complete without a score: the 70 was not met, so the verdict is failed, not left out or passed.
  // 1.2 has the verdict in its one status.
  expect(
    statusNow(second, names.success ?? names.status),
    'complete without a completed challenge: the verdict',
  ).to.equal('failed');
  // Completed with a final score of 0 (every hint taken, the partial points gone): a completed
  // challenge is recorded progress whatever its score.
  await second.completeChallenge('csrf-1', 0);
  expect(
    isComplete(ctx.version, statusNow(second)),
    `still complete once the challenge is completed with 0 points: ${statusNow(second)}`,
  ).to.equal(true);
  expect(await second.finishButton()).to.not.have.committed(names.exit, 'suspend');
}

export const scenario: Scenario = { meta, run };
