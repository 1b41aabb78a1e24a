/**
 * jsdom's ResourceLoader, subclassed so that every subresource a page asks for (scripts, styles,
 * frames) is routed: the LMS origin is fetched over 127.0.0.1, other hosts get the harness's local
 * answer or are blocked, and no other scheme (file:, ftp:, …) is ever read. Frames are announced
 * before their document is parsed, so the driver can wire the new window ahead of its scripts.
 *
 * Installed jsdom is 27 (ResourceLoader API); @types/jsdom describes jsdom 30, which replaced it,
 * so the small part used here is typed locally.
 */
import { createRequire } from 'node:module';
import type { DOMWindow } from 'jsdom';
import type { OutsideAnswer } from '../driver.ts';

interface LoaderFetchOptions {
  element?: { localName: string; contentWindow?: DOMWindow | null };
  referrer?: string;
}
type Fetched = Promise<Buffer> & { abort(): void };
interface BaseLoader {
  fetch(url: string, options: LoaderFetchOptions): Fetched | null;
}
type BaseLoaderClass = new (options?: { userAgent?: string }) => BaseLoader;

const { ResourceLoader } = createRequire(import.meta.url)('jsdom') as {
  ResourceLoader: BaseLoaderClass;
};

/** Where a URL goes, seen from a session whose LMS is at `lmsOrigin`. */
export type Route = 'lms' | 'data' | 'outside' | 'refused';

export function routeOf(url: string, lmsOrigin: string): Route {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'refused';
  }
  if (parsed.protocol === 'data:') return 'data';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'refused';
  return parsed.origin === lmsOrigin ? 'lms' : 'outside';
}

export interface LoaderHooks {
  lmsOrigin: string;
  /** A frame is about to load `url` into `window` (a fresh window, no document parsed yet). */
  frame(window: DOMWindow, url: string): void;
  /** Answers (and records) a request to another host; null blocks it. */
  outside(method: string, url: string): OutsideAnswer;
}

function settled(result: Promise<Buffer>): Fetched {
  return Object.assign(result, { abort: () => undefined });
}

// A Chromium-like user agent: content that sniffs for jsdom should not behave differently here.
const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 scorm-harness-jsdom';

export class RoutingResourceLoader extends ResourceLoader {
  constructor(private readonly hooks: LoaderHooks) {
    super({ userAgent: USER_AGENT });
  }

  override fetch(url: string, options: LoaderFetchOptions): Fetched | null {
    const element = options.element;
    const frame = element && (element.localName === 'iframe' || element.localName === 'frame');
    if (frame && element.contentWindow) this.hooks.frame(element.contentWindow, url);
    const route = routeOf(url, this.hooks.lmsOrigin);
    if (route === 'lms' || route === 'data') return super.fetch(url, options);
    if (route === 'refused') {
      return settled(Promise.reject(new Error(`the jsdom driver does not load ${url}`)));
    }
    const answer = this.hooks.outside('GET', url);
    if (!answer) return settled(Promise.reject(new Error(`blocked by the harness: ${url}`)));
    if (answer.status < 200 || answer.status > 299) {
      return settled(Promise.reject(new Error(`${url} answered ${answer.status}`)));
    }
    return settled(Promise.resolve(answer.body));
  }
}
