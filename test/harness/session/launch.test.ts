import { expect } from 'chai';
import { MissingCallError } from '../../../harness/session/session.ts';
import type { ApiEvent, HttpEvent, Trace, TraceEvent } from '../../../harness/trace/types.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { fixture, fixturePath, heartbeats, sharedHarness } from './shared-harness.ts';

const calls = (trace: Trace | readonly TraceEvent[]) =>
  ('events' in trace ? trace.events : trace).filter((e): e is ApiEvent => e.type === 'api');
const fns = (trace: Trace) => calls(trace).map((e) => e.fn);

describe('launching SCOs in Chromium (end to end)', function () {
  this.timeout(20_000);

  const modes = [
    ['sco12', 'frameset'],
    ['sco12', 'nested:7'],
    ['sco12', 'popup'],
    ['sco12', 'popup:3'],
    ['sco2004', 'frameset'],
    ['sco2004', 'nested:3'],
    ['sco2004', 'popup'],
    ['sco2004', 'popup:1'],
  ] as const;
  for (const [name, mode] of modes) {
    it(`${name} finds the API and terminates in ${mode} mode`, async () => {
      const harness = await sharedHarness();
      const session = await harness.launch({
        package: await fixture(name),
        launchMode: mode,
        learner: { id: `learner-${name}-${mode}`, name: 'Doe, Jane' },
        runtime: { launchData: 'finish' },
      });
      const trace = await session.finish();
      expect(() => parseTrace(trace)).not.to.throw();
      const init = name === 'sco12' ? 'LMSInitialize' : 'Initialize';
      const end = name === 'sco12' ? 'LMSFinish' : 'Terminate';
      expect(fns(trace)[0]).to.equal(init);
      expect(fns(trace)).to.include(end);
      expect(trace.final.ended).to.equal('terminated');
      expect(trace.final.state?.terminated).to.equal(true);
      expect(trace.meta.launchMode).to.equal(mode);
    });
  }

  it('content searching 500 levels finds the API 10 frames up', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('deep-search'),
      launchMode: 'nested:10',
    });
    const trace = await session.finish();
    expect(fns(trace)).to.deep.equal(['LMSInitialize', 'LMSSetValue', 'LMSFinish']);
    expect(trace.final.state?.data['cmi.core.lesson_status']).to.equal('completed');
  });

  it('ADL 1.2 discovery gives up 8 frames below the API: nothing is called', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('sco12'),
      launchMode: 'nested:8',
    });
    const trace = await session.finish();
    expect(calls(trace)).to.have.length(0);
    expect(trace.final).to.include({ ended: 'timeout', state: null, commits: 0 });
  });

  it('records a SCO that never initializes, and the LMS keeps nothing', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({ package: await fixture('never-init') });
    const trace = await session.finish();
    expect(calls(trace)).to.have.length(0);
    expect(
      trace.events.some((e) => e.type === 'console' && e.text.includes('not initializing')),
    ).to.equal(true);
    expect(trace.events.some((e) => e.type === 'lifecycle' && e.what === 'timeout')).to.equal(true);
    expect(trace.final).to.include({ ended: 'timeout', state: null });
  });

  it('a call the content never makes rejects the wait with a MissingCallError', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({ package: await fixture('never-init') });
    const error = await session.waitForCall('LMSInitialize', undefined, { within: 3000 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(MissingCallError);
    expect(error).to.include({ name: 'MissingCallError', fn: 'LMSInitialize', within: 3000 });
    expect((error as Error).message).to.equal(
      'no LMSInitialize call within 3000 ms of virtual time',
    );
    expect(session.t).to.equal(3000);
    await session.finish();
  });

  it('answers mapped outside requests locally and blocks the others', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('outside-script'),
      outside: [{ prefix: 'https://cdn.example.com/lib/', path: fixturePath('outside-cdn') }],
    });
    const trace = await session.finish();
    // The two scripts load at once: the proxy may see either first.
    const outside = trace.events
      .filter((e): e is HttpEvent => e.type === 'http' && e.target === 'outside')
      .sort((a, b) => a.url.localeCompare(b.url));
    expect(outside).to.have.length(2);
    expect(outside[0]).to.include({ url: 'https://cdn.example.com/lib/helper.js', status: 200 });
    expect(outside[1]).to.include({
      url: 'https://tracker.example.net/t.js',
      blocked: true,
      status: 0,
    });
    expect(trace.final.state?.data['cmi.suspend_data']).to.equal('helper 1.0');
  });

  it('answers confirm per policy and records it; close ends the launch', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('dialogs'),
      dialogs: { confirm: false, beforeunload: true },
    });
    const trace = await session.close();
    const dialogs = trace.events.filter((e) => e.type === 'dialog');
    expect(dialogs[0]).to.deep.include({
      kind: 'confirm',
      message: 'Start the course?',
      answer: { accept: false },
    });
    expect(trace.final.state?.data['cmi.core.lesson_location']).to.equal('declined');
    expect(trace.final.ended).to.equal('closed');
  });

  it('closing a popup runs its pagehide handler, which finishes, and a relaunch resumes', async () => {
    const harness = await sharedHarness();
    const learner = { id: 'resumer', name: 'Roe, Rick' };
    const first = await harness.launch({
      package: await fixture('sco12'),
      launchMode: 'popup',
      learner,
      runtime: { launchData: 'exit=suspend' },
    });
    const closed = await first.close();
    expect(fns(closed)).to.include('LMSFinish');
    expect(closed.final.state).to.include({ terminated: true, exit: 'suspend' });

    const second = await harness.relaunch(first);
    const entry = await second.waitForCall('LMSGetValue', 'cmi.suspend_data');
    expect(entry.result).to.equal('visits=1');
    const trace = await second.close();
    expect(trace.events[0]).to.include({ type: 'lifecycle', what: 'relaunch' });
    expect(trace.final.state?.data['cmi.core.entry']).to.equal('resume');
    expect(trace.final.state?.data['cmi.suspend_data']).to.equal('visits=2');
    expect(trace.final.state?.totalTime).to.equal('0000:03:00.00');
  });

  it('a crash keeps only what was committed, and the trace still ends', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('sco2004'),
      learner: { id: 'crasher', name: 'Poe, Pat' },
      runtime: { launchData: 'exit=suspend' },
    });
    const trace = await session.crash();
    expect(() => parseTrace(trace)).not.to.throw();
    expect(trace.final.ended).to.equal('crashed');
    expect(trace.events.some((e) => e.type === 'lifecycle' && e.what === 'crash')).to.equal(true);
    expect(trace.final.state).to.include({ terminated: false, exit: 'suspend' });
    expect(trace.final.state?.data['cmi.location']).to.equal('page-1');
  });

  // Speed (simulated vs wall time) is measured by bench/launch, never asserted here.
  it('ticks 30 minutes of 60 s heartbeats in virtual time', async () => {
    const harness = await sharedHarness();
    heartbeats.length = 0;
    const session = await harness.launch({ package: await fixture('heartbeat') });
    expect(await session.tick(30 * 60_000)).to.equal(30 * 60_000);
    const trace = await session.finish();
    const commits = calls(trace).filter((e) => e.fn === 'LMSCommit');
    expect(commits.map((e) => e.t)).to.deep.equal(
      Array.from({ length: 30 }, (_, i) => (i + 1) * 60_000),
    );
    expect(trace.final.state?.data['cmi.suspend_data']).to.equal(
      'beats=30;at=2025-01-01T00:30:00.000Z',
    );
    const posts = trace.events.filter((e) => e.type === 'http' && e.target === 'backend');
    expect(posts).to.have.length(30);
    expect(posts[0]).to.include({ method: 'POST', status: 200, requestBody: '{"beat":1}' });
    // Stamped in the page with the virtual time each POST was sent at, not when Node saw it.
    expect(posts.map((e) => e.t)).to.deep.equal(
      Array.from({ length: 30 }, (_, i) => (i + 1) * 60_000),
    );
    expect(heartbeats).to.have.length(30);
    // Answers arrive in any order; the trace keeps them where the page sent them.
    const times = trace.events.map((e) => e.t);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    const beats = posts.map((e) => e.type === 'http' && e.requestBody);
    expect(beats).to.deep.equal(Array.from({ length: 30 }, (_, i) => `{"beat":${i + 1}}`));
  });
});
