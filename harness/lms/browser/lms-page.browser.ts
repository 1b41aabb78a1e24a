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
 *
 * With an LMS profile in the launch config each API object is the spec runtime behind the profile's
 * layer (harness/profiles/page-api.ts); every answer a quirk changes travels as a `deviation` message.
 */
import { Scorm12Api, type Scorm12Options } from '../../../runtime-1.2/index.ts';
import { Scorm2004Api } from '../../../runtime-2004/index.ts';
import { HOOKS_KEY } from '../../driver/browser/exit-watch.browser.ts';
import type { VirtualClock } from '../../driver/browser/shared-clock.browser.ts';
import { pageApi } from '../../profiles/page-api.ts';
import type { ApiFunctions } from '../../profiles/profile-layer.ts';
import type { Deviation } from '../../profiles/types.ts';
import {
  HAND_APIS,
  type LaunchConfig,
  type PageMessage,
  type SinkOpening,
} from '../page-protocol.ts';
import { exitTracker } from './exit-tracker.browser.ts';

type Bridge = (payload: string) => void;
/** Set on a sink window by the LMS page that opened it, so a later launch's page can tell. */
const SINK_MARK = '__harnessSinkOpened';
type Outgoing = PageMessage extends infer M
  ? M extends PageMessage
    ? Omit<M, 'seq'>
    : never
  : never;
interface LmsWindow extends Window {
  __harnessLaunch: LaunchConfig;
  __harnessVirtualClock?: VirtualClock;
  __harnessDrain: () => string;
  __harnessOpenSink: (name: string) => SinkOpening;
  __harnessOpenContent: () => Promise<void>;
  __harnessLaunchButton: () => HTMLElement;
  __harnessPopup: () => Window | null;
  __harnessRetire: () => void;
  API?: Scorm12Api | ApiFunctions;
  API_1484_11?: Scorm2004Api | ApiFunctions;
  [bridge: string]: unknown;
}

const win = window as unknown as LmsWindow;
// A window the driver keeps for the next launch keeps its name across navigations, and content
// may have named it (top.name = …): a launch starts with none, as in a window opened for it.
win.name = '';
const config = win.__harnessLaunch;
const buffer: PageMessage[] = [];
let seq = 0;
let scheduled = false;
let dismissed = false;
/** The launch is over: what the page or its content still says is not this launch's (see retire). */
let retired = false;
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
  if (retired) return;
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

let stallDue = false;
/**
 * slow-calls: the call takes `ms` of virtual time. A synchronous-XHR LMS freezes the page, so the
 * clocks (Date, performance.now, the trace's t) jump by `ms` while no timer runs; timers that came
 * due meanwhile fire once the content's task is over, each at most once, as a browser runs overdue
 * timers after a long task. Virtual, not a real busy-wait: a profile of 2 s a call would otherwise
 * cost minutes of real time per launch and show nothing in the trace. Not fake-timers' tick or
 * jump during the call (timers would run inside the API call), nor setSystemTime (it postpones
 * every pending timer, so a 60 s heartbeat would drift by each interval's stalls).
 */
function stall(ms: number): void {
  const virtual = win.__harnessVirtualClock;
  if (!virtual) return;
  virtual.clock.now += ms;
  if (stallDue) return;
  stallDue = true;
  queueMicrotask(() => {
    stallDue = false;
    virtual.clock.jump(0);
  });
}

const onDeviation = (api: '1.2' | '2004') => (deviation: Deviation, t: number) =>
  send({ ...deviation, type: 'deviation', api, t });

const apis: Pick<LmsWindow, 'API' | 'API_1484_11'> = {};
if (config.apis.includes('1.2')) {
  apis.API = pageApi({
    profile: config.profile,
    version: '1.2',
    options: config.options12 ?? {},
    clock,
    observer: observer('1.2'),
    onDeviation: onDeviation('1.2'),
    stall,
    construct: (options) => new Scorm12Api(options),
  });
}
if (config.apis.includes('2004')) {
  apis.API_1484_11 = pageApi({
    profile: config.profile,
    version: '2004',
    options: config.options2004 ?? {},
    clock,
    observer: observer('2004'),
    onDeviation: onDeviation('2004'),
    stall,
    construct: (options) => new Scorm2004Api(options),
  });
}
// On this window, or (apiWindowDepth) on the frame that asks for them as it loads (lms-pages.ts).
if (config.apiWindowDepth) {
  Object.defineProperty(win, HAND_APIS, {
    value: (frame: Window) => Object.assign(frame, apis),
    enumerable: false,
  });
} else Object.assign(win, apis);

win.__harnessDrain = () => JSON.stringify(buffer.splice(0));
win.__harnessOpenSink = (name) => {
  // A window of its own, not a tab: a tab would hide the LMS window (visibilityState "hidden").
  // With no URL, an open window of that name is handed back as it is: in a browser context kept
  // from an earlier launch, that launch's sink serves this one too (a new window per launch cost
  // Chromium's browser process about 0.13 s of CPU; see puppeteer-driver.ts).
  sink = window.open('', name, 'popup,width=80,height=60');
  if (sink === null) return 'none';
  const marked = sink as unknown as Record<string, unknown>;
  if (marked[SINK_MARK] === true) return 'reused';
  marked[SINK_MARK] = true;
  return 'opened';
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
/**
 * The content's popup, for the harness to read and drive. Not window.open('', name): Chromium
 * makes the caller the popup's opener then, and the content would find a different API window.
 */
win.__harnessPopup = () => hooks.popup();

/**
 * Resolves once the content frame has loaded (at once in popup mode: the learner opens it; in
 * popup:N, once the frames down to the launcher page have).
 */
function openContent(): Promise<void> {
  if (config.mode === 'popup') {
    const button = document.getElementById('launch');
    button?.addEventListener('click', () => void window.open(config.contentUrl, 'sco'));
    return Promise.resolve();
  }
  const frame = document.getElementById('sco') as HTMLIFrameElement | null;
  if (!frame) return Promise.resolve();
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = config.firstFrameUrl;
  });
}

let opened: Promise<void> | undefined;
win.__harnessOpenContent = () => (opened ??= openContent());
/** The popup's Launch button: this page's, or the launcher page's at the bottom of the frames. */
win.__harnessLaunchButton = () => {
  for (let doc: Document | null | undefined = document; doc;) {
    const button = doc.getElementById('launch');
    if (button) return button;
    doc = doc.querySelector('iframe')?.contentDocument;
  }
  throw new Error('the LMS page shows no Launch button');
};
/**
 * The driver keeps this window for a later launch: the content frame goes now, so its exit handlers
 * run here (their calls dropped) rather than in the next launch's navigation, and whatever they or
 * this page still send is dropped.
 */
win.__harnessRetire = () => {
  retired = true;
  buffer.length = 0;
  document.getElementById('sco')?.remove();
};
if (!config.holdContent) {
  document.addEventListener('DOMContentLoaded', () => void win.__harnessOpenContent());
}
