/**
 * One launch of one SCO, for scenario scripts: advance virtual time, wait for a call, and end it
 * in one of the ways a real launch ends (the content terminates, the learner closes the window or
 * navigates it away, the browser crashes). Every way ends with a complete trace and the state the
 * LMS keeps.
 */
import type { DialogPolicy, DriverEvent, DriverSession, WindowRole } from '../driver/driver.ts';
import { watchCall, type Watched } from '../driver/watchdog.ts';
import { HarnessError } from '../errors.ts';
import type { AttemptKey, AttemptStore } from '../lms/attempt-store.ts';
import type { HttpRecord } from '../lms/http-recording.ts';
import type { TraceRecorder } from '../trace/recorder.ts';
import type {
  ApiEvent,
  EndReason,
  HttpTarget,
  PersistedLmsState,
  Trace,
  TraceEvent,
  UnnumberedEvent,
} from '../trace/types.ts';
import { traceEventOf } from './driver-events.ts';
import { eventsOf, MessageOrder, parseMessages } from './page-messages.ts';
import {
  httpEventOf,
  RequestPlacement,
  type OtherMessage,
  type SentRequest,
} from './request-placement.ts';

export interface SessionParts {
  recorder: TraceRecorder;
  store: AttemptStore;
  key: AttemptKey;
  version: '1.2' | '2004';
  contentWindow: WindowRole;
  bodyLimit: number;
  /** The launch's dialog answers, shared with the driver (an exit may change the beforeunload one). */
  dialogs: DialogPolicy;
  /** Page on the LMS origin a window is navigated to when the learner leaves. */
  leaveUrl: string;
  /**
   * Real ms to wait for a closed window's exit handlers to report, or for the LMS to answer the
   * requests the page has sent, before going on anyway (bounds a hung handler or backend).
   */
  exitGraceMs: number;
  /**
   * Real ms a call into the page may take before the page counts as hung (content stuck in a
   * script answers nothing): the session then ends with what it has and the page is torn down.
   */
  hangMs: number;
  /** Which part of the LMS a URL on its origin belongs to (for a request that got no answer). */
  httpTarget(url: string): HttpTarget;
  /** Runs once when the session ends, whatever the way. */
  release(): void;
}

export interface WaitOptions {
  /** Virtual milliseconds to advance at most before giving up; default 60 000. */
  within?: number;
}

export interface ExitOptions {
  /** 'close' (default): the learner closes the content's window; 'navigate': leaves it for another page. */
  way?: 'close' | 'navigate';
  /** Whether the learner clicked in the content first (default true): Chrome prompts only then. */
  interacted?: boolean;
  /** Answer to a "Leave site?" prompt (true = leave); default the launch's dialog policy. */
  leave?: boolean;
}

export type ExitResult = { outcome: 'stayed' } | { outcome: 'left'; trace: Trace };

/**
 * The content did not make the call waitForCall waited for within the virtual time allowed: a
 * failure of the content (the gate reports `fail`), not of the harness. A crash or a hang while
 * waiting is a HarnessError instead.
 */
export class MissingCallError extends Error {
  constructor(
    readonly fn: string,
    readonly element: string | undefined,
    readonly within: number,
  ) {
    super(`no ${callLabel(fn, element)} call within ${within} ms of virtual time`);
    this.name = 'MissingCallError';
  }
}

/** `SetValue("cmi.exit")`, or the bare function name, for messages about a call waited for. */
function callLabel(fn: string, element: string | undefined): string {
  return element === undefined ? fn : `${fn}("${element}")`;
}

const TERMINATE = new Set(['LMSFinish', 'Terminate']);

