/** A spec runtime behind a profile layer, with everything the layer reports collected. */
import { Scorm12Api, type RuntimeEvent } from '../../../runtime-1.2/index.ts';
import { Scorm2004Api } from '../../../runtime-2004/index.ts';
import { createProfileLayer, type ApiFunctions } from '../../../harness/profiles/profile-layer.ts';
import type { Deviation, Quirk } from '../../../harness/profiles/types.ts';

export interface Profiled {
  api: ApiFunctions;
  events: RuntimeEvent[];
  deviations: Deviation[];
  stalls: number[];
  clock: { t: number };
}

export function profiled(
  version: '1.2' | '2004',
  quirks: Quirk[],
  options: Record<string, unknown> = {},
): Profiled {
  const events: RuntimeEvent[] = [];
  const deviations: Deviation[] = [];
  const stalls: number[] = [];
  const clock = { t: 0 };
  const layer = createProfileLayer({
    profile: { name: 'test', description: 'test', quirks },
    version,
    observer: (e) => events.push(e),
    onDeviation: (d) => deviations.push(d),
    clock: { now: () => clock.t },
    stall: (ms) => stalls.push(ms),
  });
  const runtimeOptions = { ...layer.runtimeOptions(options), observer: layer.observer };
  const runtime =
    version === '1.2' ? new Scorm12Api(runtimeOptions) : new Scorm2004Api(runtimeOptions);
  return { api: layer.wrap(runtime), events, deviations, stalls, clock };
}

/** Calls `fn` and returns [result, GetLastError] as the content sees them. */
export function ask(p: Profiled, fn: string, ...args: unknown[]): [string, string] {
  const result = p.api[fn]!(...args);
  const lastError = fn.startsWith('LMS') ? 'LMSGetLastError' : 'GetLastError';
  return [result, p.api[lastError]!()];
}
