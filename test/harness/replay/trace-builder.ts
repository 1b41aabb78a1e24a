/** Small traces written as call lists, for the replay and diff tests. */
import type { ApiEvent, Trace, TraceEvent } from '../../../harness/trace/types.ts';

/** [fn, args, result, error?] with error default '0'. */
export type CallSpec = [string, string[], string, string?];

export function calls(specs: CallSpec[], start = 0): ApiEvent[] {
  return specs.map(([fn, args, result, error], i) => ({
    type: 'api',
    seq: start + i,
    t: (start + i) * 10,
    fn,
    args,
    result,
    error: error ?? '0',
  }));
}

export function traceOf(
  events: TraceEvent[],
  version: '1.2' | '2004' = '1.2',
  profile = 'spec',
): Trace {
  return {
    schemaVersion: 1,
    meta: {
      package: 'course',
      sco: 'sco-1',
      version,
      launchMode: 'frameset',
      learner: { id: 'l1', name: 'Learner, One' },
      profile,
      harnessVersion: '0.1.0',
      started: '2025-01-01T00:00:00.000Z',
    },
    events,
    final: { ended: 'terminated', t: events.length * 10, state: null, commits: 0 },
  };
}
