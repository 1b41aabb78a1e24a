/**
 * The LMS side of the launch page, bundled for the browser. It builds the runtime API object(s)
 * before the content frame exists, reads time from the shared virtual clock, and streams every
 * runtime event to Node. Calls stay synchronous for the content: events go to a page-side buffer,
 * flushed through the bridge binding in a microtask. Once the page is being dismissed the binding no
 * longer reaches Node (measured in Chromium 156: calls from an unloading document are dropped).
 * Beacons are not enough either: Chromium gives a closing page's exit handlers a bounded real time
 * (measured: about half a second), then cuts the page off from the network, so a slow handler's
 * beacons were lost under load. So the driver gives the page a sink: a blank window it opens on the
 * same origin, which lives on in the same renderer after this window closes. Each event of the
 * dismissal is handed to the sink's own binding by a synchronous call, which no timeout can cut.
 * Without a sink (jsdom), events go by navigator.sendBeacon. Every message carries a sequence
 * number, so Node puts the ways back in order.
 */
import { Scorm12Api, type Scorm12Options } from '../../../runtime-1.2/index.ts';
import { Scorm2004Api, type Scorm2004Options } from '../../../runtime-2004/index.ts';
import { HOOKS_KEY } from '../../driver/browser/exit-watch.browser.ts';
import type { LaunchConfig, PageMessage } from '../page-protocol.ts';
import { exitTracker } from './exit-tracker.browser.ts';

type Bridge = (payload: string) => void;
type Outgoing = PageMessage extends infer M
  ? M extends PageMessage
    ? Omit<M, 'seq'>
    : never
  : never;
interface LmsWindow extends Window {
  __harnessLaunch: LaunchConfig;
  __harnessVirtualClock?: { elapsed(): number };
  __harnessDrain: () => string;
  __harnessOpenSink: (name: string) => boolean;
  API?: Scorm12Api;
  API_1484_11?: Scorm2004Api;
  [bridge: string]: unknown;
}

const win = window as unknown as LmsWindow;
const config = win.__harnessLaunch;
const buffer: PageMessage[] = [];
let seq = 0;
let scheduled = false;
let dismissed = false;
let sink: Window | null = null;
// A beacon's body is capped by the browser (64 KiB in flight); larger batches go in several.
const BEACON_LIMIT = 60_000;

function viaBinding(batch: PageMessage[]): boolean {
  const bridge = win[config.bridgeName] as Bridge | undefined;
  if (typeof bridge !== 'function') return false;
  try {
    bridge(JSON.stringify(batch));
    return true;
  } catch {
    return false;
  }
}

function viaSink(batch: PageMessage[]): boolean {
  try {
    const bridge = sink && !sink.closed ? (sink as unknown as LmsWindow)[config.bridgeName] : null;
    if (typeof bridge !== 'function') return false;
    (bridge as Bridge)(JSON.stringify(batch));
    return true;
  } catch {
    return false;
  }
}

function viaBeacon(batch: PageMessage[]): boolean {
  if (typeof navigator.sendBeacon !== 'function') return false;
  let chunk: PageMessage[] = [];
  let size = 2;
  const post = () =>
    chunk.length === 0 || navigator.sendBeacon(config.beaconUrl, JSON.stringify(chunk));
  for (const message of batch) {
    const length = JSON.stringify(message).length + 1;
    if (size + length > BEACON_LIMIT && !post()) return false;
    if (size + length > BEACON_LIMIT) [chunk, size] = [[], 2];
    chunk.push(message);
    size += length;
  }
  return post();
}

function flush(): void {
  scheduled = false;
  if (buffer.length === 0) return;
  const batch = buffer.splice(0);
  // Without sendBeacon (jsdom) the binding still works during dismissal.
  const sent = dismissed
    ? viaSink(batch) || viaBeacon(batch) || viaBinding(batch)
    : viaBinding(batch);
  if (sent) return;
  buffer.unshift(...batch); // left for Node to drain
}

function send(message: Outgoing): void {
  buffer.push({ ...message, seq: seq++ } as PageMessage);
  if (dismissed) flush();
  else if (!scheduled) {
    scheduled = true;
    queueMicrotask(flush);
  }
}

const clock = { now: () => win.__harnessVirtualClock?.elapsed() ?? 0 };
const observer =
  (api: '1.2' | '2004') => (event: Parameters<NonNullable<Scorm12Options['observer']>>[0]) =>
    send(event.type === 'call' ? { ...event, type: 'api', api } : { ...event, api });

if (config.apis.includes('1.2')) {
  win.API = new Scorm12Api({ ...(config.options12 ?? {}), clock, observer: observer('1.2') });
}
if (config.apis.includes('2004')) {
  const options: Scorm2004Options = {
    ...(config.options2004 ?? {}),
    clock,
    observer: observer('2004'),
  };
  win.API_1484_11 = new Scorm2004Api(options);
}

win.__harnessDrain = () => JSON.stringify(buffer.splice(0));
win.__harnessOpenSink = (name) => {
  // A window of its own, not a tab: a tab would hide the LMS window (visibilityState "hidden").
  sink = window.open('', name, 'popup,width=80,height=60');
  return sink !== null;
};
const hooks = exitTracker({
  lms: win,
  nestPath: config.nestPath,
  send,
  now: clock.now,
  onLmsPagehide: () => (dismissed = true),
});
// The exit watch injected in this page registers it on DOMContentLoaded, like every other document.
Object.defineProperty(win, HOOKS_KEY, { value: hooks, enumerable: false });

function openContent(): void {
  if (config.mode === 'popup') {
    const button = document.getElementById('launch');
    button?.addEventListener('click', () => void window.open(config.contentUrl, 'sco'));
    return;
  }
  const frame = document.getElementById('sco') as HTMLIFrameElement | null;
  if (frame) frame.src = config.firstFrameUrl;
}

document.addEventListener('DOMContentLoaded', openContent);
