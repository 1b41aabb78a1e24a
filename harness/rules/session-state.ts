/**
 * What the rules share about the session so far, updated once per event after every rule has
 * seen it: the API phase of each version (ref: scorm-runtime.md#state-model-12,
 * #state-model-2004), the values the content set or read, the array counts known for certain,
 * and whether the page is unloading. Memory grows with the data model, never with the events.
 */
import type { Edition2004, ScormVersion, TraceEvent, TraceMeta } from '../trace/types.ts';
import { SUPPORT_KINDS, type ApiCall } from './api-call.ts';
import { oracle12 } from './oracle-12.ts';
import { oracle2004 } from './oracle-2004.ts';
import { cachedOracle } from './oracle-cache.ts';
import type { Lookup, Oracle } from './verdict.ts';

export type Phase = 'not-initialized' | 'running' | 'terminated';

export interface ArrayStep {
  /** The concrete array path, e.g. `cmi.interactions.2.objectives`. */
  array: string;
  index: number;
}

const NO_STEPS: readonly ArrayStep[] = Object.freeze([]);
/** A token of digits: between dots, or at either end. */
const HAS_INDEX = /(?:^|\.)\d+(?:\.|$)/;

/** The arrays an element name indexes, outermost first. */
export function arraySteps(element: string): readonly ArrayStep[] {
  // Most calls name no array record; they need no split.
  if (!HAS_INDEX.test(element)) return NO_STEPS;
  const tokens = element.split('.');
  const steps: ArrayStep[] = [];
  tokens.forEach((token, i) => {
    if (/^\d+$/.test(token))
      steps.push({ array: tokens.slice(0, i).join('.'), index: Number(token) });
  });
  return steps;
}

export class SessionState {
  readonly version: ScormVersion;
  readonly edition: Edition2004;
  private readonly phases: Record<ScormVersion, Phase> = {
    '1.2': 'not-initialized',
    '2004': 'not-initialized',
  };
  private readonly values: Record<ScormVersion, Map<string, string>> = {
    '1.2': new Map(),
    '2004': new Map(),
  };
  private readonly counts = new Map<string, number>();
  private readonly oracles: Record<ScormVersion, Oracle>;
  private readonly lookups: Record<ScormVersion, Lookup>;
  /** Virtual time of the first successful Initialize. */
  initializedAt: number | undefined;
  /** The page began to unload or its window closed. */
  unloading = false;
  /** The last call that sets the error state (not a support call). */
  lastCall: ApiCall | undefined;
  lastCallSeq: number | undefined;

  constructor(meta: TraceMeta) {
    this.version = meta.version;
    this.edition = meta.edition ?? '4th';
    this.oracles = {
      '1.2': cachedOracle(oracle12),
      '2004': cachedOracle(oracle2004(this.edition)),
    };
    this.lookups = {
      '1.2': (element) => this.value('1.2', element),
      '2004': (element) => this.value('2004', element),
    };
  }

  phase(api: ScormVersion): Phase {
    return this.phases[api];
  }

  oracle(api: ScormVersion): Oracle {
    return this.oracles[api];
  }

  /** The element's value as last set (accepted) or read by the content, if any. */
  value(api: ScormVersion, element: string): string | undefined {
    return this.values[api].get(element);
  }

  /** A lookup of known values for one API, for the oracles. */
  lookup(api: ScormVersion): Lookup {
    return this.lookups[api];
  }

  /** The array's record count when the trace shows it (a `_count` read, a commit), else undefined. */
  count(array: string): number | undefined {
    return this.counts.get(array);
  }

  update(event: TraceEvent, call: ApiCall | undefined): void {
    if (event.type === 'lifecycle' && (event.what === 'unload' || event.what === 'close')) {
      this.unloading = true;
    }
    if (event.type === 'commit') {
      for (const element of Object.keys(event.data)) this.grow(element, true);
    }
    if (!call || event.type !== 'api') return;
    if (!SUPPORT_KINDS.has(call.kind)) {
      this.lastCall = call;
      this.lastCallSeq = event.seq;
    }
    if (call.failed) return;
    this.advance(call, event.t);
    const values = this.values[call.api];
    if (call.kind === 'set') {
      values.set(call.element, call.value);
      this.grow(call.element, false);
    } else if (call.kind === 'get') {
      values.set(call.element, call.result);
      if (call.element.endsWith('._count'))
        this.counts.set(call.element.slice(0, -7), Number(call.result));
    }
  }

  private advance(call: ApiCall, t: number): void {
    const phase = this.phases[call.api];
    if (call.kind === 'initialize' && phase === 'not-initialized') {
      this.phases[call.api] = 'running';
      this.initializedAt ??= t;
    }
    if (call.kind === 'terminate' && phase === 'running') this.phases[call.api] = 'terminated';
  }

  /**
   * An element that holds a value proves its records exist. A commit persists the whole data
   * model, so it establishes counts; a SetValue only raises counts already known.
   */
  private grow(element: string, establish: boolean): void {
    for (const { array, index } of arraySteps(element)) {
      const known = this.counts.get(array);
      if (known === undefined && !establish) continue;
      if (index >= (known ?? 0)) this.counts.set(array, index + 1);
    }
  }
}
