/**
 * A browserless BrowserDriver on jsdom, for content that runs there: fast launches with the same
 * LMS page, runtime bundle, virtual clock and trace as the Chromium driver. Pages are fetched from
 * the LMS over 127.0.0.1; each window is wired before its first script (window-wiring.ts). What
 * jsdom cannot do (no layout, no popups, no navigation of a loaded page) is listed in
 * harness/driver/jsdom/README.md and fails with a message rather than silently. The windows'
 * unhandled promise rejections, which jsdom leaves to the Node process, are page errors of their
 * session here, as in Chromium (jsdom/rejections.ts).
 */
import { JSDOM, type DOMWindow } from 'jsdom';
import { HarnessError } from '../errors.ts';
import { virtualClockScript } from './clock-script.ts';
import {
  outsideEvent,
  type BrowserDriver,
  type DriverEvent,
  type DriverSession,
  type DriverSessionOptions,
  type OutsideAnswer,
  type WindowRole,
} from './driver.ts';
import { isPopupLaunch } from '../trace/launch-mode.ts';
import type { LaunchMode } from '../trace/types.ts';
import { describe, virtualConsoleFor } from './jsdom/console.ts';
import { claimRejections, realmOf } from './jsdom/rejections.ts';
import { RoutingResourceLoader, routeOf } from './jsdom/resource-loader.ts';
import { promptToUnload, unloadAll } from './jsdom/unload.ts';
import { wireWindow, type WiringContext } from './jsdom/window-wiring.ts';

class JsdomSession implements DriverSession {
  private dom: JSDOM | undefined;
  private closed = false;
  private unloading = false;
  private disposed = false;
  private readonly wiring: WiringContext;
  private readonly loader: RoutingResourceLoader;

  constructor(
    private readonly options: DriverSessionOptions,
    clockScript: string,
    private readonly forget: () => void,
    adopt: (window: DOMWindow, session: JsdomSession) => void,
    signal: AbortSignal,
  ) {
    const net = { lmsOrigin: options.lmsOrigin, outside: this.outside, signal };
    this.wiring = {
      options,
      clockScript,
      net,
      unloading: () => this.unloading,
      adopt: (window) => adopt(window, this),
    };
    this.loader = new RoutingResourceLoader({
      ...net,
      frame: (window, url) => {
        wireWindow(window, this.wiring, true);
        if (url !== 'about:blank') {
          this.emit({ kind: 'navigation', url, topLevel: false, window: 'main' });
        }
      },
    });
  }

  private emit(event: DriverEvent): void {
    this.options.onEvent(event);
  }

  /**
   * A promise of one of the session's windows was rejected and nobody handled it: Chromium's
   * "Uncaught (in promise)" page error. Once the session is disposed its windows are gone, as a
   * closed browser context's are, and nothing is reported.
   */
  rejected(reason: unknown): void {
    if (!this.disposed)
      this.emit({ kind: 'page-error', text: `Uncaught (in promise) ${describe(reason)}` });
  }

  private readonly outside = (
    method: string,
    url: string,
    requestBody?: string,
    sentAt?: number,
  ): OutsideAnswer => {
    const answer = this.options.answerOutside(method, url);
    this.emit(outsideEvent({ method, url, requestBody, sentAt }, answer));
    return answer;
  };

  private main(): DOMWindow {
    if (!this.dom || this.closed) throw new Error('the main window of this session is closed');
    return this.dom.window;
  }

