/**
 * The root window's virtual clock (see shared-clock.browser.ts): @sinonjs/fake-timers installed
 * for every timer of this window, and the Date and performance it gives the windows below it.
 */
import FakeTimers from '@sinonjs/fake-timers';
import { CLOCK_KEY, type VirtualClock } from './shared-clock.browser.ts';

export type FakeClock = ReturnType<ReturnType<typeof FakeTimers.withGlobal>['install']>;

/**
 * fake-timers yields to the page after each timer it fires (so promise callbacks run in order)
 * with the global setImmediate, else setTimeout, which browsers clamp to 4 ms once nested: a tick
 * over 48 heartbeats waited 200 ms for nothing. A MessageChannel post is the same kind of task
 * without the clamp. The global exists only while fake-timers reads it, so content never sees it.
 */
function withUnclampedYield<T>(win: Window, make: () => T): T {
  // jsdom has no MessageChannel (and no clamp to avoid).
  const Channel = (win as { MessageChannel?: typeof MessageChannel }).MessageChannel;
  if (typeof Channel !== 'function') return make();
  const channel = new Channel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  const target = win as Window & { setImmediate?: (fn: () => void) => void };
  target.setImmediate = (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  };
  try {
    return make();
  } finally {
    delete target.setImmediate;
  }
}

export function installRootClock(win: Window, start: number): VirtualClock {
  const clock = withUnclampedYield(win, () => FakeTimers.withGlobal(win)).install({
    now: start,
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'Date',
      'performance',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
    ],
    loopLimit: 1_000_000,
  });
  const virtual: VirtualClock = {
    start,
    clock,
    elapsed: () => clock.now - start,
    tick: async (ms) => {
      await clock.tickAsync(ms);
      return clock.now - start;
    },
    // Date and performance.now are realm-bound: the other window gets a fake Date built on its own
    // Date, whose time is read from this clock.
    adopt: (other) => {
      const local = FakeTimers.withGlobal(other).install({
        now: clock.now,
        toFake: ['Date', 'performance'],
      });
      Object.defineProperty(local, 'now', { get: () => clock.now, set: () => undefined });
    },
  };
  Object.defineProperty(win, CLOCK_KEY, { value: virtual, enumerable: false });
  return virtual;
}
