import { expect } from 'chai';
import FakeTimers from '@sinonjs/fake-timers';
import {
  Heartbeat,
  HEARTBEAT_INTERVAL_MS,
} from '../../../../../examples/sch-bridge/src/core/heartbeat.ts';

describe('sch-bridge heartbeat timer', () => {
  it('ticks every 60 s: re-commit first, then the POST; stop ends it; start is idempotent', async () => {
    expect(HEARTBEAT_INTERVAL_MS).to.equal(60_000);
    const clock = FakeTimers.createClock(0);
    const log: string[] = [];
    const heartbeat = new Heartbeat(
      {
        setInterval: (fn, ms) => clock.setInterval(fn, ms),
        clearInterval: (h) => clock.clearInterval(h as ReturnType<typeof clock.setInterval>),
      },
      {
        recommit: () => log.push(`commit@${clock.now}`),
        send: async () => void log.push(`send@${clock.now}`),
        onSendError: () => log.push('error'),
      },
    );
    heartbeat.start();
    heartbeat.start();
    await clock.tickAsync(150_000);
    heartbeat.stop();
    await clock.tickAsync(120_000);
    expect(log).to.deep.equal(['commit@60000', 'send@60000', 'commit@120000', 'send@120000']);
    expect(heartbeat.active).to.equal(false);
  });

  it('reports a failed POST and keeps beating', async () => {
    const clock = FakeTimers.createClock(0);
    const log: string[] = [];
    const heartbeat = new Heartbeat(
      {
        setInterval: (fn, ms) => clock.setInterval(fn, ms),
        clearInterval: (h) => clock.clearInterval(h as ReturnType<typeof clock.setInterval>),
      },
      {
        recommit: () => log.push('commit'),
        send: () => Promise.reject(new Error('offline')),
        onSendError: (e) => log.push((e as Error).message),
      },
    );
    heartbeat.start();
    await clock.tickAsync(120_000);
    expect(log).to.deep.equal(['commit', 'offline', 'commit', 'offline']);
  });
});
