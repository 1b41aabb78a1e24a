/**
 * A realistic long SCORM 2004 session as trace events, generated on the fly (never held whole):
 * launch reads, then pages that bookmark and save suspend_data, answer interactions and check
 * GetLastError, a heartbeat every 60 s (backend POST, session_time, Commit and the commit the LMS
 * persisted), console lines, and Terminate at the end. Seeded, so every run lints the same trace.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { TRACE_SCHEMA_VERSION } from '../../harness/trace/types.ts';
import type { TraceEvent, TraceFinal, TraceMeta } from '../../harness/trace/types.ts';

type Draft = TraceEvent extends infer E
  ? E extends TraceEvent
    ? Omit<E, 'seq' | 't'>
    : never
  : never;

export const META: TraceMeta = {
  package: 'bench-course',
  sco: 'sco-1',
  version: '2004',
  edition: '4th',
  launchMode: 'frameset',
  learner: { id: 'learner-1', name: 'Bench, Learner' },
  profile: 'spec',
  harnessVersion: '0.1.0',
  started: '2025-01-01T00:00:00.000Z',
};

/** Interactions are journalled up to this many records, then the course stops adding them. */
const MAX_INTERACTIONS = 250;

/** Small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const api = (fn: string, args: string[], result = 'true', error = '0'): Draft => ({
  type: 'api',
  fn,
  args,
  result,
  error,
});

const duration = (ms: number): string => {
  const s = Math.floor(ms / 1000);
  return `PT${Math.floor(s / 3600)}H${Math.floor(s / 60) % 60}M${s % 60}S`;
};

export interface SessionTrace {
  events: Generator<TraceEvent>;
  /** Valid once `events` is exhausted. */
  final(): TraceFinal;
}

/** `count` events (at least 20) of one session, numbered and timed. */
export function sessionTrace(count: number, seed = 1): SessionTrace {
  const rand = random(seed);
  let t = 0;
  let commits = 0;
  const data: Record<string, string> = {};

  function* drafts(): Generator<Draft, void, void> {
    yield api('Initialize', ['']);
    for (const name of ['cmi.entry', 'cmi.location', 'cmi.suspend_data', 'cmi.completion_status'])
      yield api(
        'GetValue',
        [name],
        name === 'cmi.entry' ? 'ab-initio' : name.endsWith('status') ? 'unknown' : '',
      );
    yield api('GetValue', ['cmi.interactions._count'], '0');
    yield api('SetValue', ['cmi.completion_status', 'incomplete']);
    let interactions = 0;
    let nextBeat = 60_000;
    for (let page = 1; ; page++) {
      t += 2000 + Math.floor(rand() * 20_000);
      while (t >= nextBeat) {
        yield {
          type: 'http',
          method: 'POST',
          url: 'https://backend.example/heartbeat',
          status: 200,
          target: 'backend',
          requestBody: `{"page":${page}}`,
          responseBody: '{"ok":true}',
        };
        data['cmi.session_time'] = duration(t);
        yield api('SetValue', ['cmi.session_time', data['cmi.session_time']]);
        yield api('Commit', ['']);
        commits += 1;
        yield { type: 'commit', reason: 'commit', data: { ...data } };
        nextBeat += 60_000;
      }
      const location = `page-${page}`;
      data['cmi.location'] = location;
      yield api('SetValue', ['cmi.location', location]);
      yield api('GetLastError', [], '0');
      const suspend = `{"p":${page},"seen":"${'x'.repeat(40 + Math.floor(rand() * 160))}"}`;
      data['cmi.suspend_data'] = suspend;
      yield api('SetValue', ['cmi.suspend_data', suspend]);
      yield api('GetLastError', [], '0');
      if (rand() < 0.3 && interactions < MAX_INTERACTIONS) {
        const n = interactions++;
        const base = `cmi.interactions.${n}`;
        yield api('SetValue', [`${base}.id`, `q${n}`]);
        yield api('SetValue', [`${base}.type`, 'choice']);
        yield api('SetValue', [`${base}.learner_response`, rand() < 0.5 ? 'a[,]c' : 'b']);
        yield api('SetValue', [`${base}.result`, rand() < 0.7 ? 'correct' : 'incorrect']);
        yield api('GetValue', ['cmi.interactions._count'], String(interactions));
      }
      if (rand() < 0.05) yield { type: 'console', level: 'log', text: `page ${page} shown` };
      yield api('GetValue', ['cmi.location'], location);
    }
  }

  let final: TraceFinal | undefined;
  function* numbered(): Generator<TraceEvent> {
    const tail: Draft[] = [
      api('SetValue', ['cmi.completion_status', 'completed']),
      api('SetValue', ['cmi.session_time', '']),
      api('SetValue', ['cmi.exit', 'normal']),
      api('Terminate', ['']),
    ];
    const source = drafts();
    let seq = 0;
    while (seq < count - tail.length) {
      const next = source.next();
      if (next.done) break;
      yield { ...next.value, seq: seq++, t } as TraceEvent;
    }
    tail[1] = api('SetValue', ['cmi.session_time', duration(t)]);
    for (const draft of tail) yield { ...draft, seq: seq++, t } as TraceEvent;
    commits += 1;
    final = {
      ended: 'terminated',
      t,
      state: {
        version: '2004',
        edition: '4th',
        data,
        terminated: true,
        exit: 'normal',
        sessionTime: duration(t),
        totalTime: duration(t),
      },
      commits,
    };
  }

  return {
    events: numbered(),
    final: () => {
      if (!final) throw new Error('the session trace was not read to its end');
      return final;
    },
  };
}

/** Writes the session as a JSONL trace, buffered (the recorder's writer syncs every line). */
export function writeSessionJsonl(file: string, count: number, seed = 1): number {
  const fd = openSync(file, 'w');
  let buffer = JSON.stringify({ schemaVersion: TRACE_SCHEMA_VERSION, meta: META }) + '\n';
  let bytes = 0;
  const flush = () => {
    bytes += writeSync(fd, buffer);
    buffer = '';
  };
  const session = sessionTrace(count, seed);
  for (const event of session.events) {
    buffer += JSON.stringify(event) + '\n';
    if (buffer.length > 1 << 20) flush();
  }
  buffer += JSON.stringify({ final: session.final() }) + '\n';
  flush();
  closeSync(fd);
  return bytes;
}
