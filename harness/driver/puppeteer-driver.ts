/**
 * The BrowserDriver on Puppeteer and Debian's Chromium. Windows are wired from a browser-level CDP
 * session with auto-attach and waitForDebuggerOnStart, so every page target, popups included, gets
 * the virtual clock, exit watch and bridge before its first script; Puppeteer itself is used only to
 * launch the browser and manage contexts.
 *
 * Requests for hosts other than the LMS go to a proxy address of their browser context's own
 * (outside-proxy.ts), where the context's current launch answers or blocks them and records them;
 * the LMS's own requests go straight to it.
 *
 * Launch speed: a browser context with its first window costs a renderer process start, the
 * largest part of a launch; the driver keeps one spare context wired and ready, prepared while the
 * previous launch runs, and gives it to the next launch.
 *
 * A remote browser (connectPuppeteerDriver) is someone else's: the driver closes only the contexts
 * it created and disconnects. It tells the browser to accept any certificate (its proxy ends the
 * outside https requests itself), for every context, so the remote browser should be one the
 * harness has to itself.
 */
import puppeteer, {
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Protocol,
} from 'puppeteer-core';
import { HarnessError } from '../errors.ts';
import { CdpWindow, SINK_NAME } from './cdp-window.ts';
import { virtualClockScript } from './clock-script.ts';
import type { SinkOpening } from '../lms/page-protocol.ts';
import {
  outsideEvent,
  type BrowserDriver,
  type DriverSession,
  type DriverSessionOptions,
  type OutsideAnswer,
  type WindowRole,
} from './driver.ts';
import { createChromiumProfile } from './chromium-profile.ts';
import { findChromium } from './find-chromium.ts';
import { OutsideProxy, type OutsideListener, type OutsideRequest } from './outside-proxy.ts';
import { watchCall } from './watchdog.ts';

/** Real-time bound on clearing a kept context; past it the context is closed instead. */
const RESET_LIMIT_MS = 5000;

/**
 * Read-only, and handed out as copies: puppeteer.launch takes `--disable-features` out of the array
 * it is given (to merge it with its own), so a shared array lost it after the first launch.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // New headless builds the address bar's popup pages (chrome://omnibox-popup) for every window:
  // measured, about 0.3 s of CPU per browser context, for UI no launch shows. And Chromium keeps a
  // spare renderer process started for the next navigation; the driver keeps its own windows
  // ready, so the spares went unused: the bridge gate started 235 renderers, 225 of which did
  // nothing (8 without, and 4 s less CPU over the gate). And for every page with a form Chromium
  // asks Google's autofill service about it (content-autofill.googleapis.com): the browser's own
  // request, not the content's, which would reach the outside proxy as if the page had made it.
  // And with RenderDocument every navigation, the LMS page's in a kept window and the content
  // frame's, builds a new frame host and renderer frame instead of reusing the one shown: measured,
  // about a ninth of a launch's CPU (browser and renderer), for nothing a page can see. And the
  // profile turns battery saver on (chromium-profile.ts), which would also freeze a page that used
  // much CPU in the background (an LMS page behind its content's tab, in a long launch) once a CPU
  // measurement found it: without that measurement nothing is frozen.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,SpareRendererForSitePerProcess,AutofillServerCommunication,RenderDocument,CPUMeasurementInFreezingPolicy',
];

export interface PuppeteerDriverOptions {
  /** Defaults to PUPPETEER_EXECUTABLE_PATH, then /usr/bin/chromium. */
  executablePath?: string;
}

class PuppeteerSession implements DriverSession {
  private readonly windows: CdpWindow[] = [];
  readonly mainReady: Promise<CdpWindow>;
  private resolveMain!: (window: CdpWindow) => void;
  /** Rejects once the browser is gone: every wait for a window Chromium would open races it. */
  private readonly gone: Promise<never>;
  private browserEnded!: (error: Error) => void;
  private disposed = false;
  /** Its script was stopped (a hang): such a context is never kept for another launch. */
  interrupted = false;
  private popupWaiters: ((window: CdpWindow) => void)[] = [];
  private sinkWaiters: ((window: CdpWindow) => void)[] = [];
  /** Resolves once the sink is wired (or there is none): every way out waits for it. */
  private sinkReady: Promise<unknown> = Promise.resolve();
  /** Set by bind(): the launch this (possibly spare) session serves. */
  private launch: { options: DriverSessionOptions; clockScript: string } | undefined;

