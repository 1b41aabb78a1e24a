/**
 * Runs in every frame and window of a session before any content script (injected with
 * Page.addScriptToEvaluateOnNewDocument). All windows of one launch share ONE virtual clock, the
 * root's: the first window without a harness ancestor or opener installs @sinonjs/fake-timers, and
 * every frame below it (or popup opened from it) schedules its timers on that same clock and reads
 * Date/performance from it. So a heartbeat in the content frame and the API's clock in the LMS
 * page agree, and one tick fires the timers of all frames in time order.
 */
import FakeTimers from '@sinonjs/fake-timers';

type FakeClock = ReturnType<ReturnType<typeof FakeTimers.withGlobal>['install']>;

/** What the root window exposes to the other windows and to Node. */
export interface VirtualClock {
  readonly start: number;
  /** Virtual milliseconds since the root clock was installed. */
  elapsed(): number;
  /** Advances virtual time, firing due timers of every frame in order; resolves to elapsed(). */
  tick(ms: number): Promise<number>;
  readonly clock: FakeClock;
}

export const CLOCK_KEY = '__harnessVirtualClock';

type HarnessWindow = Window & { [CLOCK_KEY]?: VirtualClock };

function clockOf(win: Window | null): VirtualClock | undefined {
  try {
    return (win as HarnessWindow | null)?.[CLOCK_KEY];
  } catch {
    return undefined; // cross-origin window: not ours to share
  }
}

function findRoot(win: Window): VirtualClock | undefined {
  let current: Window = win;
  while (current.parent !== current) {
    current = current.parent;
    const found = clockOf(current);
    if (found) return found;
  }
  try {
    return clockOf(win.opener as Window | null);
  } catch {
    return undefined;
  }
}

/**
 * fake-timers yields to the page after each timer it fires (so promise callbacks run in order)
 * with the global setImmediate, else setTimeout, which browsers clamp to 4 ms once nested: a tick
 * over 48 heartbeats waited 200 ms for nothing. A MessageChannel post is the same kind of task
 * without the clamp. The global exists only while fake-timers reads it, so content never sees it.
 */
function withUnclampedYield<T>(win: HarnessWindow, make: () => T): T {
  // jsdom has no MessageChannel (and no clamp to avoid).
  const Channel = (win as { MessageChannel?: typeof MessageChannel }).MessageChannel;
  if (typeof Channel !== 'function') return make();
  const channel = new Channel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  const target = win as HarnessWindow & { setImmediate?: (fn: () => void) => void };
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

function installRoot(win: HarnessWindow, start: number): void {
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
  };
  Object.defineProperty(win, CLOCK_KEY, { value: virtual, enumerable: false });
}

/** Makes this window's timers run on the root clock, and only while this document is alive. */
function shareRoot(win: HarnessWindow, root: VirtualClock): void {
  const shared = root.clock;
  const doc = win.document;
  const alive = () => !win.closed && win.document === doc;
  const callable = (handler: unknown, args: unknown[]) =>
    typeof handler === 'function'
      ? () => (handler as (...a: unknown[]) => void).apply(win, args)
      : () => (win as unknown as { eval(code: string): unknown }).eval(String(handler));
  const timers = {
    setTimeout(handler: unknown, ms?: number, ...args: unknown[]) {
      const run = callable(handler, args);
      return shared.setTimeout(() => alive() && run(), ms);
    },
    setInterval(handler: unknown, ms?: number, ...args: unknown[]) {
      const run = callable(handler, args);
      const id = shared.setInterval(() => (alive() ? run() : shared.clearInterval(id)), ms);
      return id;
    },
    clearTimeout: (id: number) => shared.clearTimeout(id),
    clearInterval: (id: number) => shared.clearInterval(id),
    requestAnimationFrame: (cb: FrameRequestCallback) =>
      shared.requestAnimationFrame((time: number) => alive() && cb(time)),
    cancelAnimationFrame: (id: number) => shared.cancelAnimationFrame(id),
  };
  Object.assign(win, timers);
  // Date and performance.now are realm-bound, so this window gets its own fake Date whose time
  // is read from the root clock.
  const local = FakeTimers.withGlobal(win).install({
    now: shared.now,
    toFake: ['Date', 'performance'],
  });
  Object.defineProperty(local, 'now', { get: () => shared.now, set: () => undefined });
  Object.defineProperty(win, CLOCK_KEY, { value: root, enumerable: false });
}

export function installVirtualClock(start: number): void {
  const win = window as HarnessWindow;
  if (win[CLOCK_KEY]) return;
  const root = findRoot(win);
  if (root) shareRoot(win, root);
  else installRoot(win, start);
}
