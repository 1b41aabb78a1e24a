/**
 * Runs in every frame and window of a session before any content script (injected with
 * Page.addScriptToEvaluateOnNewDocument). All windows of one launch share ONE virtual clock, the
 * root's: the first window without a harness ancestor or opener installs @sinonjs/fake-timers
 * (root-clock.browser.ts), and every frame below it (or popup opened from it) schedules its timers
 * on that same clock and reads Date/performance from it. So a heartbeat in the content frame and
 * the API's clock in the LMS page agree, and one tick fires the timers of all frames in time order.
 *
 * This part has no fake-timers in it: a frame below the root uses the root's copy. Measured on
 * frames made in a loop, the whole script with fake-timers cost a frame about 4.5 ms of the
 * renderer's CPU and 1 ms of the browser's, this part with the root's copy about 2 and 0.5; a
 * launch shows two frames or more below its LMS page (the content frame's initial document too).
 */
import type { FakeClock } from './root-clock.browser.ts';

/** What the root window exposes to the other windows and to Node. */
export interface VirtualClock {
  readonly start: number;
  /** Virtual milliseconds since the root clock was installed. */
  elapsed(): number;
  /** Advances virtual time, firing due timers of every frame in order; resolves to elapsed(). */
  tick(ms: number): Promise<number>;
  readonly clock: FakeClock;
  /**
   * Gives another window of the launch a Date and performance of its own realm that read this
   * clock's time, made with the root's fake-timers.
   */
  adopt(win: Window): void;
}

export const CLOCK_KEY = '__harnessVirtualClock';

type HarnessWindow = Window & { [CLOCK_KEY]?: VirtualClock };

/** The root clock's installer, loaded only in a window that turns out to be a root. */
export type LoadRootClock = () => { installRootClock(win: Window, start: number): VirtualClock };

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
 * Makes this window's timers run on the root clock, each only while the document that set it is
 * shown. That document is read when the timer is set, not here: a popup's window runs this in its
 * initial about:blank document and keeps the same window object for the content's page (Chromium
 * does not inject again then), whose timers would otherwise never fire. The timer functions are
 * made here, so they belong to this window's realm as its own would.
 */
function shareRoot(win: HarnessWindow, root: VirtualClock): void {
  const shared = root.clock;
  const showing = () => {
    const doc = win.document;
    return () => !win.closed && win.document === doc;
  };
  const callable = (handler: unknown, args: unknown[]) =>
    typeof handler === 'function'
      ? () => (handler as (...a: unknown[]) => void).apply(win, args)
      : () => (win as unknown as { eval(code: string): unknown }).eval(String(handler));
  const timers = {
    setTimeout(handler: unknown, ms?: number, ...args: unknown[]) {
      const run = callable(handler, args);
      const alive = showing();
      return shared.setTimeout(() => alive() && run(), ms);
    },
    setInterval(handler: unknown, ms?: number, ...args: unknown[]) {
      const run = callable(handler, args);
      const alive = showing();
      const id = shared.setInterval(() => (alive() ? run() : shared.clearInterval(id)), ms);
      return id;
    },
    clearTimeout: (id: number) => shared.clearTimeout(id),
    clearInterval: (id: number) => shared.clearInterval(id),
    requestAnimationFrame: (cb: FrameRequestCallback) => {
      const alive = showing();
      return shared.requestAnimationFrame((time: number) => alive() && cb(time));
    },
    cancelAnimationFrame: (id: number) => shared.cancelAnimationFrame(id),
  };
  Object.assign(win, timers);
  root.adopt(win);
  const own = win as unknown as { Date: object; performance: object };
  ownRealm(win, own.Date);
  ownRealm(win, own.performance);
  Object.defineProperty(win, CLOCK_KEY, { value: root, enumerable: false });
}

/**
 * The functions the root's fake-timers put on `target` (Date.now, performance.now, …) belong to
 * the root's realm; content here would find `Date.now instanceof Function` false. Each is
 * replaced by a function made here that calls it.
 */
function ownRealm(win: Window, target: object): void {
  const OwnFunction = (win as unknown as { Function: FunctionConstructor }).Function;
  for (const key of Object.getOwnPropertyNames(target)) {
    const property = Object.getOwnPropertyDescriptor(target, key);
    const fn: unknown = property?.value;
    if (typeof fn !== 'function' || fn instanceof OwnFunction) continue;
    // A method: like the built-in ones, it has no prototype and cannot be called with `new`.
    const wrapped = {
      [key](this: unknown, ...args: unknown[]): unknown {
        return (fn as (...a: unknown[]) => unknown).apply(this, args);
      },
    }[key]!;
    Object.defineProperty(wrapped, 'length', { value: (fn as () => unknown).length });
    Object.defineProperty(target, key, { ...property, value: wrapped });
  }
}

export function installVirtualClock(start: number, loadRootClock: LoadRootClock): void {
  const win = window as HarnessWindow;
  if (win[CLOCK_KEY]) return;
  const root = findRoot(win);
  if (root) shareRoot(win, root);
  else loadRootClock().installRootClock(win, start);
}