  /**
   * `main` and `sink`: the wired windows of a context kept from an earlier launch (see
   * PuppeteerDriver.release).
   */
  constructor(
    readonly context: BrowserContext,
    /** The LMS origin the context's proxy lets through: only launches on it can use the context. */
    readonly lmsOrigin: string,
    main?: CdpWindow,
    sink?: CdpWindow,
  ) {
    this.gone = new Promise((_resolve, reject) => (this.browserEnded = reject));
    this.gone.catch(() => undefined);
    this.mainReady = this.untilGone(new Promise((resolve) => (this.resolveMain = resolve)));
    if (main) {
      this.windows.push(main);
      this.resolveMain(main);
    }
    if (sink) this.windows.push(sink);
  }

  get options(): DriverSessionOptions | undefined {
    return this.launch?.options;
  }

  /**
   * `waiting`, unless the browser ends first (then no window it waits for will ever attach). Its
   * rejection counts as handled: a wait nobody took up must not end the process.
   */
  private untilGone<T>(waiting: Promise<T>): Promise<T> {
    const raced = Promise.race([waiting, this.gone]);
    raced.catch(() => undefined);
    return raced;
  }

  async attach(
    cdp: CDPSession,
    waitingForDebugger: boolean,
    closeTarget: () => Promise<void>,
  ): Promise<CdpWindow> {
    const role: WindowRole = this.windows.length === 0 ? 'main' : 'popup';
    const sink = role === 'popup' && this.sinkWaiters.length > 0;
    const window = new CdpWindow(cdp, role, sink, closeTarget);
    this.windows.push(window);
    await window.setup(waitingForDebugger, this.launch);
    if (role === 'main') this.resolveMain(window);
    else if (sink) for (const waiter of this.sinkWaiters.splice(0)) waiter(window);
    else for (const waiter of this.popupWaiters.splice(0)) waiter(window);
    return window;
  }

  /** Gives the ready session its launch: scripts, bridge and event sink of every window. */
  async bind(options: DriverSessionOptions): Promise<void> {
    const launch = { options, clockScript: await virtualClockScript(options.clockStart) };
    this.launch = launch;
    const main = await this.mainReady;
    const sink = this.openSinkWindow;
    await Promise.all(
      [main, ...(sink ? [sink] : [])].map((w) => w.bind(launch.options, launch.clockScript)),
    );
  }

  /** The sink while it is open: one a kept context brought along, or this launch's. */
  private get openSinkWindow(): CdpWindow | undefined {
    return this.windows.find((w) => w.sink && !w.closed);
  }

  private async window(role: WindowRole): Promise<CdpWindow | undefined> {
    await this.mainReady;
    // After dispose a kept window already serves another launch.
    if (this.disposed) return undefined;
    return [...this.windows].reverse().find((w) => w.role === role && !w.closed && !w.sink);
  }

  private async main(): Promise<CdpWindow> {
    const main = await this.window('main');
    if (!main) throw new Error('the main window of this session is closed');
    return main;
  }

  async goto(url: string): Promise<void> {
    const main = await this.main();
    await main.open(url);
    this.sinkReady = this.openSink(main);
    // A failed sink only means exit handlers fall back to beacons; the way out reports nothing.
    this.sinkReady.catch(() => undefined);
  }

  /**
   * Opens the LMS page's sink (see lms-page.browser.ts). Only the ways out need it wired, so the
   * launch does not wait for it.
   */
  private async openSink(main: CdpWindow): Promise<void> {
    const kept = this.openSinkWindow;
    const wired = this.untilGone(
      new Promise<CdpWindow>((resolve) => this.sinkWaiters.push(resolve)),
    );
    // Not a user gesture: that would give the page the activation Chrome's prompt depends on
    // (--disable-popup-blocking, a Puppeteer default, lets the page open the sink without one).
    // A kept context's sink is handed back to the page as it is (see lms-page.browser.ts).
    const opening = await main.evaluate<SinkOpening>(
      `typeof window.__harnessOpenSink === 'function' ? window.__harnessOpenSink(${JSON.stringify(SINK_NAME)}) : 'none'`,
      false,
    );
    if (opening === 'opened') await wired;
    else this.sinkWaiters = [];
    // The page could not reach the kept sink: nothing will use it.
    if (kept && opening !== 'reused') await kept.discard();
  }

