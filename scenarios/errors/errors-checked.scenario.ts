/**
 * After a call that returns "false" the bridge asks the LMS why, with GetLastError, before any
 * other call, and keeps going: later calls, heartbeats, a single Terminate
 * (scorm-runtime.md#content-rules, check-errors). The failures are injected by an LMS profile
 * (harness/profiles): the launch-time Commit fails, and every 2nd Commit after it
 * (scorm-runtime.md#commit-persistence), and the LMS refuses any cmi.suspend_data longer than 8
 * characters, so the bridge's ordinary SetValue of its session envelope fails
 * (scorm-runtime.md#cmi-suspend-data). Each failure is recorded in the page
 * (README "Page contract", #sch-api-errors), and the rest of the report is still written: the LMS
 * keeps status, session time and exit suspend, whichever order the bridge writes them in.
 */
import { expect } from 'chai';
import { apiCalls, httpRequests } from '../../harness/assert/index.ts';
import type { LmsProfile, ProfileVersion } from '../../harness/profiles/types.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import type { DeviationEvent } from '../../harness/trace/types.ts';
import { BridgeUnderTest } from '../support/bridge.ts';
import { parseSessionTime } from '../support/elements.ts';

export const meta = {
  id: 'errors-checked',
  title: 'GetLastError right after every call that returns "false"; the bridge keeps going',
  ref: ['scorm-runtime.md#content-rules', 'scorm-runtime.md#cmi-suspend-data'],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'should',
  tags: ['errors', 'suspend'],
  rules: ['error-unchecked'],
} as const satisfies ScenarioMeta;

/** `{"sid":"…"}` is never this short, so every suspend_data write is refused. */
const SUSPEND_DATA_LENGTH = 8;

/**
 * The first quirk answers before the others: the launch-time Commit fails (a bridge must not give
 * up there), then every 2nd Commit the commit-failure quirk sees.
 */
function faultyLms(version: ProfileVersion): LmsProfile {
  return {
    name: 'errors-checked-faults',
    description:
      'the 1st Commit fails, and every 2nd one after it; cmi.suspend_data over 8 characters is refused',
    quirks: [
      {
        quirk: 'recorded-answers',
        launchValues: {},
        refused: [],
        commits: [{ result: 'false', error: version === '1.2' ? '101' : '391' }],
      },
      { quirk: 'commit-failure', every: 2 },
      { quirk: 'suspend-data-limit', length: SUSPEND_DATA_LENGTH, over: 'reject' },
    ],
  };
}

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const { names } = bridge;
  const launch = await bridge.launch({ lmsProfile: faultyLms(ctx.version) });
  await launch.tick(60_000);
  await launch.tick(60_000);
  // The page's error list is read after Terminate (whose report writes fail too) and before the
  // launch ends.
  await launch.pressFinish();
  await launch.page.waitFor(
    `(doc) => doc.querySelector('#sch-bridge')?.dataset.phase === 'terminated'`,
    'the bridge to show it terminated',
  );
  const shownFns = await launch.page.texts('#sch-api-errors > li', 'data-fn');
  const shownCodes = await launch.page.texts('#sch-api-errors > li', 'data-code');
  const trace = await launch.session.finish();

  const injected = trace.events.filter((e): e is DeviationEvent => e.type === 'deviation');
  expect(
    [...new Set(injected.map((d) => d.quirk))].sort(),
    'the LMS refused the launch-time Commit, a later Commit and a suspend_data write',
  ).to.deep.equal(['commit-failure', 'recorded-answers', 'suspend-data-limit']);

  const calls = apiCalls(trace);
  expect(
    calls.find((e) => e.fn === names.commit)?.result,
    'the launch-time Commit (refused by the LMS)',
  ).to.equal('false');
  const refused = calls.filter((e) => e.result === 'false');
  for (const call of refused) {
    const next = calls[calls.indexOf(call) + 1];
    expect(next?.fn, `the call after ${call.fn}(${call.args[0] ?? ''}) = "false"`).to.equal(
      names.getLastError,
    );
    expect(next?.result, `GetLastError after ${call.fn}`).to.equal(call.error);
  }
  expect(
    shownFns.map((fn, i) => `${fn} ${shownCodes[i]}`),
    '#sch-api-errors > li [data-fn data-code]: one per refused call, in order',
  ).to.deep.equal(refused.map((call) => `${call.fn} ${call.error}`));

  // Only suspend_data is refused, and Terminate persists what the bridge wrote before it.
  expect(trace).to.have.committed(names.status, 'incomplete');
  expect(trace).to.have.committed(names.exit, 'suspend');
  const sessionTime = trace.final.state?.data[names.sessionTime] ?? '';
  expect(
    parseSessionTime(ctx.version, sessionTime),
    `${names.sessionTime} kept (${sessionTime}), in ms`,
  ).to.equal(120_000);

  const firstFailure = refused[0]!.t;
  const beats = httpRequests(trace, 'POST', bridge.endpoint('heartbeat'));
  expect(
    beats.map((b) => b.t),
    'heartbeats go on after the failures',
  ).to.deep.equal([60_000, 120_000]);
  expect(
    calls.filter((e) => e.fn === names.commit && e.result === 'true' && e.t > firstFailure),
    'a Commit succeeds after a failure',
  ).to.not.have.length(0);
  expect(
    trace.events.filter((e) => e.type === 'lifecycle' && e.what === 'page-error'),
    'page errors',
  ).to.deep.equal([]);
  expect(trace).to.have.callCount({ fn: names.terminate }, 1);
}

export const scenario: Scenario = { meta, run };
