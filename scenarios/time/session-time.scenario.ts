/**
 * Session time is this session's time only, in the version's format (1.2 CMITimespan, 2004 ISO
 * 8601 duration), equal to the virtual time elapsed since Initialize, also when the backend is
 * slow to open its session; the LMS's total time adds the sessions up
 * (scorm-runtime.md#session-time, #misstatements).
 */
import { expect } from 'chai';
import { callsMatching } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import type { Trace } from '../../harness/trace/types.ts';
import { BridgeUnderTest } from '../support/bridge.ts';
import { parseSessionTime } from '../support/elements.ts';

export const meta = {
  id: 'session-time',
  title:
    'Session time in the version’s format equals this session’s virtual time; total accumulates',
  ref: ['scorm-runtime.md#session-time', 'scorm-runtime.md#misstatements'],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'must',
  tags: ['time'],
  rules: ['session-time-format', 'session-time-mismatch'],
  cost: 2,
} as const satisfies ScenarioMeta;

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const { names } = bridge;

  const lastSessionTime = (trace: Trace): number | undefined => {
    const sets = callsMatching(trace, { fn: names.setValue, element: names.sessionTime });
    for (const set of sets) {
      expect(
        parseSessionTime(ctx.version, set.args[1] ?? ''),
        `${set.args[1]} in the ${ctx.version} format`,
      ).to.not.equal(undefined);
    }
    return parseSessionTime(ctx.version, sets.at(-1)?.args[1] ?? '');
  };

  // The backend takes 20 s to open the session: the learner's time runs from Initialize all the
  // same, not from when the bridge heard back.
  const { state } = bridge.backend;
  state.holdReplies(['sessions']);
  const first = await bridge.launchUnsettled();
  try {
    await first.page.waitFor(
      `(doc) => doc.querySelector('#sch-bridge')?.dataset.pending === '1'`,
      'the bridge to ask for its session',
    );
    // Not raced with session.answered(): that can resolve before the page has announced the POST.
    await state.whenHeld(1);
    expect(state.heldReplies, 'the session-opening reply held back').to.equal(1);
    await first.session.tick(20_000, { settle: false });
  } finally {
    // Before anything else: the trace shows nothing sent after a request until it is answered.
    state.releaseReplies();
  }
  await first.ready();
  await first.tick(40_000);
  await first.tick(60_000);
  // 7 cs: the fraction needs its leading zero (`.07`; `.7` would be 70 cs).
  await first.tick(30_070);
  const one = await first.finishButton();
  expect(lastSessionTime(one), 'first session, counted from Initialize').to.equal(150_070);

  const second = await bridge.relaunch(first);
  await second.tick(90_000);
  const two = await second.finishButton();
  expect(lastSessionTime(two), 'second session, not cumulative').to.equal(90_000);
  const total = parseSessionTime(ctx.version, two.final.state?.totalTime ?? '');
  expect(total, `LMS total time ${two.final.state?.totalTime}`).to.equal(240_070);
}

export const scenario: Scenario = { meta, run };
