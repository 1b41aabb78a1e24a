/**
 * cmi.score.scaled = raw / 100, written in SCORM 2004 only; nothing is written to an element the
 * version does not have, and every SetValue succeeds with error 0 (scorm-runtime.md#misstatements:
 * 1.2 has no cmi.score.raw and no scaled score; #not-in-12).
 */
import { expect } from 'chai';
import { callsMatching } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeUnderTest } from '../support/bridge.ts';

export const meta = {
  id: 'scaled-only-2004',
  title: '2004 scaled = raw / 100 and only in 2004; every SetValue returns "true" with error 0',
  ref: [
    'scorm-progress-tracking.txt: "Score writes to cmi.score.raw in both versions, with the scaled equivalent on cmi.score.scaled only in 2004 (1.2 has no scaled field)."',
    'scorm-runtime.md#misstatements',
    'scorm-runtime.md#not-in-12',
  ],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'must',
  tags: ['score'],
  rules: ['wrong-version-element', 'unknown-element'],
} as const satisfies ScenarioMeta;

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'mandatory-finished');
  const { names } = bridge;
  const launch = await bridge.launch();
  await launch.completeChallenge('csrf-1', 37);
  await launch.tick(60_000);
  const trace = await launch.finishButton();

  expect(trace).to.have.everySetAccepted();
  const raws = callsMatching(trace, { fn: names.setValue, element: names.raw });
  expect(raws.length, 'score writes').to.be.greaterThan(0);
  if (ctx.version === '2004') {
    const scaled = callsMatching(trace, { fn: 'SetValue', element: 'cmi.score.scaled' });
    expect(scaled.length, 'scaled writes').to.equal(raws.length);
    raws.forEach((raw, i) => {
      expect(Number(scaled[i]!.args[1]), `scaled for raw ${raw.args[1]}`).to.be.closeTo(
        Number(raw.args[1]) / 100,
        1e-7,
      );
    });
  } else {
    const foreign = callsMatching(trace, { fn: 'LMSSetValue' }).filter((e) =>
      /^cmi\.score\.|scaled/.test(e.args[0] ?? ''),
    );
    expect(
      foreign.map((e) => e.args[0]),
      '2004 score elements written in 1.2',
    ).to.have.length(0);
  }
}

export const scenario: Scenario = { meta, run };