  /**
   * A window the learner acts on, once the sink is open: a popup opened now is never taken for the
   * sink, and a click before the sink opened did not count as the frame's user activation (measured).
   */
  private async leaving(role: WindowRole): Promise<CdpWindow | undefined> {
    await this.sinkReady.catch(() => undefined);
    return this.window(role);
  }

  async evaluate<T>(expression: string): Promise<T> {
    return (await this.main()).evaluate<T>(expression);
  }

  async openPopup(expression: string): Promise<void> {
    await this.sinkReady.catch(() => undefined);
    const popup = this.untilGone(
      new Promise<CdpWindow>((resolve) => this.popupWaiters.push(resolve)),
    );
    await this.evaluate(expression);
    await (
      await popup
    ).firstLoad;
  }

  async tick(ms: number): Promise<number> {
    return this.evaluate<number>(`window.__harnessVirtualClock.tick(${JSON.stringify(ms)})`);
  }

  async activate(role: WindowRole): Promise<void> {
    await (await this.leaving(role))?.activate();
  }

  async closeWindow(role: WindowRole): Promise<void> {
    await (await this.leaving(role))?.close();
  }

  async navigateAway(role: WindowRole, url: string): Promise<void> {
    await (await this.leaving(role))?.leave(url);
  }

  async probe(): Promise<void> {
    await (await this.main()).evaluate('0', false);
  }

  async interrupt(): Promise<void> {
    this.interrupted = true;
    await Promise.all(this.windows.filter((w) => !w.closed).map((w) => w.interrupt()));
  }

  async crash(): Promise<void> {
    await (await this.window('main'))?.crash();
  }

  /**
   * A request for another host from any window of the context (outside-proxy.ts). Between launches
   * nothing is answered or reported: what a retired page still asks for is no launch's.
   */
  outside(request: OutsideRequest): OutsideAnswer {
    const options = this.disposed ? undefined : this.options;
    if (!options) return null;
    const answer = request.websocket ? null : options.answerOutside(request.method, request.url);
    const body = request.body.length > 0 ? { requestBody: request.body.toString('utf8') } : {};
    options.onEvent(outsideEvent({ ...request, ...body }, answer));
    return answer;
  }

  /** Set by the driver: closes the context, or clears it and keeps it for a later launch. */
  release: (session: PuppeteerSession) => Promise<void> = () => Promise.resolve();

  /** The windows still open, the main one first. */
  get openWindows(): CdpWindow[] {
    return this.windows.filter((w) => !w.closed);
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.release(this);
  }

  browserGone(): void {
    this.options?.onEvent({ kind: 'crash', detail: 'the browser process ended' });
    this.browserEnded(new Error('the browser process ended'));
    for (const window of this.windows) window.markClosed();
  }
}

class PuppeteerDriver implements BrowserDriver {
  private readonly sessions = new Map<string, PuppeteerSession>();
  private readonly windows = new Map<string, CdpWindow>();
  /** Each context's proxy address (by context id), closed with the context. */
  private readonly proxies = new Map<string, OutsideListener>();
  private spare: Promise<PuppeteerSession> | undefined;
  /** Contexts kept from finished launches, each resolving once cleared (undefined: it was closed). */
  private kept: Promise<PuppeteerSession | undefined>[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly root: CDPSession,
    /** Connected to, not launched: closing disconnects and leaves the browser running. */
    private readonly remote: boolean,
    private readonly proxy: OutsideProxy,
  ) {
    root.on('Target.attachedToTarget', (e) => void this.attached(e));
    root.on('Target.detachedFromTarget', (e) => {
      this.windows.get(e.sessionId)?.markClosed();
      this.windows.delete(e.sessionId);
    });
    browser.on('disconnected', () => {
      for (const session of this.sessions.values()) session.browserGone();
    });
  }

  private async attached(e: Protocol.Target.AttachedToTargetEvent): Promise<void> {
    const cdp = this.root.connection()?.session(e.sessionId);
    const session = this.sessions.get(e.targetInfo.browserContextId ?? '');
    if (!cdp) return;
    if (!session || e.targetInfo.type !== 'page') {
      await cdp.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
      return;
    }
    try {
      const { targetId } = e.targetInfo;
      const closeTarget = async () => {
        await this.root.send('Target.closeTarget', { targetId }).catch(() => undefined);
      };
      const window = await session.attach(cdp, e.waitingForDebugger, closeTarget);
      this.windows.set(e.sessionId, window);
    } catch {
      // The window closed while being wired; its detach event reports it.
    }
  }

