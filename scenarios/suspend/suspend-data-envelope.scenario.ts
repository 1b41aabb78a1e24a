/**
 * cmi.suspend_data is exactly the JSON envelope {"sid": "<session id>"}, under 1 KB, however long
 * the learner works: 10 suspend / resume cycles and 8 hours of virtual time, with the bookmark
 * moving and hints revealed, never grow it (spec "Resume / Suspend";
 * scorm-runtime.md#cmi-suspend-data), and no hint reaches the LMS in any element (spec: it "never
 * holds ... hint state"). Each session time is its cycle's length, the first over an hour, and the
 * LMS's total is the 8 hours (scorm-runtime.md#session-time).
 */
import { expect } from 'chai';
import { callsMatching } from '../../harness/assert/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import type { Trace } from '../../harness/trace/types.ts';
import { BridgeUnderTest } from '../support/bridge.ts';
import { parseSessionTime } from '../support/elements.ts';

export const meta = {
  id: 'suspend-data-envelope',
  title:
    'suspend_data stays {"sid"} under 1 KB and no hint reaches the LMS over 10 cycles, 8 hours',
  ref: [
    'scorm-progress-tracking.txt: "What the bridge actually puts into cmi.suspend_data is a small JSON envelope containing only the SecureCodingHub session id (for example {"sid":"..."}); on resume, the bridge reads that id back out, calls the SecureCodingHub session endpoint, and uses the server-side state to rehydrate the player."',
    'scorm-progress-tracking.txt: "The LMS therefore never holds challenge content, answer history, or hint state."',
    'scorm-runtime.md#cmi-suspend-data',
    'scorm-runtime.md#session-time',
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
/** 1 h 36 min: minutes must wrap at 60. The other nine cycles share the rest: 42 min 40 s each. */
const FIRST_CYCLE = 96 * 60_000;
const cycleMs = (cycle: number) =>
  cycle === 1 ? FIRST_CYCLE : (EIGHT_HOURS - FIRST_CYCLE) / (CYCLES - 1);
/** Any piece of a revealed hint, even a truncated copy. */
const HINT = /hint-\d+-x{20}/;

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
    await launch.tick(cycleMs(cycle));
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

    const sessionTimes = callsMatching(trace, { fn: names.setValue, element: names.sessionTime });
    const sessionTime = sessionTimes.at(-1)?.args[1] ?? '';
    expect(
      parseSessionTime(ctx.version, sessionTime),
      `cycle ${i + 1} session time ${sessionTime}, in ms`,
    ).to.equal(cycleMs(i + 1));

    const leaked = [
      ...callsMatching(trace, { fn: names.setValue })
        .filter((e) => HINT.test(e.args[1] ?? ''))
        .map((e) => `${names.setValue}(${e.args[0]}) at t=${e.t}`),
      ...Object.entries(trace.final.state?.data ?? {})
        .filter(([, value]) => HINT.test(value))
        .map(([element]) => `${element} kept by the LMS`),
    ];
    expect(
      leaked.length,
      `cycle ${i + 1}: hint text sent to or kept by the LMS: ${leaked.slice(0, 3).join('; ')}`,
    ).to.equal(0);
  }
  expect(sessions[0]!.bookmark.hints, 'the hints, kept server-side').to.have.length(CYCLES);
  const total = traces.at(-1)!.final.state?.totalTime ?? '';
  expect(parseSessionTime(ctx.version, total), `LMS total time ${total}, in ms`).to.equal(
    EIGHT_HOURS,
  );
}

export const scenario: Scenario = { meta, run };
