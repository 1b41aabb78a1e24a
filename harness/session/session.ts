/**
 * One launch of one SCO, for scenario scripts: advance virtual time, wait for a call, and end it
 * in one of the ways a real launch ends (the content terminates, the learner closes the window,
 * the browser crashes). Every way ends with a complete trace and the state the LMS keeps.
 */
import type { DriverEvent, DriverSession, WindowRole } from '../driver/driver.ts';
import type { AttemptKey, AttemptStore } from '../lms/attempt-store.ts';
import type { PageMessage } from '../lms/page-protocol.ts';
import type { TraceRecorder } from '../trace/recorder.ts';
import type {
  ApiEvent,
  EndReason,
  PersistedLmsState,
  Trace,
  TraceEvent,
  UnnumberedEvent,
} from '../trace/types.ts';
import { traceEventOf } from './driver-events.ts';

export interface SessionParts {
  recorder: TraceRecorder;
  store: AttemptStore;
  key: AttemptKey;
  version: '1.2' | '2004';
  contentWindow: WindowRole;
  bodyLimit: number;
  /** Runs once when the session ends, whatever the way. */
  release(): void;
}

export interface WaitOptions {
  /** Virtual milliseconds to advance at most before giving up; default 60 000. */
  within?: number;
}

const TERMINATE = new Set(['LMSFinish', 'Terminate']);

export class Session {
  private driver: DriverSession | undefined;
  private now = 0;
  private cursor = -1;
  private commits = 0;
  private terminated = false;
  private ending: Promise<Trace> | undefined;
  private ended: Trace | undefined;

  constructor(private readonly parts: SessionParts) {}

  /** Wires the browser session; everything it reports from now on lands in the trace. */
  attach(driver: DriverSession): void {
    this.driver = driver;
  }

  /** Virtual milliseconds since launch, as far as the harness has seen. */
  get t(): number {
    return this.now;
  }

  get trace(): Trace | undefined {
    return this.ended;
  }

  events(): readonly TraceEvent[] {
    return this.parts.recorder.list();
  }

  /** What the LMS keeps for this learner and SCO right now. */
  lmsState(): PersistedLmsState | null {
    return this.parts.store.get(this.parts.key) ?? null;
  }

  record(event: UnnumberedEvent): void {
    this.now = Math.max(this.now, event.t);
    this.parts.recorder.record(event);
  }

  /** The DriverSessionOptions.onEvent of this session. */
  readonly onDriverEvent = (event: DriverEvent): void => {
    if (event.kind === 'bridge') {
      this.onBridge(event.payload);
      return;
    }
    const traced = traceEventOf(event, this.now, this.parts.bodyLimit);
    if (traced) this.record(traced);
    if (event.kind === 'crash' && !this.ending) void this.end('crashed');
    if (event.kind === 'window-closed' && event.window === 'main' && !this.ending) {
      void this.end('closed');
    }
  };

  private onBridge(payload: string): void {
    let messages: PageMessage[];
    try {
      messages = JSON.parse(payload) as PageMessage[];
    } catch {
      return;
    }
    for (const message of messages) this.onPageMessage(message);
  }

  private onPageMessage(message: PageMessage): void {
    if (message.type === 'unload') {
      this.record({ type: 'lifecycle', t: message.t, what: 'unload', detail: 'LMS page' });
      return;
    }
    if (message.type === 'api') {
      const { fn, args, result, error, t } = message;
      this.record({ type: 'api', t, fn, args, result, error });
      if (TERMINATE.has(fn) && result === 'true') this.terminated = true;
      return;
    }
    this.record({ type: 'commit', t: message.t, reason: message.reason, data: message.state.data });
    if (message.api !== this.parts.version) return;
    this.commits += 1;
    this.parts.store.save(this.parts.key, message.state);
  }

  private live(): DriverSession {
    if (!this.driver || this.ending) throw new Error('this session has ended');
    return this.driver;
  }

  /** Advances virtual time in every frame; due timers fire in order. */
  async tick(ms: number): Promise<number> {
    this.now = Math.max(this.now, await this.live().tick(ms));
    return this.now;
  }

  /**
   * Resolves with the next API call to `fn` (on `element`, when given) after the one the previous
   * wait returned, advancing virtual time up to `within` ms to let it happen.
   */
  async waitForCall(fn: string, element?: string, options: WaitOptions = {}): Promise<ApiEvent> {
    const deadline = this.now + (options.within ?? 60_000);
    for (;;) {
      const hit = this.events().find(
        (e): e is ApiEvent =>
          e.type === 'api' &&
          e.seq > this.cursor &&
          e.fn === fn &&
          (element === undefined || e.args[0] === element),
      );
      if (hit) {
        this.cursor = hit.seq;
        return hit;
      }
      if (this.ending || this.now >= deadline) {
        const what = element === undefined ? fn : `${fn}("${element}")`;
        throw new Error(`no ${what} call within ${options.within ?? 60_000} ms of virtual time`);
      }
      await this.tick(Math.min(1000, deadline - this.now));
    }
  }

  /** Closes the content window as a learner would: beforeunload and unload handlers run. */
  async close(): Promise<Trace> {
    const driver = this.live();
    await driver.closeWindow(this.parts.contentWindow);
    return this.end('closed');
  }

  /** Kills the page's renderer: no handler runs, only what was committed survives. */
  async crash(): Promise<Trace> {
    await this.live().crash();
    return this.end('crashed');
  }

  /** Ends the launch where it stands: the content terminated itself, or it ran out of time. */
  async finish(): Promise<Trace> {
    if (!this.terminated) {
      this.record({
        type: 'lifecycle',
        t: this.now,
        what: 'timeout',
        detail: 'ended without Terminate/LMSFinish',
      });
    }
    return this.end('timeout');
  }

  private async drain(): Promise<void> {
    const payload = await this.driver
      ?.evaluate<string>('window.__harnessDrain()')
      .catch(() => undefined);
    if (payload) this.onBridge(payload);
  }

  /**
   * The one way out (the first caller's reason wins): drain what the page still holds, close the
   * browser context, write the final record.
   */
  end(how: Exclude<EndReason, 'terminated'>): Promise<Trace> {
    this.ending ??= this.finalize(how);
    return this.ending;
  }

  private async finalize(how: Exclude<EndReason, 'terminated'>): Promise<Trace> {
    if (how !== 'crashed') await this.drain();
    await this.driver?.dispose();
    this.ended = this.parts.recorder.finish({
      ended: this.terminated ? 'terminated' : how,
      t: this.now,
      state: this.lmsState(),
      commits: this.commits,
    });
    this.parts.release();
    return this.ended;
  }
}
