/**
 * Runs in every frame and window before any content script (with the virtual clock). It tells the
 * LMS page which page-dismissal events each document saw (beforeunload, pagehide,
 * visibilitychange, unload) and when the document's exit handlers have all run, so the harness
 * knows when a closing window has said everything it will say. It also records dialogs Chrome
 * refuses to show during dismissal (they return at once without a dialog), and stamps fetch/XHR
 * requests with the virtual time they were sent at.
 */

/** What the LMS page offers to the frames below it (and to its popups); see lms-page.browser.ts. */
export interface ExitHooks {
  /** Registers a document; returns its id, or undefined when the LMS does not track it. */
  register(win: Window): number | undefined;
  dismissal(id: number, type: DismissalType, persisted: boolean): void;
  /** Every exit handler of the document has run. */
  exited(id: number): void;
  blockedDialog(id: number, kind: string, message: string, during: string): void;
  /** Virtual ms since launch, for stamping requests. */
  now(): number;
  /**
   * A same-origin fetch/XHR is being sent: the LMS page reports it in its message order, so Node
   * places the answer where the page sent it. Returns the request's id within the launch.
   */
  requestSent(method: string, url: string): number;
}

export type DismissalType = 'beforeunload' | 'pagehide' | 'visibilitychange' | 'unload';
export const HOOKS_KEY = '__harnessExit';
/**
 * Header carrying the virtual time a request was sent at; the LMS strips it, and requests for other
 * hosts never leave the harness's proxy (which answers the CORS preflight the header causes).
 */
export const SENT_AT_HEADER = 'X-Harness-Sent-At';

/** The virtual time a SENT_AT_HEADER value carries (what Node reads back off a request). */
export function sentAtOf(header: string | string[] | undefined): number | undefined {
  const t = typeof header === 'string' ? Number(header) : NaN;
  return Number.isFinite(t) ? t : undefined;
}
/** Header carrying a same-origin request's id (see ExitHooks.requestSent); the LMS strips it. */
export const REQUEST_ID_HEADER = 'X-Harness-Request';
const DISMISSAL: readonly DismissalType[] = [
  'beforeunload',
  'pagehide',
  'visibilitychange',
  'unload',
];

function hooksOf(win: Window | null): ExitHooks | undefined {
  try {
    return (win as unknown as Record<string, ExitHooks | undefined> | null)?.[HOOKS_KEY];
  } catch {
    return undefined; // another origin: not part of this launch's LMS
  }
}

function openerOf(win: Window): Window | null {
  try {
    return win.opener as Window | null;
  } catch {
    return null;
  }
}

/** The LMS page's hooks: this window, its ancestors, then the opener's chain (popup content). */
function findHooks(win: Window): ExitHooks | undefined {
  for (let current: Window | null = win; current;) {
    const found = hooksOf(current);
    if (found) return found;
    if (current.parent === current) {
      current = openerOf(current);
    } else current = current.parent;
  }
  return undefined;
}

/**
 * Chrome (and the policy header the harness sends to model unload's deprecation) may disable the
 * unload event; then pagehide and visibilitychange are the last events a document sees.
 */
function unloadAllowed(doc: Document): boolean {
  const policy = (doc as Document & { featurePolicy?: { allowsFeature(f: string): boolean } })
    .featurePolicy;
  return policy ? policy.allowsFeature('unload') : true;
}

function watchDismissal(
  win: Window,
  hooks: () => ExitHooks | undefined,
  id: () => number | undefined,
) {
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  // Per document: a reused Window first sees its initial about:blank go away.
  const fresh = () => ({
    doc: win.document,
    fired: new Set<DismissalType>(),
    exited: false,
    first: true,
  });
  let state = fresh();
  const current = () => (state.doc === win.document ? state : (state = fresh()));
  // Decided when the events come: the document may still be the initial about:blank now.
  const done = ({ fired }: ReturnType<typeof fresh>) =>
    unloadAllowed(win.document)
      ? fired.has('unload')
      : fired.has('pagehide') && fired.has('visibilitychange');
  const markers = new Map<DismissalType, () => void>();
  for (const type of ['pagehide', 'visibilitychange', 'unload'] as const) {
    markers.set(type, () => {
      const now = current();
      now.fired.add(type);
      const key = id();
      if (!now.exited && done(now) && key !== undefined) {
        now.exited = true;
        hooks()?.exited(key);
      }
    });
  }
  // The end markers must run after the content's own handlers: they move to the end of the
  // listener list each time content adds a listener or sets an on-handler for those events.
  // A marker moved while its event is being dispatched would miss that dispatch, so not that one.
  const keepLast = (dispatching?: string) => {
    for (const [type, marker] of markers) {
      if (type === dispatching) continue;
      remove.call(win, type, marker);
      add.call(win, type, marker);
    }
  };
  keepLast();
  Object.defineProperty(win, 'addEventListener', {
    configurable: true,
    writable: true,
    value: function addEventListener(
      this: EventTarget,
      ...args: Parameters<EventTarget['addEventListener']>
    ) {
      add.apply(this, args);
      if (this === win && markers.has(args[0] as DismissalType)) keepLast();
    },
  });
  for (const type of markers.keys()) {
    const name = `on${type}`;
    const proto = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(win) as object, name);
    if (!proto?.set || !proto.get) continue;
    Object.defineProperty(win, name, {
      configurable: true,
      get: () => proto.get!.call(win) as unknown,
      set: (handler: unknown) => {
        proto.set!.call(win, handler);
        keepLast();
      },
    });
  }
  // <body onunload="…"> is parsed after this script; content may add handlers on load.
  // DOMContentLoaded bubbles to the window, whichever document this window ends up showing.
  add.call(win, 'DOMContentLoaded', () => keepLast());
  add.call(win, 'load', () => keepLast());
  for (const type of DISMISSAL) {
    const watch = () =>
      add.call(
        win,
        type,
        (event: Event) => {
          const now = current();
          if (now.first) keepLast(type); // catches handlers set through document.body.on…
          now.first = false;
          const key = id();
          if (key !== undefined) {
            hooks()?.dismissal(key, type, (event as PageTransitionEvent).persisted === true);
          }
        },
        true,
      );
    // Chromium tells the browser a document has a beforeunload handler only when the window's
    // first one is added, and forgets it when a new document commits. A popup's initial
    // about:blank Window is reused for its same-origin page, so a listener added there hid the
    // content's own handler and closing the popup skipped beforeunload (measured): the watch
    // waits for the real document instead.
    if (type === 'beforeunload' && win.location.href === 'about:blank') {
      add.call(win, 'DOMContentLoaded', watch, { once: true });
    } else watch();
  }
}

