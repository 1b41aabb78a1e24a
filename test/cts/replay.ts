/**
 * Replays a CTS test case against a SCORM 2004 API, playing the LMS around it the way the ADL
 * test SCOs and a conformant LMS do:
 * - each visit is one launch of its activity's SCO with the manifest's launch state; a later
 *   visit of the same activity resumes from the previous `persistedState()` (the runtime decides
 *   entry and attempt from it, scorm-runtime.md#entry-exit-2004);
 * - after its commands the test SCO always calls Terminate("") (result not judged);
 * - adl.data buckets live in the LMS: system-wide when the organization's
 *   sharedDataGlobalToSystem is true, else per package attempt; what a session wrote is read back
 *   from its persisted `adl.data.n.store` (scorm-runtime.md#adl-data);
 * - an exitAll/abandonAll request ends the package attempt: its activities and its non-global
 *   buckets start afresh on the next launch.
 * GetValue of adl.nav.request_valid.* asks the sequencer about other activities; those commands
 * are judged (leniently, as ADL does) but counted apart as sequencing.
 */
import type { ExpandedCommand } from './expand.ts';
import { judge, type Observed, type Verdict } from './evaluate.ts';
import type { ManifestActivity, ManifestLaunchOptions } from './manifest.ts';
import type { CtsCommand, CtsTestCase } from './test-case.ts';

/** The persisted state as the runtime contract defines it (only what the LMS side reads). */
export interface CtsPersistedState {
  data: Record<string, string>;
}

export interface CtsLaunch<S extends CtsPersistedState> extends ManifestLaunchOptions {
  learnerId: string;
  learnerName: string;
  sharedData: { targetId: string; read: boolean; write: boolean; value?: string }[];
  resume?: S;
}

/** The SCORM 2004 API surface the replay drives, plus the contract's persistedState(). */
export interface CtsApi<S extends CtsPersistedState> {
  Initialize(param: string): string;
  Terminate(param: string): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(param: string): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
  persistedState(): S;
}

export type CommandCategory = 'rte' | 'sequencing';

export interface CommandResult {
  testCase: string;
  visit: string;
  command: CtsCommand;
  /** The element passed, `&id&` resolved; undefined when the id was not found. */
  element: string | undefined;
  category: CommandCategory;
  /** What the API returned and GetLastError said; undefined when the call was not made. */
  observed: Observed | undefined;
  verdict: Verdict;
}

export const CTS_LEARNER = { id: 'cts-learner-01', name: 'CTS Learner' } as const;

const ENDS_PACKAGE_ATTEMPT = new Set(['exitAll', 'abandonAll']);

export function replayTestCase<S extends CtsPersistedState>(
  testCase: CtsTestCase,
  activities: readonly ManifestActivity[],
  createApi: (launch: CtsLaunch<S>) => CtsApi<S>,
): CommandResult[] {
  const results: CommandResult[] = [];
  const resumes = new Map<string, S>();
  const stores = new Map<string, Map<string, string>>();
  for (const visit of testCase.visits) {
    const activity = activities.find((a) => a.activity === visit.activity);
    if (!activity) {
      throw new Error(`${testCase.name}: no manifest item has act=${visit.activity}`);
    }
    const key = `${activity.packageId}#${activity.itemId}`;
    const scope = activity.sharedDataGlobal ? '' : activity.packageId;
    const store = stores.get(scope) ?? new Map<string, string>();
    stores.set(scope, store);
    const launch: CtsLaunch<S> = {
      ...activity.options,
      learnerId: CTS_LEARNER.id,
      learnerName: CTS_LEARNER.name,
      sharedData: activity.sharedData.map((map) => {
        const value = store.get(map.targetId);
        return value === undefined ? { ...map } : { ...map, value };
      }),
    };
    const resume = resumes.get(key);
    if (resume) launch.resume = resume;
    const api = createApi(launch);

    let navRequest = '';
    for (const command of visit.commands) {
      const result = replayCommand(testCase.name, visit.name, command, api);
      results.push(result);
      if (isNavRequest(command.call) && result.observed?.value === 'true') {
        navRequest = command.call.value;
      }
    }
    api.Terminate('');
    const persisted = api.persistedState();
    // The persisted data holds each bucket as the session left it (launch value included);
    // a writable bucket missing there was emptied.
    activity.sharedData.forEach((map, n) => {
      if (!map.write) return;
      const value = persisted.data[`adl.data.${n}.store`];
      if (value === undefined) store.delete(map.targetId);
      else store.set(map.targetId, value);
    });
    resumes.set(key, persisted);
    if (ENDS_PACKAGE_ATTEMPT.has(navRequest)) {
      for (const other of activities) {
        if (other.packageId === activity.packageId)
          resumes.delete(`${other.packageId}#${other.itemId}`);
      }
      if (scope !== '') stores.delete(scope);
    }
  }
  return results;
}

function isNavRequest(call: ExpandedCommand): boolean {
  return call.fn === 'SetValue' && call.target === 'adl.nav.request';
}

function replayCommand<S extends CtsPersistedState>(
  testCase: string,
  visit: string,
  command: CtsCommand,
  api: CtsApi<S>,
): CommandResult {
  const { call } = command;
  const element = resolveElement(call, api);
  const category: CommandCategory =
    call.fn === 'GetValue' && call.target.startsWith('adl.nav.request_valid.')
      ? 'sequencing'
      : 'rte';
  const expectedValue =
    call.expected.learner === 'id'
      ? CTS_LEARNER.id
      : call.expected.learner === 'name'
        ? CTS_LEARNER.name
        : call.expected.value;
  if (element === undefined) {
    const verdict = judge(call, undefined, expectedValue, { value: '', error: '' });
    return { testCase, visit, command, element, category, observed: undefined, verdict };
  }
  const observed = { value: invoke(api, call, element), error: api.GetLastError() };
  const verdict = judge(call, element, expectedValue, observed);
  return { testCase, visit, command, element, category, observed, verdict };
}

function invoke<S extends CtsPersistedState>(
  api: CtsApi<S>,
  call: ExpandedCommand,
  element: string,
): string {
  switch (call.fn) {
    case 'SetValue':
      return api.SetValue(element, call.value);
    case 'GetLastError':
      return api.GetLastError();
    default:
      return api[call.fn](element);
  }
}

/** `&id&` → the index of that id, found through GetValue as the ADL applet does. */
function resolveElement<S extends CtsPersistedState>(
  call: ExpandedCommand,
  api: CtsApi<S>,
): string | undefined {
  if (!call.lookup) return call.target;
  const array = call.lookup.kind === 'data' ? 'adl.data' : 'cmi.objectives';
  const count = Number.parseInt(api.GetValue(`${array}._count`), 10);
  for (let n = 0; n < (Number.isNaN(count) ? 0 : count); n++) {
    if (api.GetValue(`${array}.${n}.id`) === call.lookup.id) {
      const [prefix = '', , suffix = ''] = call.target.split('&');
      return `${prefix}${n}${suffix}`;
    }
  }
  return undefined;
}
