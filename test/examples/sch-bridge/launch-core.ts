/**
 * Test helper: builds the bridge (cached), loads its Node core bundle and launches it against a
 * runtime (runtime-1.2 / runtime-2004) and a mock backend, on a fake clock.
 */
import { pathToFileURL } from 'node:url';
import FakeTimers from '@sinonjs/fake-timers';
import { buildBridge } from '../../../examples/sch-bridge/build.ts';
import { Scorm12Api, type PersistedState as State12 } from '../../../runtime-1.2/index.ts';
import { Scorm2004Api, type PersistedState as State2004 } from '../../../runtime-2004/index.ts';
import type { RuntimeEvent as Event12 } from '../../../runtime-1.2/index.ts';
import type { RuntimeEvent as Event2004 } from '../../../runtime-2004/index.ts';
import type {
  ApiErrorRecord,
  BackendClient,
  BridgeViewState as ViewState,
} from '../../../examples/sch-bridge/src/core-entry.ts';

export type Core = typeof import('../../../examples/sch-bridge/src/core-entry.ts');

let core: Promise<Core> | undefined;

/** The built bundle, not the sources: what ships is what is tested. */
export function loadCore(): Promise<Core> {
  core ??= buildBridge({ variant: '2004' }).then(
    (built) => import(pathToFileURL(built.coreModule).href) as Promise<Core>,
  );
  return core;
}

export class RecordingView {
  states: ViewState[] = [];
  private waiters: Array<() => void> = [];

  render(state: ViewState): void {
    this.states.push(state);
    if (state.pending === 0) for (const w of this.waiters.splice(0)) w();
  }

  get last(): ViewState {
    const last = this.states.at(-1);
    if (!last) throw new Error('nothing rendered');
    return last;
  }

  /** Resolves once no backend call is in flight (waits on I/O, never on a timer). */
  idle(): Promise<void> {
    if (this.states.length > 0 && this.last.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

export type Version = '1.2' | '2004';
export type AnyState = State12 | State2004;
export type AnyEvent = Event12 | Event2004;

export interface LaunchOptions {
  backendUrl: string;
  resume?: AnyState;
  launchSid?: string;
  /** Lets a test slow down or break backend calls. */
  wrapBackend?: (client: BackendClient) => BackendClient;
}

export async function launch(version: Version, options: LaunchOptions) {
  const { SchBridge, connect, createBackendClient } = await loadCore();
  const clock = FakeTimers.createClock(0);
  const now = { now: () => clock.now };
  const events: AnyEvent[] = [];
  const common = { clock: now, learnerId: 'learner-1', learnerName: 'Ada' };
  const api =
    version === '1.2'
      ? new Scorm12Api({
          ...common,
          observer: (e) => events.push(e),
          resume: options.resume as State12,
        })
      : new Scorm2004Api({
          ...common,
          observer: (e) => events.push(e),
          resume: options.resume as State2004,
          completionSetByContent: true,
          objectiveSetByContent: true,
        });
  const apiErrors: ApiErrorRecord[] = [];
  const view = new RecordingView();
  const bridge = new SchBridge(
    {
      lms: connect(version, api as unknown as Record<string, unknown>, (e) => apiErrors.push(e)),
      backend: (options.wrapBackend ?? ((client) => client))(
        createBackendClient(options.backendUrl, (url, init) => fetch(url, init)),
      ),
      clock: now,
      timers: {
        setInterval: (fn, ms) => clock.setInterval(fn, ms),
        clearInterval: (handle) =>
          clock.clearInterval(handle as ReturnType<typeof clock.setInterval>),
      },
      view,
      launchSid: options.launchSid,
    },
    apiErrors,
  );
  return { api, bridge, view, events, apiErrors, clock };
}

/** Data calls only (GetLastError & co. are support calls). */
export function calls(events: AnyEvent[]): string[] {
  return events.flatMap((e) => (e.type === 'call' ? [`${e.fn}(${e.args.join(',')})`] : []));
}
