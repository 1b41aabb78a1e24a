/** The bridge when the LMS or the backend misbehaves (sources with fakes; no network). */
import { expect } from 'chai';
import FakeTimers from '@sinonjs/fake-timers';
import type { BackendClient } from '../../../../../examples/sch-bridge/src/backend/types.ts';
import { SchBridge } from '../../../../../examples/sch-bridge/src/core/bridge.ts';
import type { BridgeViewState } from '../../../../../examples/sch-bridge/src/core/view-state.ts';
import type { ScormConnection } from '../../../../../examples/sch-bridge/src/scorm/connection.ts';

function fakeLms(initializes: boolean) {
  const log: string[] = [];
  const lms: ScormConnection = {
    version: '2004',
    initialize: () => (log.push('Initialize'), initializes),
    terminate: () => (log.push('Terminate'), true),
    get: (e) => (log.push(`GetValue ${e}`), ''),
    set: (e, v) => (log.push(`SetValue ${e}=${v}`), true),
    commit: () => (log.push('Commit'), true),
  };
  return { lms, log };
}

const offline = (): BackendClient => {
  const fail = () => Promise.reject(new Error('backend unreachable'));
  return {
    createSession: fail,
    getSession: fail,
    getProgress: fail,
    completeChallenge: fail,
    saveBookmark: fail,
    heartbeat: fail,
  };
};

function bridgeWith(lms: ScormConnection, backend: BackendClient) {
  const clock = FakeTimers.createClock(0);
  const states: BridgeViewState[] = [];
  const bridge = new SchBridge(
    {
      lms,
      backend,
      clock: { now: () => clock.now },
      timers: {
        setInterval: (fn, ms) => clock.setInterval(fn, ms),
        clearInterval: (h) => clock.clearInterval(h as ReturnType<typeof clock.setInterval>),
      },
      view: { render: (s) => states.push(s) },
      launchSid: undefined,
    },
    [],
  );
  return { bridge, clock, last: () => states.at(-1) };
}

describe('sch-bridge under failures', () => {
  it('never terminates a session the LMS refused to initialize', async () => {
    const { lms, log } = fakeLms(false);
    const { bridge, last } = bridgeWith(lms, offline());
    await bridge.start();
    bridge.finish();
    expect(log).to.deep.equal(['Initialize']);
    expect(last()).to.include({ phase: 'failed', problem: 'the LMS refused Initialize' });
  });

  it('with the backend down: shows the problem, beats nothing, still terminates once', async () => {
    const { lms, log } = fakeLms(true);
    const { bridge, clock, last } = bridgeWith(lms, offline());
    await bridge.start();
    expect(last()).to.include({ phase: 'failed', problem: 'backend unreachable', pending: 0 });
    const before = log.length;
    await clock.tickAsync(180_000);
    expect(log.length).to.equal(before);
    bridge.finish();
    bridge.finish();
    expect(log.slice(before)).to.deep.equal(['Terminate']);
    expect(log.some((l) => l.startsWith('SetValue cmi.suspend_data'))).to.equal(false);
  });

  it('keeps beating and committing when only the heartbeat POST fails', async () => {
    const { lms, log } = fakeLms(true);
    const backend: BackendClient = {
      ...offline(),
      createSession: async () => ({
        id: 's-1',
        bookmark: { topic: '', challenge: '', phase: 1, hints: [] },
      }),
      getProgress: async () => ({ assignments: [], challenges: [] }),
    };
    const { bridge, clock, last } = bridgeWith(lms, backend);
    await bridge.start();
    await clock.tickAsync(120_000);
    expect(log.filter((l) => l === 'Commit')).to.have.length(4);
    expect(last()).to.include({ phase: 'running', heartbeats: 2, problem: 'backend unreachable' });
  });
});
