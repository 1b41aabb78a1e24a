/**
 * One browser window (CDP page target) of a session, wired before its first script runs: the
 * virtual clock and exit watch in every frame, the bridge binding, dialogs answered, console and
 * errors reported. (Requests for hosts other than the LMS are the context's proxy's business:
 * outside-proxy.ts.)
 *
 * A window can be wired before its launch is known (the driver keeps one spare window ready): it
 * reports nothing until bind() gives it the launch's options.
 */
import type { CDPSession, Protocol } from 'puppeteer-core';
import type { DialogKind } from '../trace/types.ts';
import {
  DEFAULT_DIALOG_POLICY,
  type DriverEvent,
  type DriverSessionOptions,
  type WindowRole,
} from './driver.ts';

/** Window name of the LMS page's sink (see lms-page.browser.ts): wired, but never in the trace. */
export const SINK_NAME = '__harnessSink';
/**
 * What a page can write for its origin (cookies are cleared on their own). Not 'all': that also
 * clears the shader cache and the like, for about 8 ms of the browser process's CPU per launch.
 */
const CONTENT_STORAGE = [
  'file_systems',
  'indexeddb',
  'local_storage',
  'websql',
  'service_workers',
  'cache_storage',
  'storage_buckets',
  'shared_storage',
  'interest_groups',
].join(',');
const CONSOLE_LEVELS: Record<string, 'log' | 'info' | 'warn' | 'error' | 'debug'> = {
  info: 'info',
  warning: 'warn',
  error: 'error',
  debug: 'debug',
  verbose: 'debug',
};

function consoleText(args: Protocol.Runtime.RemoteObject[]): string {
  return args
    .map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? a.type)))
    .join(' ');
}

export class CdpWindow {
  readonly role: WindowRole;
  readonly cdp: CDPSession;
  private options: DriverSessionOptions | undefined;
  private closedListeners: (() => void)[] = [];
  private loadListeners: (() => void)[] = [];
  private stayListeners: (() => void)[] = [];
  private crashListeners: (() => void)[] = [];
  /** What bind() installed: kept for the next launch of a kept window when it needs the same. */
  private installed: { scriptId: string; bindingName: string; source: string } | undefined;
  /** Origins the window's documents came from during the launch: their storage is cleared. */
  private readonly origins = new Set<string>();
  /** Set by park(): the origins of the launch before, cleared once the window shows the next. */
  private stale: string[] | undefined;
  closed = false;
  crashed = false;
  /** Resolves at the window's first load event (or when it closes before loading). */
  readonly firstLoad: Promise<void>;

  constructor(
    cdp: CDPSession,
    role: WindowRole,
    /** The LMS page's sink: only its bridge messages are reported. */
    readonly sink: boolean,
    private readonly closeTarget: () => Promise<void>,
  ) {
    this.cdp = cdp;
    this.role = role;
    this.firstLoad = new Promise((resolve) => this.loadListeners.push(resolve));
  }

  private emit(event: DriverEvent): void {
    if (this.sink && event.kind !== 'bridge') return;
    this.options?.onEvent(event);
  }

  /**
   * Installs the listeners, and the launch's scripts when it is known (`launch`), then lets the
   * (paused) target run.
   */
  async setup(
    waitingForDebugger: boolean,
    launch?: { options: DriverSessionOptions; clockScript: string },
  ): Promise<void> {
    this.listen();
    // The sink shows no page: its bridge is all that is wanted from it.
    const domains = this.sink ? ['Runtime'] : ['Page', 'Runtime', 'Log', 'Inspector'];
    await Promise.all([
      ...domains.map((domain) => this.cdp.send(`${domain}.enable` as 'Runtime.enable')),
      ...(launch ? [this.bind(launch.options, launch.clockScript)] : []),
    ]);
    if (waitingForDebugger) await this.cdp.send('Runtime.runIfWaitingForDebugger');
  }

