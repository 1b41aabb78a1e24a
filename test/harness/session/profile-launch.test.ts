import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { launchJsdomDriver } from '../../../harness/driver/jsdom-driver.ts';
import { loadPackage } from '../../../harness/package/index.ts';
import type { ScormPackage } from '../../../harness/package/types.ts';
import type { LmsProfile, Quirk } from '../../../harness/profiles/index.ts';
import { startHarness, type Harness } from '../../../harness/session/harness.ts';
import type { ApiEvent, DeviationEvent, Trace, TraceEvent } from '../../../harness/trace/types.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { sharedHarness } from './shared-harness.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/profile-commits', import.meta.url));
const NO_STATUS = fileURLToPath(new URL('../../fixtures/profile-no-status', import.meta.url));

const profile = (name: string, ...quirks: Quirk[]): LmsProfile => ({
  name,
  description: `test profile: ${name}`,
  quirks,
});
const calls = (events: readonly TraceEvent[]) =>
  events.filter((e): e is ApiEvent => e.type === 'api');
const deviations = (events: readonly TraceEvent[]) =>
  events.filter((e): e is DeviationEvent => e.type === 'deviation');
const commits = (events: readonly TraceEvent[]) =>
  calls(events).filter((e) => e.fn === 'LMSCommit');

let learners = 0;
async function launchFixture(harness: Harness, lmsProfile: LmsProfile | string) {
  return harness.launch({
    package: await pkg(),
    lmsProfile,
    learner: { id: `profile-learner-${++learners}`, name: 'Quirk, Ann' },
  });
}

let loaded: Promise<ScormPackage> | undefined;
const pkg = () => (loaded ??= loadPackage(FIXTURE));

/** Checks (a) on a launch of the fixture with Commit failing every 2nd call. */
async function commitFailureEveryTwo(harness: Harness): Promise<Trace> {
  const session = await launchFixture(
    harness,
    profile('flaky', { quirk: 'commit-failure', every: 2 }),
  );
  await session.waitForCall('LMSCommit');
  const second = await session.waitForCall('LMSCommit');
  expect([second.result, second.error]).to.deep.equal(['false', '101']);
  // The refused Commit persisted nothing: the LMS still holds what the first one sent.
  expect(session.lmsState()?.data['cmi.core.lesson_location']).to.equal('first');
  await session.tick(5000);
  const trace = await session.finish();
  expect(() => parseTrace(trace)).not.to.throw();
  const fns = calls(trace.events).map((e) => e.fn);
  expect(fns[fns.indexOf('LMSCommit', fns.indexOf('LMSCommit') + 1) + 1]).to.equal(
    'LMSGetLastError',
  );
  const lastError = calls(trace.events).find((e) => e.fn === 'LMSGetLastError');
  expect(lastError?.result).to.equal('101');
  expect(deviations(trace.events).map((d) => [d.quirk, d.fn, d.result, d.error])).to.deep.equal([
    ['commit-failure', 'LMSCommit', 'false', '101'],
  ]);
  expect(deviations(trace.events)[0]).to.include({ specResult: 'true', specError: '0' });
  expect(
    trace.events.filter((e) => e.type === 'commit').map((e) => e.type === 'commit' && e.reason),
  ).to.deep.equal(['commit', 'terminate']);
  expect(trace.meta.profile).to.equal('flaky');
  expect(trace.final.ended).to.equal('terminated');
  return trace;
}

describe('LMS profiles in live launches (Chromium)', function () {
  this.timeout(30_000);

  it('commit-failure every 2: the 2nd Commit is refused, nothing of it persisted, deviation traced', async () => {
    await commitFailureEveryTwo(await sharedHarness());
  });

  it('status-at-launch completed: GetValue answers it, the Initialize deviation says why', async () => {
    const session = await launchFixture(
      await sharedHarness(),
      profile('done-already', { quirk: 'status-at-launch', value: 'completed' }),
    );
    const read = await session.waitForCall('LMSGetValue', 'cmi.core.lesson_status');
    expect([read.result, read.error]).to.deep.equal(['completed', '0']);
    const trace = await session.finish();
    const [deviation] = deviations(trace.events);
    expect(deviation).to.include({
      quirk: 'status-at-launch',
      fn: 'LMSInitialize',
      result: 'true',
    });
    expect(deviation?.detail).to.match(/completed/);
  });

  it('slow-calls: each Commit takes 2 s of virtual time; timers due meanwhile run right after, later ones on time', async () => {
    const session = await launchFixture(
      await sharedHarness(),
      profile('sync-xhr', { quirk: 'slow-calls', ms: 2000, fns: ['LMSCommit'] }),
    );
    await session.tick(10_000);
    const trace = await session.finish();
    expect(commits(trace.events).map((e) => e.t)).to.deep.equal([2000, 4000]);
    expect(deviations(trace.events).map((d) => d.detail)).to.deep.equal([
      'answered after 2000 ms',
      'answered after 2000 ms',
    ]);
    const readAt = (element: string) =>
      calls(trace.events).find((e) => e.fn === 'LMSGetValue' && e.args[0] === element)?.t;
    // Due at 1 s, inside the stalls: it runs once the script's task is over, at 4 s.
    expect(readAt('cmi.core.lesson_location')).to.equal(4000);
    // Due at 6 s, after the stalls: not pushed back by them.
    expect(readAt('cmi.core.lesson_mode')).to.equal(6000);
    // The finish timer was set at 4 s (after both stalls) for 5 s later.
    expect(calls(trace.events).find((e) => e.fn === 'LMSFinish')?.t).to.equal(9000);
  });

  it('auto-complete at finish: the state the LMS keeps says completed (2004, no status set)', async () => {
    const session = await (
      await sharedHarness()
    ).launch({
      package: await loadPackage(NO_STATUS),
      lmsProfile: profile('completes', { quirk: 'auto-complete', on: 'finish' }),
      learner: { id: `profile-learner-${++learners}`, name: 'Quirk, Ann' },
    });
    const trace = await session.finish();
    expect(trace.final.state?.data['cmi.completion_status']).to.equal('completed');
    expect(deviations(trace.events).map((d) => [d.quirk, d.fn])).to.deep.equal([
      ['auto-complete', 'Terminate'],
    ]);
  });

  it('api-via-opener: with no launch mode asked for, the content runs in a popup', async () => {
    const session = await (
      await sharedHarness()
    ).launch({
      package: await pkg(),
      lmsProfile: 'popup-opener',
      learner: { id: `profile-learner-${++learners}`, name: 'Quirk, Ann' },
    });
    const trace = await session.finish();
    expect(trace.meta).to.include({ launchMode: 'popup', profile: 'popup-opener' });
    expect(calls(trace.events)[0]?.fn).to.equal('LMSInitialize');
  });
});

describe('LMS profiles in live launches (jsdom driver, same LMS page)', function () {
  this.timeout(30_000);
  let harness: Harness | undefined;

  before(async () => {
    harness = await startHarness({ driver: await launchJsdomDriver() });
  });
  after(async () => {
    await harness?.close();
  });

  it('commit-failure every 2 acts as in Chromium', async () => {
    await commitFailureEveryTwo(harness!);
  });
});
