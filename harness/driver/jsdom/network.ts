/**
 * The network of a jsdom window, made to behave like the Chromium driver's: jsdom has no `fetch`
 * and no `navigator.sendBeacon`, and its XMLHttpRequest and WebSocket would reach any host. Here
 * fetch and sendBeacon go to the LMS over 127.0.0.1 (with the page as Referer, so the LMS knows the
 * session), XMLHttpRequest keeps jsdom's own implementation but requests to other hosts are turned
 * into the harness's local answer (or a network error when blocked), and WebSockets are refused.
 */
import type { DOMWindow } from 'jsdom';
import { SENT_AT_HEADER } from '../browser/exit-watch.browser.ts';
import { CLOCK_KEY, type VirtualClock } from '../browser/shared-clock.browser.ts';
import type { OutsideAnswer } from '../driver.ts';
import { routeOf } from './resource-loader.ts';

export interface NetworkContext {
  lmsOrigin: string;
  /**
   * Answers (and records) a request to another host; null blocks it. `sentAt`: the virtual time a
   * fetch or XHR was sent at, as Chromium's proxy reads it off the request (exit-watch.browser.ts).
   */
  outside(method: string, url: string, requestBody?: string, sentAt?: number): OutsideAnswer;
  /**
   * Aborted when the driver closes: a request still in flight then fails in its window while the
   * driver still claims that window's rejections (rejections.ts), not later, when the LMS drops
   * the connection and nobody claims them any more (that ended the whole process).
   */
  signal: AbortSignal;
}

interface FetchInit {
  method?: string;
  headers?: unknown;
  body?: unknown;
}

/** The bodies Node's fetch can send for a page; other kinds fail loudly instead of going out wrong. */
function bodyOf(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (Object.prototype.toString.call(body) === '[object URLSearchParams]') return String(body);
  throw new TypeError(
    'the jsdom driver sends only string or URLSearchParams bodies; use the chromium driver for Blob, FormData or ArrayBuffer bodies',
  );
}

/** Virtual ms since launch: the content calls fetch and XHR synchronously, so now is when it sent. */
function now(window: DOMWindow): number | undefined {
  return (window as unknown as Record<string, VirtualClock | undefined>)[CLOCK_KEY]?.elapsed();
}

/**
 * The virtual time an LMS request was sent at, for the LMS to place it (as Chromium's exit watch
 * stamps it): a reply that comes after virtual time moved on is still placed at its sending.
 */
function stampSentAt(window: DOMWindow, set: (name: string, value: string) => void): void {
  const sent = now(window);
  if (sent !== undefined) set(SENT_AT_HEADER, String(sent));
}

function urlOf(input: unknown, base: string): string {
  const raw =
    typeof input === 'object' && input !== null && 'url' in input
      ? String((input as { url: unknown }).url)
      : String(input);
  return new URL(raw, base).href;
}

function installFetch(
  window: DOMWindow,
  net: NetworkContext,
): (input: unknown, init?: FetchInit) => Promise<Response> {
  const send = async (input: unknown, init: FetchInit = {}): Promise<Response> => {
    const url = urlOf(input, window.location.href);
    const method = (init.method ?? 'GET').toUpperCase();
    const body = bodyOf(init.body);
    const route = routeOf(url, net.lmsOrigin);
    if (route === 'lms' || route === 'data') {
      const headers = new Headers(init.headers as HeadersInit | undefined);
      if (route === 'lms') {
        headers.set('referer', window.location.href);
        stampSentAt(window, (name, value) => headers.set(name, value));
      }
      if (typeof init.body === 'object' && init.body !== null && !headers.has('content-type')) {
        headers.set('content-type', 'application/x-www-form-urlencoded;charset=UTF-8');
      }
      return fetch(url, {
        method,
        headers,
        signal: net.signal,
        ...(body !== undefined ? { body } : {}),
      });
    }
    const answer = route === 'outside' ? net.outside(method, url, body, now(window)) : null;
    if (!answer) throw new window.TypeError('Failed to fetch');
    return new Response(new Uint8Array(answer.body), {
      status: answer.status,
      headers: { 'content-type': answer.contentType },
    });
  };
  // The content awaits a promise of its own realm, as it would in a browser.
  const shim = (input: unknown, init?: FetchInit): Promise<Response> =>
    new window.Promise<Response>((resolve, reject) => send(input, init).then(resolve, reject));
  window.fetch = shim;
  return shim;
}

function installBeacon(window: DOMWindow, fetchShim: ReturnType<typeof installFetch>): void {
  Object.defineProperty(window.navigator, 'sendBeacon', {
    configurable: true,
    value(url: unknown, data?: unknown): boolean {
      try {
        bodyOf(data);
      } catch {
        return false;
      }
      fetchShim(url, { method: 'POST', body: data }).catch(() => undefined);
      return true;
    },
  });
}

function installXhrRouting(window: DOMWindow, net: NetworkContext): void {
  const proto = window.XMLHttpRequest.prototype as XMLHttpRequest & {
    open(method: string, url: unknown, ...rest: unknown[]): void;
  };
  const open = proto.open;
  const send = proto.send;
  const toLms = new WeakSet<XMLHttpRequest>();
  proto.open = function (this: XMLHttpRequest, method: string, url: unknown, ...rest: unknown[]) {
    const absolute = new URL(String(url), window.location.href).href;
    const route = routeOf(absolute, net.lmsOrigin);
    if (route === 'lms') toLms.add(this);
    else toLms.delete(this);
    let target = absolute;
    if (route === 'outside' || route === 'refused') {
      const answer =
        route === 'outside'
          ? net.outside(method.toUpperCase(), absolute, undefined, now(window))
          : null;
      // A data: URL is answered inside jsdom; a malformed one ("data:") is a network error.
      target = answer
        ? `data:${answer.contentType};base64,${answer.body.toString('base64')}`
        : 'data:';
    }
    open.call(this, method, target, ...rest);
  } as typeof proto.open;
  proto.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    if (toLms.has(this)) stampSentAt(window, (name, value) => this.setRequestHeader(name, value));
    send.call(this, body);
  };
}

function refuseWebSockets(window: DOMWindow, net: NetworkContext): void {
  const refused = function WebSocket(url: unknown): never {
    net.outside('GET', String(url));
    throw new window.DOMException('the jsdom driver does not open WebSockets', 'SecurityError');
  };
  (window as { WebSocket: unknown }).WebSocket = refused;
}

/**
 * `frame` is false for the LMS page itself: it reports through the bridge function and turns to
 * sendBeacon only where it has one, and in jsdom the bridge stays synchronous through unload, so
 * the LMS page is left without a beacon that would race the end of the session.
 */
export function installNetwork(window: DOMWindow, net: NetworkContext, frame: boolean): void {
  const fetchShim = installFetch(window, net);
  if (frame) installBeacon(window, fetchShim);
  installXhrRouting(window, net);
  refuseWebSockets(window, net);
}