  async goto(url: string): Promise<void> {
    this.shut();
    let html = '';
    if (url !== 'about:blank') {
      if (routeOf(url, this.options.lmsOrigin) !== 'lms') {
        throw new Error(`the jsdom driver opens LMS pages only, not ${url}`);
      }
      const response = await fetch(url);
      if (!response.ok) throw new Error(`navigation to ${url} failed: HTTP ${response.status}`);
      html = await response.text();
      this.emit({ kind: 'navigation', url, topLevel: true, window: 'main' });
    }
    const loaded = new Promise<void>((resolve) => {
      this.dom = new JSDOM(html, {
        url,
        runScripts: 'dangerously',
        pretendToBeVisual: true,
        // jsdom 27 takes a ResourceLoader here; its types (jsdom 30) no longer describe one.
        resources: this.loader as unknown as 'usable',
        virtualConsole: virtualConsoleFor((event) => this.emit(event)),
        beforeParse: (window) => {
          wireWindow(window, this.wiring, false);
          window.addEventListener('load', () => resolve());
        },
      });
    });
    this.closed = false;
    this.unloading = false;
    await loaded;
    // An LMS page holds its content until asked (see page-protocol.ts); other pages have no such hook.
    const open = this.main().__harnessOpenContent as (() => Promise<void>) | undefined;
    if (typeof open === 'function') await open();
  }

  async evaluate<T>(expression: string): Promise<T> {
    return (await (this.main().eval(expression) as unknown)) as T;
  }

  openPopup(): Promise<void> {
    return Promise.reject(
      new HarnessError({
        code: 'CONFIG_INVALID',
        message: 'the jsdom driver cannot open popup windows',
        hint: "launch in 'frameset' or 'nested:N' mode, or use the chromium driver for popups",
      }),
    );
  }

  async tick(ms: number): Promise<number> {
    const clock = this.main().__harnessVirtualClock as { tick(ms: number): Promise<number> };
    return clock.tick(ms);
  }

  async closeWindow(role: WindowRole): Promise<void> {
    // jsdom never opens popups, so only the main window can be closed.
    if (role !== 'main' || !this.dom || this.closed) return;
    const top = this.main();
    if (!promptToUnload(top, this.options.dialogs.beforeunload, (e) => this.emit(e))) return;
    this.unloading = true;
    unloadAll(top);
    // Let the pages' queued microtasks (the LMS page's bridge flush) run before the window goes.
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.shut();
    this.emit({ kind: 'window-closed', window: 'main' });
  }

  async crash(): Promise<void> {
    if (!this.dom || this.closed) return;
    this.shut();
    this.emit({
      kind: 'crash',
      detail: 'the main window was killed (simulated by the jsdom driver)',
    });
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.shut();
    this.forget();
  }

  /** Closes every window of the session without running any page handler. */
  private shut(): void {
    if (this.dom && !this.closed) this.dom.window.close();
    this.closed = true;
  }
}

class JsdomDriver implements BrowserDriver {
  private readonly sessions = new Set<JsdomSession>();
  /** Each window's `Promise.prototype` to the session the window belongs to. */
  private readonly realms = new WeakMap<object, JsdomSession>();
  /** Every window's requests to the LMS: what is in flight when the driver closes is aborted. */
  private readonly inFlight = new AbortController();
  private readonly stopClaiming = claimRejections((promise, reason) => {
    const realm = realmOf(promise);
    const session = realm ? this.realms.get(realm) : undefined;
    session?.rejected(reason);
    return session !== undefined;
  });

  async openSession(options: DriverSessionOptions): Promise<DriverSession> {
    const session: JsdomSession = new JsdomSession(
      options,
      await virtualClockScript(options.clockStart),
      () => this.sessions.delete(session),
      (window, owner) => this.realms.set(window.Promise.prototype as object, owner),
      this.inFlight.signal,
    );
    this.sessions.add(session);
    return session;
  }

  unsupportedLaunch(mode: LaunchMode): string | undefined {
    return isPopupLaunch(mode) ? 'popup launches need chromium (jsdom has no popups)' : undefined;
  }

  async close(): Promise<void> {
    await Promise.all([...this.sessions].map((session) => session.dispose()));
    this.inFlight.abort();
    // Node reports a rejection once the microtasks of its macrotask have run: the aborted
    // requests' rejections reach the claim before it stops.
    for (let i = 0; i < 2; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
    this.stopClaiming();
  }
}

/** The jsdom driver; cheap to start (no browser process), one per run like the Chromium one. */
export async function launchJsdomDriver(): Promise<BrowserDriver> {
  return new JsdomDriver();
}
