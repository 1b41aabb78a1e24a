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
import { memoByName } from './name-memo.ts';
import { hasIndex, type Lookup, type Oracle } from './verdict.ts';

export type Phase = 'not-initialized' | 'running' | 'terminated';

export interface ArrayStep {
  /** The concrete array path, e.g. `cmi.interactions.2.objectives`. */
  array: string;
  index: number;
}

const NO_STEPS: readonly ArrayStep[] = Object.freeze([]);

/** A session names the same records again and again: each name's steps are worked out once. */
const stepsOf = memoByName((element: string): readonly ArrayStep[] => {
  const tokens = element.split('.');
  const found: ArrayStep[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (/^\d+$/.test(tokens[i]!)) {
      found.push(Object.freeze({ array: tokens.slice(0, i).join('.'), index: Number(tokens[i]) }));
    }
  }
  return Object.freeze(found);
}, 4096);

/** The arrays an element name indexes, outermost first. */
export function arraySteps(element: string): readonly ArrayStep[] {
  // Most calls name no array record; they need no split.
  return hasIndex(element) ? stepsOf(element) : NO_STEPS;
}

export class SessionState {
  readonly version: ScormVersion;
  readonly edition: Edition2004;
  // Per version as two fields, read by a branch: rules ask for them on every call.
  private phase12: Phase = 'not-initialized';
  private phase2004: Phase = 'not-initialized';
  private readonly values12 = new Map<string, string>();
  private readonly values2004 = new Map<string, string>();
  private readonly counts = new Map<string, number>();
  private readonly cached12: Oracle;
  private readonly cached2004: Oracle;
  private readonly lookup12: Lookup;
  private readonly lookup2004: Lookup;
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
    this.cached12 = cachedOracle(oracle12);
    this.cached2004 = cachedOracle(oracle2004(this.edition));
    this.lookup12 = (element) => this.values12.get(element);
    this.lookup2004 = (element) => this.values2004.get(element);
  }

  phase(api: ScormVersion): Phase {
    return api === '1.2' ? this.phase12 : this.phase2004;
  }

  oracle(api: ScormVersion): Oracle {
    return api === '1.2' ? this.cached12 : this.cached2004;
  }

  /** The element's value as last set (accepted) or read by the content, if any. */
  value(api: ScormVersion, element: string): string | undefined {
    return (api === '1.2' ? this.values12 : this.values2004).get(element);
  }

  /** A lookup of known values for one API, for the oracles. */
  lookup(api: ScormVersion): Lookup {
    return api === '1.2' ? this.lookup12 : this.lookup2004;
  }

  /** The array's record count when the trace shows it (a `_count` read, a commit), else undefined. */
  count(array: string): number | undefined {
    return this.counts.get(array);
  }

  update(event: TraceEvent, call: ApiCall | undefined): void {
    if (call) {
      // Support calls (a third of a typical trace) change nothing: they leave first.
      if (SUPPORT_KINDS.has(call.kind)) return;
      this.lastCall = call;
      this.lastCallSeq = event.seq;
      if (!call.failed) this.apply(call, event.t);
    } else if (event.type === 'lifecycle') {
      if (event.what === 'unload' || event.what === 'close') this.unloading = true;
    } else if (event.type === 'commit') {
      for (const element of Object.keys(event.data)) this.grow(element, true);
    }
  }

  private apply(call: ApiCall, t: number): void {
    if (call.kind === 'set') {
      (call.api === '1.2' ? this.values12 : this.values2004).set(call.element, call.value);
      this.grow(call.element, false);
    } else if (call.kind === 'get') {
      (call.api === '1.2' ? this.values12 : this.values2004).set(call.element, call.result);
      if (call.element.endsWith('._count'))
        this.counts.set(call.element.slice(0, -7), Number(call.result));
    } else this.advance(call, t);
  }

  private advance(call: ApiCall, t: number): void {
    const phase = this.phase(call.api);
    let next = phase;
    if (call.kind === 'initialize' && phase === 'not-initialized') {
      next = 'running';
      this.initializedAt ??= t;
    }
    if (call.kind === 'terminate' && phase === 'running') next = 'terminated';
    if (call.api === '1.2') this.phase12 = next;
    else this.phase2004 = next;
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
