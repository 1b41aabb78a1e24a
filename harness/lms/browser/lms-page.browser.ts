/**
 * The LMS side of the launch page, bundled for the browser. It builds the runtime API object(s)
 * before the content frame exists, reads time from the shared virtual clock, and streams every
 * runtime event to Node through the bridge binding. Calls stay synchronous for the content: events
 * go to a page-side buffer, flushed in a microtask; what could not be sent is left for Node to drain.
 */
import { Scorm12Api, type Scorm12Options } from '../../../runtime-1.2/index.ts';
import { Scorm2004Api, type Scorm2004Options } from '../../../runtime-2004/index.ts';
import type { LaunchConfig, PageMessage } from '../page-protocol.ts';

type Bridge = (payload: string) => void;
interface LmsWindow extends Window {
  __harnessLaunch: LaunchConfig;
  __harnessVirtualClock?: { elapsed(): number };
  __harnessDrain: () => string;
  API?: Scorm12Api;
  API_1484_11?: Scorm2004Api;
  [bridge: string]: unknown;
}

const win = window as unknown as LmsWindow;
const config = win.__harnessLaunch;
const buffer: PageMessage[] = [];
let scheduled = false;
// Once the page is going away a microtask may never run: from then on every event goes out at once.
let unloading = false;

function flush(): void {
  scheduled = false;
  const bridge = win[config.bridgeName] as Bridge | undefined;
  if (typeof bridge !== 'function' || buffer.length === 0) return;
  const batch = buffer.splice(0);
  try {
    bridge(JSON.stringify(batch));
  } catch {
    buffer.unshift(...batch);
  }
}

function send(message: PageMessage): void {
  buffer.push(message);
  if (unloading) flush();
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
win.addEventListener('pagehide', () => {
  unloading = true;
  send({ type: 'unload', t: clock.now() });
});

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
