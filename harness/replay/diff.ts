/**
 * The diff of two traces' API calls: calls are aligned on (function, element, value) and the
 * aligned pairs compared on what the LMS answered (result and error code). The first divergence
 * is the first call that is not the same on both sides: where the two runs split.
 */
import type { ApiEvent, Trace } from '../trace/types.ts';
import { align } from './align.ts';

export type DiffOp =
  | { kind: 'same'; a: ApiEvent; b: ApiEvent }
  | { kind: 'changed'; a: ApiEvent; b: ApiEvent }
  | { kind: 'removed'; a: ApiEvent }
  | { kind: 'added'; b: ApiEvent };

export interface TraceDiff {
  ops: DiffOp[];
  counts: Record<DiffOp['kind'], number>;
  /** Index in `ops` of the first op that is not 'same'; undefined when the calls agree. */
  firstDivergence: number | undefined;
}

const SETS = new Set(['LMSSetValue', 'SetValue']);

/** What identifies a call across runs: the function, its element, and the value it writes. */
export function callKey(event: ApiEvent): string {
  const value = SETS.has(event.fn) ? (event.args[1] ?? '') : '';
  return `${event.fn}\u0000${event.args[0] ?? ''}\u0000${value}`;
}

export function apiCalls(trace: Trace): ApiEvent[] {
  return trace.events.filter((e): e is ApiEvent => e.type === 'api');
}

export function diffTraces(a: Trace, b: Trace): TraceDiff {
  return diffCalls(apiCalls(a), apiCalls(b));
}

export function diffCalls(a: readonly ApiEvent[], b: readonly ApiEvent[]): TraceDiff {
  const ids = new Map<string, number>();
  const idOf = (e: ApiEvent) => {
    const key = callKey(e);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const matches = align(a.map(idOf), b.map(idOf));
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  const flush = (toI: number, toJ: number) => {
    while (i < toI) ops.push({ kind: 'removed', a: a[i++]! });
    while (j < toJ) ops.push({ kind: 'added', b: b[j++]! });
  };
  for (const [mi, mj] of matches) {
    flush(mi, mj);
    const left = a[i++]!;
    const right = b[j++]!;
    const same = left.result === right.result && left.error === right.error;
    ops.push({ kind: same ? 'same' : 'changed', a: left, b: right });
  }
  flush(a.length, b.length);
  const counts = { same: 0, changed: 0, removed: 0, added: 0 };
  for (const op of ops) counts[op.kind] += 1;
  const first = ops.findIndex((op) => op.kind !== 'same');
  return { ops, counts, firstDivergence: first < 0 ? undefined : first };
}
