/**
 * cmi.suspend_data is exactly the JSON envelope {"sid": "<session id>"}, under 1 KB, however long
 * the learner works: 10 suspend / resume cycles and 8 hours of virtual time, with the bookmark
 * moving and hints revealed, never grow it (spec "Resume / Suspend";
 * scorm-runtime.md#cmi-suspend-data).
 */
import { expect } from 'chai';
import { callsMatching } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import type { Trace } from '../../harness/trace/types.ts';
import { BridgeUnderTest } from '../support/bridge.ts';

export const meta = {
  id: 'suspend-data-envelope',
  title: 'suspend_data is exactly {"sid"} under 1 KB after 10 suspend/resume cycles and 8 hours',
  ref: [
    'scorm-progress-tracking.txt: "What the bridge actually puts into cmi.suspend_data is a small JSON envelope containing only the SecureCodingHub session id (for example {"sid":"..."}); on resume, the bridge reads that id back out, calls the SecureCodingHub session endpoint, and uses the server-side state to rehydrate the player."',
    'scorm-runtime.md#cmi-suspend-data',
  ],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'profile',
  tags: ['suspend', 'resume'],
  rules: ['suspend-data-over-limit', 'suspend-data-over-spm'],
  cost: 10,
} as const satisfies ScenarioMeta;

const CYCLES = 10;
const EIGHT_HOURS = 8 * 3_600_000;

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const { names } = bridge;
  const traces: Trace[] = [];
  let launch = await bridge.launch();
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    await launch.moveBookmark({
      topic: `topic-${cycle}`,
      challenge: `challenge-${cycle}`,
      phase: 2,
    });
    await launch.revealHint(`hint-${cycle}-${'x'.repeat(200)}`);
    await launch.tick(EIGHT_HOURS / CYCLES);
    traces.push(await launch.finishButton());
    if (cycle < CYCLES) launch = await bridge.relaunch(launch);
  }

  const sessions = bridge.backend.state.allSessions();
  expect(
    sessions.map((s) => s.id),
    'one SecureCodingHub session for all cycles',
  ).to.have.length(1);
  const envelope = JSON.stringify({ sid: sessions[0]!.id });
  expect(envelope.length).to.be.lessThan(1024);
  for (const [i, trace] of traces.entries()) {
    const values = callsMatching(trace, { fn: names.setValue, element: names.suspendData }).map(
      (e) => e.args[1],
    );
    expect(values.length, `cycle ${i + 1} writes suspend_data`).to.be.greaterThan(0);
    expect(new Set(values), `cycle ${i + 1} suspend_data values`).to.deep.equal(
      new Set([envelope]),
    );
    expect(trace).to.have.committed(names.suspendData, envelope);
  }
}

export const scenario: Scenario = { meta, run };