export class Session {
  private driver: DriverSession | undefined;
  private now = 0;
  private cursor = -1;
  private commits = 0;
  /** Set by a successful Terminate/LMSFinish: while running, or in the exit handlers of a way out. */
  private terminated: { fn: string; during?: string } | undefined;
  private exiting: string | undefined;
  private lastDismissal: string | undefined;
  private readonly requests = new RequestPlacement(
    (message) => this.onPageMessage(message),
    (request, answer) => this.placeRequest(request, answer),
  );
  private readonly order = new MessageOrder((message) => this.requests.accept(message));
  private readonly exitWaiters = new Map<WindowRole, () => void>();
  private ending: Promise<Trace> | undefined;
  private endedHow: Exclude<EndReason, 'terminated'> | undefined;
  private ended: Trace | undefined;
  /** What the page was asked when it stopped answering (see watch()). */
  private hung: string | undefined;
  private endStarted!: () => void;
  private readonly endSignal = new Promise<void>((resolve) => (this.endStarted = resolve));

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
    if (
      event.kind === 'window-closed' &&
      event.window === 'main' &&
      !this.ending &&
      !this.exiting
    ) {
      void this.end('closed');
    }
  };

  /** Messages from the LMS page, by the binding or posted to the LMS (JSON text of a batch). */
  readonly onBridge = (payload: string): void => {
    this.order.accept(parseMessages(payload));
  };

  /** The LMS's record of a request it served for this launch (the LMS's http hook). */
  readonly onHttp = (record: HttpRecord): void => {
    if (record.requestId !== undefined) {
      this.requests.answered(record.requestId, record);
      return;
    }
    // Page loads and the like are not announced: they land when served.
    this.record(httpEventOf(record, record.sentAt ?? this.now));
  };

  private placeRequest(request: SentRequest, answer: HttpRecord | undefined): void {
    if (answer) {
      this.record(httpEventOf(answer, request.t));
      return;
    }
    this.record({
      type: 'http',
      t: request.t,
      method: request.method,
      url: request.url,
      target: this.parts.httpTarget(request.url),
      status: 0,
    });
  }

  /** Waits (real time, bounded) until every request the page sent is answered and in the trace. */
  private async settle(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.requests.settled(),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, this.parts.exitGraceMs))),
    ]);
    clearTimeout(timer);
  }

  private onPageMessage(message: OtherMessage): void {
    if (message.type === 'api') {
      const { fn, args, result, error, t } = message;
      this.record({ type: 'api', t, fn, args, result, error });
      if (TERMINATE.has(fn) && result === 'true' && !this.terminated) {
        this.terminated = this.exiting ? { fn, during: this.lastDismissal ?? 'exit' } : { fn };
      }
      return;
    }
    if (message.type === 'commit') {
      this.record({
        type: 'commit',
        t: message.t,
        reason: message.reason,
        data: message.state.data,
      });
      if (message.api !== this.parts.version) return;
      this.commits += 1;
      this.parts.store.save(this.parts.key, message.state);
      return;
    }
    if (message.type === 'dismissal' && message.kind === 'content') {
      this.lastDismissal = message.event;
    }
    for (const event of eventsOf(message)) this.record(event);
    if (message.type === 'window-exit') this.exitWaiters.get(message.window)?.();
  }

  private live(): DriverSession {
    if (this.endedHow === 'crashed') throw this.crashError('the session had already ended');
    if (!this.driver || this.ending) throw new Error('this session has ended');
    return this.driver;
  }

  /** What a caller meets when a crash (of the renderer or the whole browser) ended the session. */
  private crashError(when: string): HarnessError {
    // The first crash event says what happened; the last one is the session's closing summary.
    const crash = this.events().find((e) => e.type === 'lifecycle' && e.what === 'crash');
    return new HarnessError({
      code: 'BROWSER_FAILED',
      message: `${when}: ${crash?.type === 'lifecycle' ? crash.detail : 'the browser crashed'}`,
      hint: 'the trace up to the crash and the state the LMS kept are in session.trace; a browser that died needs a new harness',
    });
  }

  /**
   * Resolves once every request the page has sent so far is answered and in the trace, however
   * long that takes (tick waits at most the exit grace).
   */
  answered(): Promise<void> {
    return this.requests.settled();
  }

  /**
   * Advances virtual time in every frame; due timers fire in order. Resolves once the requests the
   * page sent meanwhile are answered, so the trace holds everything up to the new time; with
   * `settle: false` at once, for a scenario whose backend holds a reply back on purpose (the trace
   * shows what the page sends after that request once it is answered).
   */
  async tick(ms: number, options: { settle?: boolean } = {}): Promise<number> {
    const t = await this.watch(`advancing virtual time by ${ms} ms`, this.live().tick(ms));
    if (t === undefined) return this.now;
    this.now = Math.max(this.now, t);
    if (options.settle ?? true) await this.settle();
    return this.now;
  }

  /** A call into the page under the hang watchdog, optionally given up when the session ends. */
  private bounded<T>(call: Promise<T>, untilEnded: boolean): Promise<Watched<T>> {
    const driver = this.driver;
    return watchCall(call, {
      limitMs: this.parts.hangMs,
      ...(driver?.probe ? { probe: () => driver.probe!() } : {}),
      ...(untilEnded ? { until: this.endSignal } : {}),
    });
  }

  /**
   * A call into the page (it needs the page's main thread), bounded by the hang watchdog: content
   * stuck in a script answers nothing, so the session ends there ('timeout', after a lifecycle
   * event naming the hang), the page is torn down, and this throws. When the session ends another
   * way meanwhile (the window closed, a crash, the browser died), the call is given up: undefined
   * for a closed window, a HarnessError for a crash.
   */
  async watch<T>(what: string, call: Promise<T>): Promise<T | undefined> {
    const outcome = await this.bounded(call, true);
    if (outcome.kind === 'done') return outcome.value;
    if (outcome.kind === 'hung') {
      this.hung ??= what;
      await this.end('timeout');
      throw new HarnessError({
        code: 'BROWSER_FAILED',
        message: `the content hung: the page did not answer within ${this.parts.hangMs} ms (real time) while ${what}`,
        hint: 'the content is stuck in a script (an endless loop?); the trace up to the hang was kept. If it is only slow, allow more time (--hang-timeout)',
      });
    }
    // A call the page could not answer because the session is ending failed for that reason.
    if (outcome.kind === 'failed' && !this.ending) throw outcome.error;
    await this.ending;
    if (this.endedHow !== 'crashed') return undefined;
    throw this.crashError(`the session ended while ${what}`);
  }

  /**
   * Resolves with the next API call to `fn` (on `element`, when given) after the one the previous
   * wait returned, advancing virtual time up to `within` ms to let it happen. Rejects with a
   * MissingCallError when the content does not make the call in that time.
   */
  async waitForCall(fn: string, element?: string, options: WaitOptions = {}): Promise<ApiEvent> {
    const within = options.within ?? 60_000;
    const deadline = this.now + within;
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
      if (this.ending) {
        const what = callLabel(fn, element);
        if (this.endedHow === 'crashed') throw this.crashError(`the session ended before ${what}`);
        throw new Error(`the session ended (${this.endedHow ?? ''}) before a ${what} call`);
      }
      if (this.now >= deadline) throw new MissingCallError(fn, element, within);
      await this.tick(Math.min(1000, deadline - this.now));
    }
  }

  /**
   * The learner leaves the content's window (closes it, or navigates it away), having clicked in it
   * first unless told otherwise. A "Leave site?" prompt is answered per `leave` (default the
   * launch's dialog policy): "stay" keeps the session going. On leaving, every exit handler runs
   * (beforeunload, pagehide, unload, in every frame) and everything it calls is in the trace.
   */
  async exit(options: ExitOptions = {}): Promise<ExitResult> {
    const driver = this.live();
    const role = this.parts.contentWindow;
    const way = options.way ?? 'close';
    if (way === 'navigate' && !driver.navigateAway) {
      throw new HarnessError({
        code: 'CONFIG_INVALID',
        message: 'this browser driver cannot navigate a window away',
        hint: 'use close(), or the chromium driver',
      });
    }
    if (options.interacted ?? true)
      await this.watch('clicking in the window', driver.activate?.(role) ?? Promise.resolve());
    const policy = this.parts.dialogs.beforeunload;
    if (options.leave !== undefined) this.parts.dialogs.beforeunload = options.leave;
    const from = this.events().length;
    const exited = new Promise<boolean>((resolve) => {
      this.exitWaiters.set(role, () => resolve(true));
      setTimeout(() => resolve(false), this.parts.exitGraceMs).unref();
    });
    this.exiting =
      way === 'close'
        ? `the learner closed the ${role} window`
        : `the learner navigated the ${role} window away`;
    try {
      await this.watch(
        way === 'close' ? `closing the ${role} window` : `navigating the ${role} window away`,
        way === 'close'
          ? driver.closeWindow(role)
          : driver.navigateAway!(role, this.parts.leaveUrl),
      );
    } finally {
      this.parts.dialogs.beforeunload = policy;
    }
    const stayed = this.events()
      .slice(from)
      .some((e) => e.type === 'dialog' && e.kind === 'beforeunload' && !e.answer.accept);
    if (stayed) {
      this.exiting = undefined;
      this.exitWaiters.delete(role);
      this.record({
        type: 'lifecycle',
        t: this.now,
        what: 'navigation',
        detail: `the learner chose to stay on the page; the ${role} window stays open`,
      });
      return { outcome: 'stayed' };
    }
    if (!(await exited)) {
      this.record({
        type: 'lifecycle',
        t: this.now,
        what: 'unload',
        detail: `the ${role} window's exit handlers did not all report within ${this.parts.exitGraceMs} ms (real time); the trace ends with what arrived`,
      });
    }
    return { outcome: 'left', trace: await this.end('closed') };
  }

  /** The learner closes the content's window: see exit(). Rejects if the learner chose to stay. */
  async close(options: Omit<ExitOptions, 'way'> = {}): Promise<Trace> {
    return this.left(await this.exit({ ...options, way: 'close' }));
  }

  /** Whether the browser driver can navigate a window away (jsdom cannot; see exit()). */
  get canNavigateAway(): boolean {
    return this.driver?.navigateAway !== undefined;
  }

  /** The learner navigates the content's window away: see exit(). Rejects if they chose to stay. */
  async navigateAway(options: Omit<ExitOptions, 'way'> = {}): Promise<Trace> {
    return this.left(await this.exit({ ...options, way: 'navigate' }));
  }

  private left(result: ExitResult): Trace {
    if (result.outcome === 'left') return result.trace;
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      message: 'the learner chose to stay on the page, so the session goes on',
      hint: 'use session.exit() to handle both answers, or answer the prompt with { leave: true }',
    });
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

  /**
   * Takes what the page still holds (API calls it had not sent yet); a page that does not answer
   * is a hang. A hung page's script is stopped first, so it can answer.
   */
  private async drain(): Promise<boolean> {
    if (!this.driver) return true;
    if (this.hung && this.driver.interrupt) await this.bounded(this.driver.interrupt(), false);
    const outcome = await this.bounded(
      this.driver.evaluate<string>('window.__harnessDrain()'),
      false,
    );
    if (outcome.kind === 'hung') {
      this.hung ??= 'taking the messages the LMS page still held';
      return false;
    }
    if (outcome.kind === 'done' && outcome.value) this.onBridge(outcome.value);
    return true;
  }

  /**
   * The one way out (the first caller's reason wins): drain what the page still holds, close the
   * browser context, write the final record.
   */
  end(how: Exclude<EndReason, 'terminated'>): Promise<Trace> {
    if (!this.ending) {
      this.endedHow = how;
      this.endStarted();
      // Not synchronously: the driver reports while it tears down (a window closing), and those
      // reports must find the session already ending.
      this.ending = Promise.resolve().then(() => this.finalize(how));
    }
    return this.ending;
  }

  /**
   * "terminated" when the content terminated while running; otherwise the way the session ended,
   * and a closing lifecycle event says whether the content terminated in its exit handlers.
   */
  private async finalize(how: Exclude<EndReason, 'terminated'>): Promise<Trace> {
    if (how !== 'crashed' && (await this.drain())) await this.settle();
    if (this.hung) {
      this.record({
        type: 'lifecycle',
        t: this.now,
        what: 'timeout',
        detail: `the content hung: no answer from the page within ${this.parts.hangMs} ms (real time) while ${this.hung}; its script was stopped and the page torn down`,
      });
    }
    // A hung page's tear-down can take Chromium tens of seconds (measured): not waited out.
    const disposed = this.driver?.dispose();
    if (disposed && this.hung) await watchCall(disposed, { limitMs: this.parts.hangMs });
    else await disposed;
    this.order.flush();
    this.requests.flush();
    const terminated = this.terminated;
    const ended: EndReason = terminated && !terminated.during ? 'terminated' : how;
    if (how === 'closed' || how === 'crashed') {
      const cause =
        how === 'crashed' ? 'the browser crashed' : (this.exiting ?? 'the window closed');
      const content = !terminated
        ? 'the content never called Terminate/LMSFinish'
        : terminated.during
          ? `the content called ${terminated.fn} in its exit handlers (during ${terminated.during})`
          : `the content had called ${terminated.fn} before`;
      this.record({
        type: 'lifecycle',
        t: this.now,
        what: how === 'crashed' ? 'crash' : 'close',
        detail: `session ended: ${cause}; ${content}`,
      });
    }
    this.ended = this.parts.recorder.finish({
      ended,
      t: this.now,
      state: this.lmsState(),
      commits: this.commits,
      ...(terminated?.during ? { terminatedDuring: terminated.during } : {}),
    });
    this.parts.release();
    return this.ended;
  }
}