  /** Routes the context's new windows to `session` and gives it the way out. */
  private adopt(session: PuppeteerSession): void {
    this.sessions.set(session.context.id ?? '', session);
    session.release = (s) => this.release(s);
  }

  private async closeContext(session: PuppeteerSession): Promise<void> {
    const windows = session.openWindows;
    const id = session.context.id ?? '';
    await session.context.close().catch(() => undefined);
    for (const window of windows) window.markClosed();
    if (this.sessions.get(id) === session) this.sessions.delete(id);
    this.proxies.get(id)?.close();
    this.proxies.delete(id);
  }

  /**
   * A finished launch's context is kept when its main window is still up: a new context means a
   * new renderer process, the largest part of a launch (measured in one run's conditions: Chromium
   * CPU per bridge launch 2.9 s with a new context each time, 1.0 s with kept ones). Its windows
   * go silent at once (nothing more is reported; see CdpWindow.silence for what still runs);
   * clearing it runs in the background, and the next launch that takes it waits.
   */
  private async release(session: PuppeteerSession): Promise<void> {
    const [main, ...others] = session.openWindows;
    const sink = others.find((w) => w.sink);
    const usable =
      main?.role === 'main' && !main.crashed && !session.interrupted && this.browser.connected;
    // A spare never bound served no launch: there is nothing of one to keep.
    if (!main || !usable || !session.options) {
      await this.closeContext(session);
      return;
    }
    // A page stuck in a script (a hang) answers nothing: its context is closed instead.
    const silenced = await watchCall(Promise.all(session.openWindows.map((w) => w.silence())), {
      limitMs: RESET_LIMIT_MS,
    });
    if (silenced.kind !== 'done') {
      await this.closeContext(session);
      return;
    }
    const rest = others.filter((w) => w !== sink);
    this.kept.push(this.clear(session, { main, sink }, rest));
  }

  /**
   * The sink is kept with the main window: measured, a new one per launch cost Chromium's browser
   * process about 0.13 s of CPU (the launch's own pages about 0.2 s).
   */
  private async clear(
    session: PuppeteerSession,
    { main, sink }: { main: CdpWindow; sink: CdpWindow | undefined },
    others: CdpWindow[],
  ): Promise<PuppeteerSession | undefined> {
    const cleared = await watchCall(
      (async () => {
        await Promise.all(others.map((w) => w.discard()));
        main.park();
      })(),
      { limitMs: RESET_LIMIT_MS },
    );
    if (cleared.kind !== 'done') {
      // Closing a stuck page can take Chromium tens of seconds: the next launch does not wait.
      void this.closeContext(session);
      return undefined;
    }
    const kept = new PuppeteerSession(session.context, session.lmsOrigin, main, sink);
    this.adopt(kept);
    return kept;
  }

  /**
   * A context kept from a finished launch on `lmsOrigin`, once cleared; undefined when there is
   * none. One kept for another LMS is closed: its proxy would take that LMS for an outside host.
   */
  private async takeKept(lmsOrigin: string): Promise<PuppeteerSession | undefined> {
    while (this.kept.length > 0) {
      const session = await this.kept.shift();
      if (session?.lmsOrigin === lmsOrigin) return session;
      if (session) void this.closeContext(session);
    }
    return undefined;
  }

  /**
   * A new context with its main window wired and waiting on the LMS origin, not yet bound. Its
   * requests for other hosts, loopback ones included (`<-loopback>`), go to a proxy address of its
   * own; the LMS's go straight to it.
   */
  private async prepare(idleUrl: string): Promise<PuppeteerSession> {
    const lms = new URL(idleUrl);
    const holder: { id?: string } = {};
    const listener = await this.proxy.listen(
      (request) => this.sessions.get(holder.id ?? '')?.outside(request) ?? null,
    );
    let context: BrowserContext;
    try {
      context = await this.browser.createBrowserContext({
        proxyServer: listener.url,
        proxyBypassList: ['<-loopback>', lms.host],
      });
    } catch (error) {
      listener.close();
      throw error;
    }
    holder.id = context.id ?? '';
    this.proxies.set(holder.id, listener);
    const session = new PuppeteerSession(context, lms.origin);
    this.adopt(session);
    // Raw CDP rather than context.newPage(): the driver wires the window itself, and Puppeteer's
    // own page setup would only add round trips.
    await this.root.send('Target.createTarget', {
      url: 'about:blank',
      ...(context.id ? { browserContextId: context.id } : {}),
    });
    // The launch's pages then load in the renderer already running for the LMS site.
    await (await session.mainReady).navigate(idleUrl);
    return session;
  }

