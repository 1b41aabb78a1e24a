/**
 * Pure questions about a trace that scenarios and the chai plugin share: which calls matched, what
 * value an element held at a moment, what the LMS kept. Every answer points at trace events, so a
 * failure can show them.
 */
import type { ApiEvent, CommitEvent, HttpEvent, Trace, TraceEvent } from '../trace/types.ts';

/** A finished trace, a live session's events, or any list of events. */
export type TraceLike = Trace | { events(): readonly TraceEvent[] } | readonly TraceEvent[];

export function eventsOf(subject: TraceLike): readonly TraceEvent[] {
  if (Array.isArray(subject)) return subject as readonly TraceEvent[];
  const holder = subject as Trace | { events(): readonly TraceEvent[] };
  return typeof holder.events === 'function' ? holder.events() : holder.events;
}

/** A call pattern: the function, and optionally its first argument (the element) and value. */
export interface CallPattern {
  fn: string | readonly string[];
  element?: string;
  value?: string;
}

/** The pattern's function names: `SetValue`, `SetValue|LMSSetValue`. */
export function fnText(pattern: CallPattern): string {
  return typeof pattern.fn === 'string' ? pattern.fn : pattern.fn.join('|');
}

export function describeCall(pattern: CallPattern): string {
  const fn = fnText(pattern);
  const args = [pattern.element, pattern.value].filter((a) => a !== undefined);
  return `${fn}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
}

export function matchesCall(event: TraceEvent, pattern: CallPattern): event is ApiEvent {
  if (event.type !== 'api') return false;
  const fns = typeof pattern.fn === 'string' ? [pattern.fn] : pattern.fn;
  return (
    fns.includes(event.fn) &&
    (pattern.element === undefined || event.args[0] === pattern.element) &&
    (pattern.value === undefined || event.args[1] === pattern.value)
  );
}

export function apiCalls(subject: TraceLike): ApiEvent[] {
  return eventsOf(subject).filter((e): e is ApiEvent => e.type === 'api');
}

export function callsMatching(subject: TraceLike, pattern: CallPattern): ApiEvent[] {
  return eventsOf(subject).filter((e): e is ApiEvent => matchesCall(e, pattern));
}

/** The path of a request's URL (the URL may be absolute or relative). */
export function requestPath(event: HttpEvent): string {
  return new URL(event.url, 'http://x').pathname;
}

export function httpRequests(subject: TraceLike, method: string, path: RegExp): HttpEvent[] {
  return eventsOf(subject).filter(
    (e): e is HttpEvent => e.type === 'http' && e.method === method && path.test(requestPath(e)),
  );
}

/** The last accepted SetValue of `element` at or before virtual time `t` (inclusive). */
export function lastSetAt(
  subject: TraceLike,
  setFns: readonly string[],
  element: string,
  t: number,
): ApiEvent | undefined {
  return eventsOf(subject)
    .filter(
      (e): e is ApiEvent =>
        matchesCall(e, { fn: setFns, element }) && e.result === 'true' && e.t <= t,
    )
    .at(-1);
}

/**
 * What the LMS persisted in the Commit (or Terminate) call `call`: the runtime records it during
 * the call, so it is the last commit event before the call's own event.
 */
export function persistedBy(subject: TraceLike, call: ApiEvent): CommitEvent | undefined {
  return eventsOf(subject)
    .filter((e): e is CommitEvent => e.type === 'commit' && e.seq < call.seq)
    .at(-1);
}

/** The value the LMS persisted for `element` when the launch ended (undefined when not kept). */
export function committedValue(trace: Trace, element: string): string | undefined {
  return trace.final.state?.data[element];
}
