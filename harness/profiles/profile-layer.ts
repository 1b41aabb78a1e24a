/**
 * The profile layer: a pure wrapper (no DOM, no Node APIs: it is bundled into the LMS page beside
 * the runtimes) that sits between the content and a spec-exact Scorm12Api/Scorm2004Api and lets a
 * profile's quirks change the answers. The runtime stays the single source of spec behaviour; a
 * quirk sees each call with the spec's answer one step away (`next`) and reports every answer it
 * changes through `onDeviation`, with what the spec would have answered.
 *
 *   const layer = createProfileLayer({ profile, version: '1.2', observer, onDeviation, clock });
 *   const runtime = new Scorm12Api({ ...layer.runtimeOptions(options), clock, observer: layer.observer });
 *   window.API = layer.wrap(runtime);
 *
 * The content sees the quirky answers everywhere: GetLastError and GetDiagnostic answer for the
 * quirk's error code, and the call events the layer passes on to `observer` carry what the content
 * got (the runtime's own call events are held back; its commit events pass through).
 */
import type { RuntimeEvent, RuntimeObserver } from '../../runtime-1.2/index.ts';
import { API_NAMES, CALL_KINDS, type CallKind } from './api-names.ts';
import { quirkStep, type Answer, type Call, type QuirkContext, type QuirkStep } from './quirks.ts';
import type { Deviation, LmsProfile, ProfileVersion } from './types.ts';

/** What the layer needs of a runtime instance; both Scorm12Api and Scorm2004Api have it. */
export interface RuntimeApi {
  state(): 'not-initialized' | 'running' | 'terminated';
  snapshot(): Record<string, string>;
}

export type ApiFunctions = Record<string, (...args: unknown[]) => string>;

export interface ProfileLayerOptions {
  profile: LmsProfile;
  version: ProfileVersion;
  /** Receives the call events as the content saw them, and the runtime's commit events. */
  observer?: RuntimeObserver;
  onDeviation?: (deviation: Deviation, t: number) => void;
  /** Virtual milliseconds since launch; default fixed at 0. */
  clock?: { now(): number };
  /** Blocks for `ms` before an answer (slow-calls); required when the profile has that quirk. */
  stall?: (ms: number) => void;
}

export interface ProfileLayer {
  readonly observer: RuntimeObserver;
  /** The runtime options with the profile's launch-time quirks applied (e.g. strict SPM). */
  runtimeOptions<O extends object>(options: O): O;
  wrap(api: RuntimeApi): ApiFunctions;
}

const UNCONVERTIBLE = '[unconvertible]';

/** The runtimes' own coercion (scorm-runtime.md#argument-coercion), for the events the layer writes. */
function coerce(value: unknown): string {
  if (value === undefined || value === null) return '';
  try {
    return String(value);
  } catch {
    return UNCONVERTIBLE;
  }
}