  async openSession(options: DriverSessionOptions): Promise<DriverSession> {
    let session = await this.takeKept(options.lmsOrigin);
    if (!session) {
      const ready = this.spare ?? this.prepare(options.idleUrl);
      this.spare = this.prepare(options.idleUrl);
      // A spare that fails is noticed by the launch that takes it.
      this.spare.catch(() => undefined);
      session = await ready;
      // Prepared for another LMS's launches: its proxy would take this LMS for an outside host.
      if (session.lmsOrigin !== options.lmsOrigin) {
        void this.closeContext(session);
        session = await this.prepare(options.idleUrl);
      }
    }
    await session.bind(options);
    return session;
  }

  async close(): Promise<void> {
    const spare = this.spare;
    this.spare = undefined;
    const kept = this.kept.splice(0);
    await Promise.all(
      [spare, ...kept].map((s) =>
        s?.then((session) => session && this.closeContext(session)).catch(() => undefined),
      ),
    );
    if (this.remote) {
      await Promise.all([...this.sessions.values()].map((s) => s.dispose()));
      await this.root.detach().catch(() => undefined);
      await this.browser.disconnect().catch(() => undefined);
    } else {
      await this.browser.close().catch(() => undefined);
    }
    this.proxy.close();
  }
}

/**
 * Auto-attach on the browser-level session, then the driver on top. Certificate errors are
 * ignored because the outside proxy ends https requests with a certificate of its own.
 */
async function wire(browser: Browser, remote: boolean): Promise<BrowserDriver> {
  const root = await browser.target().createCDPSession();
  const driver = new PuppeteerDriver(browser, root, remote, new OutsideProxy());
  await root.send('Security.setIgnoreCertificateErrors', { ignore: true });
  await root.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: true,
    filter: [{ type: 'page', exclude: false }, { exclude: true }],
  });
  return driver;
}

/**
 * Starts Chromium headless with the project's flags and a profile of its own (chromium-profile.ts),
 * removed when the browser process exits, or when Node does.
 */
export async function launchChromium(executablePath = findChromium()): Promise<Browser> {
  const profile = createChromiumProfile();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      userDataDir: profile.dir,
    });
  } catch (cause) {
    profile.remove();
    throw new HarnessError(
      {
        code: 'BROWSER_FAILED',
        file: executablePath,
        message: `chromium did not start: ${(cause as Error).message}`,
        hint: "check that the binary runs ('chromium --version'); reinstall with 'apt-get install chromium'",
      },
      { cause },
    );
  }
  // Node may end with the browser still up (an uncaught error): puppeteer kills it on the same
  // event, registered before this one, so the directory can go then too.
  const removeAtExit = () => profile.remove();
  process.once('exit', removeAtExit);
  browser.process()?.once('exit', () => {
    process.off('exit', removeAtExit);
    profile.remove();
  });
  return browser;
}

/** The driver on a Chromium of its own; one per run, shared by every session. */
export async function launchPuppeteerDriver(
  options: PuppeteerDriverOptions = {},
): Promise<BrowserDriver> {
  return wire(await launchChromium(options.executablePath), false);
}

/**
 * Connects to a running Chrome (`--remote-debugging-port`, the `webSocketDebuggerUrl` of
 * /json/version); the harness's sessions live in contexts of their own there.
 */
export async function connectPuppeteerDriver(browserWSEndpoint: string): Promise<BrowserDriver> {
  let browser: Browser;
  try {
    browser = await puppeteer.connect({ browserWSEndpoint, defaultViewport: null });
  } catch (cause) {
    throw new HarnessError(
      {
        code: 'BROWSER_FAILED',
        message: `could not connect to a browser at ${browserWSEndpoint}: ${(cause as Error).message}`,
        hint: 'start Chrome with --remote-debugging-port=9222 and pass the webSocketDebuggerUrl that http://127.0.0.1:9222/json/version shows (it changes at every browser start)',
      },
      { cause },
    );
  }
  return wire(browser, true);
}
