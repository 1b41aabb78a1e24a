/**
 * The live panel beside the LMS frame: every API call of this SCO's launches as the serve LMS
 * receives it (value, result, error code and string), the current data model read from the
 * runtime in the LMS frame (the last persisted one once the SCO is closed), and the buttons that
 * suspend, relaunch and reset the attempt. Reading the model uses the runtime's snapshot(), not
 * GetValue, so the panel never adds calls of its own to what it shows.
 */
import { ERROR_STRINGS } from '../../../runtime-1.2/index.ts';
import { errorStrings } from '../../../runtime-2004/index.ts';
import type { PageMessage } from '../../lms/page-protocol.ts';
import type { HubEvent } from '../hub.ts';
import type { PlayerInfo } from '../pages.ts';

interface RuntimeLike {
  snapshot(): Record<string, string>;
}
interface LmsFrameWindow extends Window {
  API?: RuntimeLike;
  API_1484_11?: RuntimeLike;
}

const info = (window as unknown as { __serve: PlayerInfo }).__serve;
const frame = document.getElementById('lms') as HTMLIFrameElement;
const calls = document.querySelector('#calls tbody') as HTMLTableSectionElement;
const model = document.querySelector('#model tbody') as HTMLTableSectionElement;
const modelTitle = document.getElementById('model-title')!;
const status = document.getElementById('status')!;
const strings: Readonly<Record<string, string>> =
  info.version === '1.2' ? ERROR_STRINGS : errorStrings;

let launches = 0;
let live = false;
let currentLaunch = 0;
let lastPersisted: Record<string, string> | undefined;

function cell(row: HTMLTableRowElement, text: string): void {
  row.insertCell().textContent = text;
}

function runtime(): RuntimeLike | undefined {
  if (!live) return undefined;
  try {
    const win = frame.contentWindow as LmsFrameWindow | null;
    return win?.API ?? win?.API_1484_11;
  } catch {
    return undefined;
  }
}

function showModel(): void {
  const api = runtime();
  const data = api ? api.snapshot() : lastPersisted;
  modelTitle.textContent = api
    ? 'Data model (current)'
    : data
      ? 'Data model (as the LMS persisted it)'
      : 'Data model';
  model.replaceChildren();
  for (const [element, value] of Object.entries(data ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const row = model.insertRow();
    row.dataset.element = element;
    cell(row, element);
    cell(row, value);
  }
  const entry = data?.['cmi.core.entry'] ?? data?.['cmi.entry'];
  if (api) status.textContent = `launch ${launches} running · entry "${entry ?? ''}"`;
}

function addCall(event: HubEvent, message: Extract<PageMessage, { type: 'api' }>): void {
  if (event.launch !== currentLaunch) {
    currentLaunch = event.launch;
    const row = calls.insertRow();
    row.className = 'launch';
    const only = row.insertCell();
    only.colSpan = 5;
    only.textContent = `launch ${event.launch}`;
  }
  const row = calls.insertRow();
  row.className = message.result === 'false' ? 'false' : 'call';
  cell(row, String(message.seq));
  cell(row, String(message.t));
  cell(row, `${message.fn}(${message.args.map((a) => JSON.stringify(a)).join(', ')})`);
  cell(row, JSON.stringify(message.result));
  cell(row, `${message.error} ${strings[message.error] ?? ''}`.trim());
  row.scrollIntoView({ block: 'nearest' });
}

function onEvent(event: HubEvent): void {
  if (event.sco !== info.sco) return;
  const { message } = event;
  if (message.type === 'api') addCall(event, message);
  if (message.type === 'commit') lastPersisted = message.state.data;
  showModel();
}

function launch(): void {
  launches += 1;
  live = true;
  status.textContent = `launching (launch ${launches})…`;
  frame.src = `/launch/${info.sco}?n=${launches}`;
}

/** Navigates the LMS frame away: the content's exit handlers run, the LMS keeps what they saved. */
function leave(): Promise<void> {
  live = false;
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = '/__serve/suspended';
  });
}

document.getElementById('suspend')!.addEventListener('click', () => {
  if (!live) return;
  void leave().then(() => {
    status.textContent = `suspended after launch ${launches}; relaunch to resume`;
    showModel();
  });
});
document.getElementById('relaunch')!.addEventListener('click', () => {
  void (live ? leave() : Promise.resolve()).then(launch);
});
document.getElementById('reset')!.addEventListener('click', () => {
  void (live ? leave() : Promise.resolve())
    .then(() => fetch(`/sco/${info.sco}/reset`, { method: 'POST' }))
    .then(() => {
      calls.replaceChildren();
      currentLaunch = 0;
      lastPersisted = undefined;
      launch();
    });
});
frame.addEventListener('load', () => {
  if (live) showModel();
});

const events = new EventSource('/__serve/events');
events.addEventListener('message', (e: MessageEvent<string>) =>
  onEvent(JSON.parse(e.data) as HubEvent),
);
events.addEventListener('open', launch, { once: true });