export function createProfileLayer(options: ProfileLayerOptions): ProfileLayer {
  const { profile, version } = options;
  const clock = options.clock ?? { now: () => 0 };
  const names = API_NAMES[version];
  let muted = 0;
  let target: (RuntimeApi & ApiFunctions) | undefined;
  /** The quirk's error and why, while it is the last error the content should see. */
  let override: { error: string; diagnostic: string } | undefined;
  let pending: Deviation[] = [];
  /** What the innermost (spec) call answered for the call in progress. */
  let specAnswer: Answer | undefined;

  const observer: RuntimeObserver = (event: RuntimeEvent) => {
    if (event.type === 'call' && muted > 0) return;
    options.observer?.(event);
  };

  const api = (): RuntimeApi & ApiFunctions => {
    if (!target) throw new Error('profile layer: wrap(api) first');
    return target;
  };

  /** Calls the runtime without the call reaching the trace (the layer reports the outer call). */
  function silent(kind: CallKind, args: unknown[]): string {
    muted += 1;
    try {
      return api()[names[kind]]!.apply(target, args);
    } finally {
      muted -= 1;
    }
  }

  const spec = (kind: CallKind, args: unknown[]): Answer => {
    const result = silent(kind, args);
    return { result, error: silent('getLastError', []) };
  };

  const quirks = profile.quirks.filter((q) => !q.versions || q.versions.includes(version));
  const steps: QuirkStep[] = quirks.map((quirk) => {
    const context: QuirkContext = {
      version,
      now: () => clock.now(),
      state: () => api().state(),
      snapshot: () => api().snapshot(),
      call: (kind, args) => spec(kind, args),
      diagnostic: () => silent('getDiagnostic', ['']),
      stall: (ms) => {
        if (!options.stall) throw new Error('profile layer: slow-calls needs a stall function');
        options.stall(ms);
      },
      deviate: (answer, detail, specOverride) => {
        const base = specOverride ?? specAnswer ?? answer;
        pending.push({
          quirk: quirk.quirk,
          fn: '',
          args: [],
          specResult: base.result,
          specError: base.error,
          result: answer.result,
          error: answer.error,
          ...(detail ? { detail } : {}),
        });
      },
    };
    return quirkStep(quirk, context);
  });

  function run(kind: CallKind, raw: unknown[]): string {
    const call: Call = { kind, fn: names[kind], args: raw.map(coerce) };
    pending = [];
    specAnswer = undefined;
    const innermost = (args?: string[]): Answer => {
      specAnswer = spec(kind, args ?? raw);
      return specAnswer;
    };
    const chain = steps.reduceRight<(args?: string[]) => Answer>(
      (next, step) => (args) => step(args ? { ...call, args } : call, next),
      innermost,
    );
    const answer = chain();
    const innerError = silent('getLastError', []);
    override =
      answer.error === innerError
        ? undefined
        : { error: answer.error, diagnostic: deviationText(pending, answer.error) };
    emit(call, answer);
    return answer.result;
  }

  function support(kind: CallKind, raw: unknown[]): string {
    const args = raw.map(coerce);
    let result: string;
    if (kind === 'getLastError') result = override?.error ?? silent(kind, raw);
    else if (kind === 'getDiagnostic' && override && [override.error, ''].includes(args[0] ?? ''))
      result = override.diagnostic;
    else result = silent(kind, raw);
    pending = [];
    emit(
      { kind, fn: names[kind], args },
      { result, error: override?.error ?? silent('getLastError', []) },
    );
    return result;
  }

  function emit(call: Call, answer: Answer): void {
    const t = clock.now();
    observer({
      type: 'call',
      fn: call.fn,
      args: call.args,
      result: answer.result,
      error: answer.error,
      t,
    });
    for (const deviation of pending)
      options.onDeviation?.({ ...deviation, fn: call.fn, args: call.args }, t);
    pending = [];
  }

  const SUPPORT = new Set<CallKind>(['getLastError', 'getErrorString', 'getDiagnostic']);

  return {
    observer,
    runtimeOptions: <O extends object>(runtimeOptions: O): O =>
      version === '2004' && quirks.some((q) => q.quirk === 'strict-spm')
        ? { ...runtimeOptions, strictSpm: true }
        : runtimeOptions,
    wrap(runtime: RuntimeApi): ApiFunctions {
      target = runtime as RuntimeApi & ApiFunctions;
      const wrapped: ApiFunctions = {};
      for (const kind of CALL_KINDS) {
        wrapped[names[kind]] = (...args: unknown[]) =>
          SUPPORT.has(kind) ? support(kind, args) : run(kind, args);
      }
      return wrapped;
    },
  };
}

function deviationText(deviations: Deviation[], error: string): string {
  const cause = deviations.find((d) => d.error === error) ?? deviations[0];
  return cause
    ? `LMS profile quirk ${cause.quirk}${cause.detail ? `: ${cause.detail}` : ''}`
    : `LMS profile answered error ${error}`;
}