type DialogFn = (message?: unknown, extra?: unknown) => unknown;

function watchBlockedDialogs(
  win: Window,
  hooks: () => ExitHooks | undefined,
  id: () => number | undefined,
) {
  const target = win as unknown as Record<string, DialogFn>;
  for (const kind of ['alert', 'confirm', 'prompt']) {
    const original = target[kind];
    if (typeof original !== 'function') continue;
    target[kind] = function (this: unknown, ...args: unknown[]) {
      const during = (win as Window & { event?: Event }).event?.type ?? '';
      const result = original.apply(win, args as [unknown, unknown]);
      const key = id();
      if ((DISMISSAL as readonly string[]).includes(during) && key !== undefined) {
        hooks()?.blockedDialog(key, kind, String(args[0] ?? ''), during);
      }
      return result;
    };
  }
}

function sameOrigin(win: Window, url: string): boolean {
  try {
    return new URL(url, win.location.href).origin === win.location.origin;
  } catch {
    return false;
  }
}

/** A request to another http(s) host: the harness's proxy sees it (data:, blob: and the like it never does). */
function outsideHttp(win: Window, url: string): boolean {
  try {
    const parsed = new URL(url, win.location.href);
    const http = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    return http && parsed.origin !== win.location.origin;
  } catch {
    return false;
  }
}

function stampRequests(win: Window, hooks: () => ExitHooks | undefined) {
  const w = win as Window & typeof globalThis;
  const fetch = w.fetch;
  if (typeof fetch === 'function' && typeof w.Request === 'function') {
    w.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
      const request = new w.Request(input, init);
      const found = hooks();
      if (found && sameOrigin(win, request.url)) {
        request.headers.set(SENT_AT_HEADER, String(found.now()));
        const id = found.requestSent(request.method, request.url);
        request.headers.set(REQUEST_ID_HEADER, String(id));
      } else if (found && outsideHttp(win, request.url)) {
        // A no-cors request drops the header without a word: it then gets the harness's time.
        request.headers.set(SENT_AT_HEADER, String(found.now()));
      }
      return fetch.call(win, request);
    };
  }
  const xhr = w.XMLHttpRequest?.prototype;
  if (!xhr) return;
  const open = xhr.open;
  const send = xhr.send;
  const opened = new WeakMap<XMLHttpRequest, { method: string; url: string }>();
  xhr.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    opened.set(this, { method: String(args[0]).toUpperCase(), url: String(args[1]) });
    return (open as (...a: unknown[]) => void).apply(this, args);
  };
  xhr.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const found = hooks();
    const request = opened.get(this);
    if (found && request && sameOrigin(win, request.url)) {
      this.setRequestHeader(SENT_AT_HEADER, String(found.now()));
      const url = new URL(request.url, win.location.href).href;
      this.setRequestHeader(REQUEST_ID_HEADER, String(found.requestSent(request.method, url)));
    } else if (found && request && outsideHttp(win, request.url)) {
      this.setRequestHeader(SENT_AT_HEADER, String(found.now()));
    }
    return send.call(this, body);
  };
}

const INSTALLED = '__harnessExitWatch';

/**
 * Installs the watch once per window. Chromium does not run injected scripts again when a window
 * goes from its initial about:blank to a same-origin page (the Window object is reused, as in a
 * popup opened with window.open(url)), so the watch is installed there too and registers the
 * document once a real one is shown.
 */
export function installExitWatch(): void {
  const win = window as Window & { [INSTALLED]?: true };
  if (win[INSTALLED]) return;
  Object.defineProperty(win, INSTALLED, { value: true, enumerable: false });
  let id: number | undefined;
  const hooks = () => findHooks(win);
  // The LMS page defines its hooks after this script, so registration happens on first need.
  const ensureId = () => {
    if (id === undefined && win.location.href !== 'about:blank') id = hooks()?.register(win);
    return id;
  };
  ensureId();
  EventTarget.prototype.addEventListener.call(win, 'DOMContentLoaded', ensureId);
  watchDismissal(win, hooks, ensureId);
  watchBlockedDialogs(win, hooks, ensureId);
  stampRequests(win, hooks);
}
