import { expect } from 'chai';
import { apiCalls, type TraceLike } from '../../../harness/assert/queries.ts';
import type { LaunchMode, Trace, TraceEvent } from '../../../harness/trace/types.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { fixture, sharedHarness } from './shared-harness.ts';

const fns = (trace: TraceLike) => apiCalls(trace).map((e) => e.fn);
const lifecycle = (trace: Trace, what: string) =>
  trace.events.flatMap((e) => (e.type === 'lifecycle' && e.what === what ? [e.detail ?? ''] : []));
const seqOf = (trace: Trace, match: (e: TraceEvent) => boolean) => trace.events.find(match)?.seq;
const modes: LaunchMode[] = ['frameset', 'nested:3', 'popup'];

describe('ending a session by leaving the window (end to end)', function () {
  this.timeout(30_000);

  for (const way of ['close', 'navigate'] as const) {
    it(`${way}: LMSFinish in <body onunload> reaches the trace and the LMS state, in every launch mode`, async () => {
      const harness = await sharedHarness();
      const pkg = await fixture('exit-unload');
      const traces = await Promise.all(
        modes.map(async (mode) => {
          const session = await harness.launch({
            package: pkg,
            launchMode: mode,
            learner: { id: `unload-${way}-${mode}`, name: 'Exit, Una' },
          });
          const result = await session.exit({ way });
          if (result.outcome !== 'left') throw new Error(`${mode}: the learner did not leave`);
          return result.trace;
        }),
      );
      for (const [i, trace] of traces.entries()) {
        const mode = modes[i];
        expect(() => parseTrace(trace), mode).not.to.throw();
        // The lifecycle details in the message show which exit events arrived when this fails.
        expect(fns(trace), `${mode}: ${lifecycle(trace, 'unload').join(' | ')}`).to.deep.equal([
          'LMSInitialize',
          'LMSSetValue',
          'LMSCommit',
          'LMSSetValue',
          'LMSSetValue',
          'LMSFinish',
        ]);
        const unload = seqOf(
          trace,
          (e) => e.type === 'lifecycle' && e.detail?.startsWith('unload in the content') === true,
        );
        const finish = seqOf(trace, (e) => e.type === 'api' && e.fn === 'LMSFinish');
        expect(unload, mode).to.be.a('number').below(finish!);
        expect(trace.final, mode).to.include({ ended: 'closed', terminatedDuring: 'unload' });
        expect(trace.final.state, mode).to.include({ terminated: true, exit: 'suspend' });
        // The LMS answers /favicon.ico: no 404 in the console.
        expect(
          trace.events.filter((e) => e.type === 'console'),
          mode,
        ).to.deep.equal([]);
        expect(trace.final.state?.data['cmi.suspend_data'], mode).to.equal('left in unload');
        expect(
          lifecycle(trace, 'unload').some((d) => d.startsWith('every exit handler has run')),
          mode,
        ).to.equal(true);
        expect(lifecycle(trace, 'close').at(-1), mode).to.match(
          /called LMSFinish in its exit handlers \(during unload\)$/,
        );
      }
    });
  }

  it('pagehide: Terminate in a pagehide handler of a framed 2004 SCO is recorded', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('sco2004'),
      learner: { id: 'pagehide-2004', name: 'Hide, Page' },
      runtime: { launchData: 'exit=suspend' },
    });
    const trace = await session.close();
    expect(fns(trace).slice(-2)).to.deep.equal(['SetValue', 'Terminate']);
    expect(trace.final.state).to.include({ terminated: true, exit: 'suspend' });
    expect(lifecycle(trace, 'close').at(-1)).to.match(/called Terminate .*\(during pagehide\)$/);
    expect(trace.final.terminatedDuring).to.equal('pagehide');
  });

  it('the confirm() trap: a confirm in beforeunload returns false unseen, LMSFinish never comes', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('confirm-trap'),
      learner: { id: 'trapped', name: 'Trap, Con' },
      dialogs: { confirm: true },
    });
    const trace = await session.close();
    const dialog = trace.events.find((e) => e.type === 'dialog');
    expect(dialog).to.deep.include({
      kind: 'confirm',
      message: 'Save your progress before leaving?',
      answer: { accept: false },
    });
    expect(
      trace.events.some(
        (e) => e.type === 'console' && e.text.includes('during beforeunload was blocked'),
      ),
    ).to.equal(true);
    expect(fns(trace)).not.to.include('LMSFinish');
    expect(trace.final).to.include({ ended: 'closed', commits: 1 });
    expect(trace.final.state).to.include({ terminated: false });
    expect(lifecycle(trace, 'close').at(-1)).to.match(/never called Terminate\/LMSFinish$/);
  });

  it('alert() in unload is blocked and recorded; the LMSFinish after it still counts', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('dialogs'),
      learner: { id: 'alerted', name: 'Alert, Al' },
    });
    const trace = await session.close();
    const alert = trace.events.find((e) => e.type === 'dialog' && e.kind === 'alert');
    expect(alert).to.deep.include({ message: 'Saving your progress', answer: { accept: false } });
    expect(fns(trace).at(-1)).to.equal('LMSFinish');
    expect(trace.final.state).to.include({ terminated: true, exit: 'suspend' });
  });

  it('a "Leave site?" prompt after a click: stay keeps the session, leave ends it', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('dialogs'),
      learner: { id: 'hesitant', name: 'Stay, Sam' },
      dialogs: { beforeunload: false },
    });
    expect(await session.exit()).to.deep.equal({ outcome: 'stayed' });
    expect(await session.tick(1000)).to.equal(1000);
    expect(fns(session)).not.to.include('LMSFinish');
    const result = await session.exit({ leave: true });
    if (result.outcome !== 'left') throw new Error('the learner did not leave');
    const prompts = result.trace.events.filter(
      (e) => e.type === 'dialog' && e.kind === 'beforeunload',
    );
    expect(prompts.map((e) => e.type === 'dialog' && e.answer.accept)).to.deep.equal([false, true]);
    expect(fns(result.trace).at(-1)).to.equal('LMSFinish');
    expect(result.trace.final.t).to.equal(1000);
  });

  it('without a click Chrome shows no prompt and the window closes at once', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('dialogs'),
      learner: { id: 'no-click', name: 'Idle, Ida' },
      dialogs: { beforeunload: false },
    });
    const trace = await session.close({ interacted: false });
    expect(trace.events.some((e) => e.type === 'dialog' && e.kind === 'beforeunload')).to.equal(
      false,
    );
    expect(trace.final.state).to.include({ terminated: true });
  });

  it("modelling Chrome's unload deprecation: unload never runs, pagehide does", async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('exit-unload'),
      learner: { id: 'deprecated', name: 'Old, Una' },
      unloadHandlers: 'deprecated',
    });
    const trace = await session.close();
    const details = lifecycle(trace, 'unload');
    expect(details.some((d) => d.startsWith('pagehide in the content'))).to.equal(true);
    expect(details.some((d) => d.startsWith('unload in the content'))).to.equal(false);
    expect(fns(trace)).not.to.include('LMSFinish');
    expect(trace.final.state).to.include({ terminated: false });
  });

  it('content that terminated before the close ends "terminated"', async () => {
    const harness = await sharedHarness();
    const session = await harness.launch({
      package: await fixture('sco12'),
      learner: { id: 'early', name: 'Early, Ed' },
      runtime: { launchData: 'finish' },
    });
    const trace = await session.close();
    expect(trace.final.ended).to.equal('terminated');
    expect(trace.final).not.to.have.property('terminatedDuring');
    expect(fns(trace).filter((f) => f === 'LMSFinish')).to.have.length(1);
    expect(lifecycle(trace, 'close').at(-1)).to.match(/had called LMSFinish before$/);
  });
});
