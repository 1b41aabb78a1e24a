/**
 * The JSON Lines form of a trace, for long sessions: line 1 `{"schemaVersion":1,"meta":{…}}`, then
 * one event object per line, then `{"final":{…}}`. Writes are synchronous and unbuffered so the
 * lines written survive the browser or the process dying mid-session.
 */
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { HarnessError } from '../errors.ts';
import { TRACE_SCHEMA_VERSION } from './types.ts';
import type { Trace, TraceEvent, TraceFinal, TraceMeta } from './types.ts';
import { checkSchemaVersion, parseTrace } from './validate.ts';

export type TraceLine =
  | { kind: 'header'; meta: TraceMeta }
  | { kind: 'event'; event: TraceEvent }
  | { kind: 'final'; final: TraceFinal };

export class TraceJsonlWriter {
  readonly path: string;
  private fd: number | null;

  constructor(path: string, meta: TraceMeta) {
    this.path = path;
    this.fd = openSync(path, 'w');
    this.line({ schemaVersion: TRACE_SCHEMA_VERSION, meta });
  }

  event(event: TraceEvent): void {
    this.line(event);
  }

  /** Writes the final line and closes the file; later writes are ignored. */
  finish(final: TraceFinal): void {
    this.line({ final });
    this.close();
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }

  private line(value: unknown): void {
    if (this.fd === null) return;
    writeSync(this.fd, JSON.stringify(value) + '\n');
  }
}

function invalid(file: string, line: number, message: string): HarnessError {
  return new HarnessError({
    code: 'TRACE_INVALID',
    file,
    line,
    message,
    hint: 'a JSONL trace is a header line, one event per line, and a final line; re-record it',
  });
}

/** Streams the lines of a JSONL trace without loading the file whole. */
export async function* readTraceLines(file: string): AsyncGenerator<TraceLine> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n += 1;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw invalid(file, n, 'line is not JSON');
    }
    if (typeof value !== 'object' || value === null)
      throw invalid(file, n, 'line is not an object');
    const record = value as Record<string, unknown>;
    if (n === 1) {
      checkSchemaVersion(record, file);
      if (record.schemaVersion !== TRACE_SCHEMA_VERSION || !record.meta) {
        throw invalid(file, n, 'first line must hold schemaVersion and meta');
      }
      yield { kind: 'header', meta: record.meta as TraceMeta };
    } else if ('final' in record) {
      yield { kind: 'final', final: record.final as TraceFinal };
    } else {
      yield { kind: 'event', event: record as unknown as TraceEvent };
    }
  }
}

/** Reads a whole JSONL trace into the JSON document form and validates it. */
export async function readTraceJsonl(file: string): Promise<Trace> {
  let meta: TraceMeta | undefined;
  let final: TraceFinal | undefined;
  const events: TraceEvent[] = [];
  for await (const line of readTraceLines(file)) {
    if (line.kind === 'header') meta = line.meta;
    else if (line.kind === 'event') events.push(line.event);
    else final = line.final;
  }
  if (!meta) throw invalid(file, 1, 'the file is empty');
  if (!final) {
    throw invalid(file, events.length + 1, 'the trace has no final line (the recording was cut)');
  }
  return parseTrace({ schemaVersion: TRACE_SCHEMA_VERSION, meta, events, final }, file);
}
