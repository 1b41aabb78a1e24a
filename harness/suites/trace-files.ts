/** Where a run's traces land: `<out>/traces/<name>.json`, names made safe for every file system. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TraceRef } from '../results/types.ts';
import { writeTrace } from '../trace/trace-file.ts';
import type { Trace } from '../trace/types.ts';

export function tracesDir(out: string): string {
  const dir = join(out, 'traces');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `score-formula`, `2004`, `nested:7` → `score-formula.2004.nested-7`. */
export function traceBaseName(parts: readonly string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9._-]+/g, '-')).join('.');
}

/** Writes each launch's trace; the refs keep the trace too, for the HTML report's timeline. */
export function writeTraces(out: string, base: string, traces: readonly Trace[]): TraceRef[] {
  const dir = tracesDir(out);
  return traces.map((trace, i) => {
    const path = join(dir, `${base}${traces.length > 1 ? `.${i + 1}` : ''}.json`);
    writeTrace(path, trace);
    return { path, trace };
  });
}