  /**
   * Makes the window part of a launch: its scripts for every new document, its bridge, its events.
   * A kept window usually has them already (launches mostly share the clock's start and the
   * bridge's name): then nothing is sent, saving four DevTools round trips a window per launch.
   */
  async bind(options: DriverSessionOptions, clockScript: string): Promise<void> {
    this.options = options;
    const { installed } = this;
    if (installed?.source === clockScript && installed.bindingName === options.bridgeName) return;
    await this.unbind();
    const [{ identifier }] = await Promise.all([
      this.cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: clockScript }),
      this.cdp.send('Runtime.addBinding', { name: options.bridgeName }),
    ]);
    this.installed = { scriptId: identifier, bindingName: options.bridgeName, source: clockScript };
  }

  /**
   * The launch is over for this window (reported as its closing, as when the context closes): it
   * reports nothing more. The main window's LMS page is retired first (its content frame removed,
   * so the content's exit handlers run now and what they send is dropped), then its scripts are
   * disabled. Chrome still runs the LMS page's own pagehide and unload handlers, and any the content
   * put on it, when the window next navigates (measured in Chromium 156, as for a frozen page):
   * open() clears storage after that navigation, before the next content opens.
   */
  async silence(): Promise<void> {
    this.emit({ kind: 'window-closed', window: this.role });
    this.options = undefined;
    // The sink runs no script of its own. Left running, it takes the old pages' last messages
    // (dropped here) rather than have them fall back to beacons.
    if (this.sink) return;
    if (this.role === 'main') {
      await this.evaluate(
        `typeof window.__harnessRetire === 'function' && window.__harnessRetire()`,
        false,
      );
    }
    await this.cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  }

  /** Takes away what bind() installed; the document shown stays. */
  private async unbind(): Promise<void> {
    const { installed, cdp } = this;
    this.installed = undefined;
    if (!installed) return;
    await Promise.all([
      cdp.send('Page.removeScriptToEvaluateOnNewDocument', { identifier: installed.scriptId }),
      cdp.send('Runtime.removeBinding', { name: installed.bindingName }),
    ]);
  }

  /**
   * Keeps a silenced window for another launch, its retired page left as it is. Not navigated away
   * (an idle page in between cost each launch a document: about a seventh of the bridge gate's CPU,
   * measured); the next open() navigates it. The launch's script and binding stay for the next
   * bind(): the retired page runs no script, and what the binding reports meanwhile is dropped
   * (there are no options until then).
   */
  park(): void {
    this.stale = [...this.origins];
    this.origins.clear();
  }

  /**
   * Shows an LMS page and opens its content (a hook the page defines; other pages have none). A
   * parked window first runs again, and once the old documents' exit handlers have run (the
   * navigation), the storage and cookies of every origin it showed are cleared before the content
   * opens: nothing of one launch, not even what those handlers wrote, reaches the next. Nor its
   * session history: the LMS page is the window's only entry, as in a window opened for it (else
   * the earlier launches' pages, and the idle page a spare waited on, were a history.back() away).
   */
  async open(url: string): Promise<void> {
    const { stale } = this;
    this.stale = undefined;
    if (stale) await this.cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    await this.navigate(url);
    await this.cdp.send('Page.resetNavigationHistory');
    if (stale) await this.clearStorage(stale);
    // Content may replace the LMS page while it loads (top.location): then the launch goes on with
    // the content's own page, once that has loaded, as a navigation would.
    const replaced = new Promise<void>((resolve) => this.loadListeners.push(resolve));
    try {
      await this.evaluate(
        `typeof window.__harnessOpenContent === 'function' ? window.__harnessOpenContent() : undefined`,
        false,
      );
    } catch (error) {
      if (!/navigated or closed|context was destroyed/.test((error as Error).message)) throw error;
      await replaced;
    }
  }

  private async clearStorage(origins: string[]): Promise<void> {
    const { cdp } = this;
    await Promise.all([
      cdp.send('Network.clearBrowserCookies'),
      ...origins.flatMap((origin) => [
        cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: CONTENT_STORAGE }),
        cdp.send('DOMStorage.clear', {
          storageId: { securityOrigin: origin, isLocalStorage: false },
        }),
      ]),
    ]);
  }

  private listen(): void {
    const { cdp } = this;
    cdp.on('Runtime.bindingCalled', (e) => {
      if (e.name === this.options?.bridgeName) this.emit({ kind: 'bridge', payload: e.payload });
    });
    cdp.on('Runtime.consoleAPICalled', (e) => {
      this.emit({
        kind: 'console',
        level: CONSOLE_LEVELS[e.type] ?? 'log',
        text: consoleText(e.args),
      });
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
      this.emit({ kind: 'console', level: CONSOLE_LEVELS[entry.level] ?? 'log', text: entry.text });
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      this.emit({ kind: 'page-error', text: d.exception?.description ?? d.text });
    });
    cdp.on('Page.javascriptDialogOpening', (e) => void this.answerDialog(e));
    cdp.on('Page.frameNavigated', ({ frame }) => {
      if (frame.url.startsWith('http')) this.origins.add(new URL(frame.url).origin);
      if (frame.url === 'about:blank') return;
      this.emit({
        kind: 'navigation',
        url: frame.url,
        topLevel: !frame.parentId,
        window: this.role,
      });
    });
    cdp.on('Page.loadEventFired', () => this.drain('load'));
    cdp.on('Page.windowOpen', (e) => {
      if (e.windowName !== SINK_NAME) this.emit({ kind: 'popup', url: e.url });
    });
    cdp.on('Inspector.targetCrashed', () => {
      this.crashed = true;
      this.emit({ kind: 'crash', detail: `the ${this.role} window's renderer crashed` });
      this.drain('crashed');
    });
  }

  private async answerDialog(e: Protocol.Page.JavascriptDialogOpeningEvent): Promise<void> {
    const dialogs = this.options?.dialogs ?? DEFAULT_DIALOG_POLICY;
    const kind = e.type as DialogKind;
    const accept =
      kind === 'alert'
        ? true
        : kind === 'confirm'
          ? dialogs.confirm
          : kind === 'prompt'
            ? dialogs.prompt !== null
            : dialogs.beforeunload;
    const text = kind === 'prompt' && dialogs.prompt !== null ? dialogs.prompt : undefined;
    this.emit({
      kind: 'dialog',
      dialog: kind,
      message: e.message,
      accept,
      ...(text !== undefined ? { text } : {}),
    });
    await this.cdp
      .send('Page.handleJavaScriptDialog', {
        accept,
        ...(text !== undefined ? { promptText: text } : {}),
      })
      .catch(() => undefined);
    if (kind === 'beforeunload' && !accept) this.drain('stay');
  }

  private drain(which: 'load' | 'stay' | 'closed' | 'crashed'): void {
    const lists = {
      load: this.loadListeners,
      stay: this.stayListeners,
      closed: this.closedListeners,
      crashed: this.crashListeners,
    };
    for (const listener of lists[which].splice(0)) listener();
  }

  /** Closes the window's target (after silence(): what its exit handlers still send is dropped). */
  async discard(): Promise<void> {
    await this.closeTarget();
  }

  /** Called by the driver when the target is gone. */
  markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit({ kind: 'window-closed', window: this.role });
    this.drain('closed');
    this.drain('stay');
    this.drain('load');
    this.drain('crashed');
  }

  async navigate(url: string): Promise<void> {
    const loaded = new Promise<void>((resolve) => this.loadListeners.push(resolve));
    const result = await this.cdp.send('Page.navigate', { url });
    if (result.errorText) throw new Error(`navigation to ${url} failed: ${result.errorText}`);
    await loaded;
  }

  /** Evaluates in the top document; as a user gesture unless told otherwise. */
  async evaluate<T>(expression: string, userGesture = true): Promise<T> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture,
    });
    if (exceptionDetails) {
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    }
    return result.value as T;
  }

  /**
   * A learner's click in the window's top-left corner (inside the content in frameset and nested
   * modes): Chrome shows a beforeunload prompt only to a page that has had such a user activation.
   */
  async activate(): Promise<void> {
    if (this.closed) return;
    const click = { x: 1, y: 1, button: 'left' as const, clickCount: 1 };
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...click });
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...click });
  }

  /**
   * Closes the window as a learner would: Page.close runs beforeunload (answered per policy), then
   * pagehide, visibilitychange and unload in every frame (top first, then the frames below).
   * Resolves when the window is gone or the learner chose to stay; the frames' handlers may still
   * be running then (Chromium runs them after the target is gone).
   */
  async close(): Promise<void> {
    if (this.closed) return;
    const done = new Promise<void>((resolve) => {
      this.closedListeners.push(resolve);
      this.stayListeners.push(resolve);
    });
    await this.cdp.send('Page.close').catch(() => this.closeTarget());
    await done;
  }

  /**
   * Navigates the window to `url` as a learner leaving the page would: beforeunload (answered per
   * policy), then the old documents' pagehide, visibilitychange and unload. Resolves once the new
   * page committed, or at once when the learner chose to stay.
   */
  async leave(url: string): Promise<void> {
    if (this.closed) return;
    const stayed = new Promise<void>((resolve) => this.stayListeners.push(resolve));
    const navigated = this.cdp.send('Page.navigate', { url }).catch(() => undefined);
    await Promise.race([navigated, stayed]);
  }

  /**
   * Chromium answers Runtime.terminateExecution off the renderer's main thread, so it reaches a
   * window whose script never yields; the frames of the window's renderer stop with it.
   */
  async interrupt(): Promise<void> {
    if (this.closed) return;
    await this.cdp.send('Runtime.terminateExecution').catch(() => undefined);
  }

  async crash(): Promise<void> {
    if (this.closed) return;
    // Page.crash never answers: the renderer dies before it can.
    void this.cdp.send('Page.crash').catch(() => undefined);
    await new Promise<void>((resolve) => this.crashListeners.push(resolve));
  }
}
