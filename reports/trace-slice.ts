/** The events around the one a finding points at: enough context to see why, short enough to read. */
import type { Trace, TraceEvent } from '../harness/trace/types.ts';

export interface SliceOptions {
  before?: number;
  after?: number;
}

export function eventsAround(trace: Trace, seq: number, options: SliceOptions = {}): TraceEvent[] {
  const index = trace.events.findIndex((e) => e.seq === seq);
  if (index < 0) return [];
  const from = Math.max(0, index - (options.before ?? 3));
  return trace.events.slice(from, index + 1 + (options.after ?? 2));
}
