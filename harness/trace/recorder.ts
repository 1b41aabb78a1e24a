/**
 * Numbers events in arrival order and keeps them; optionally streams each one to a JSONL file as
 * it arrives, so a session that dies still leaves every event recorded up to that point.
 */
import { TraceJsonlWriter } from './jsonl.ts';
import { TRACE_SCHEMA_VERSION } from './types.ts';
import type { Trace, TraceEvent, TraceFinal, TraceMeta, UnnumberedEvent } from './types.ts';

export class TraceRecorder {
  readonly meta: TraceMeta;
  private readonly events: TraceEvent[] = [];
  private readonly writer: TraceJsonlWriter | undefined;
  private final: TraceFinal | undefined;
  private listeners: ((event: TraceEvent) => void)[] = [];

  constructor(meta: TraceMeta, jsonlPath?: string) {
    this.meta = meta;
    this.writer = jsonlPath ? new TraceJsonlWriter(jsonlPath, meta) : undefined;
  }

  /** Records an event; ignored once the trace is finished (late stragglers from a dead page). */
  record(event: UnnumberedEvent): TraceEvent | undefined {
    if (this.final) return undefined;
    const numbered = { ...event, seq: this.events.length } as TraceEvent;
    this.events.push(numbered);
    this.writer?.event(numbered);
    for (const listener of this.listeners) listener(numbered);
    return numbered;
  }

  /** Calls back on every event recorded from now on; returns the function that stops it. */
  subscribe(listener: (event: TraceEvent) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  list(): readonly TraceEvent[] {
    return this.events;
  }

  get finished(): boolean {
    return this.final !== undefined;
  }

  finish(final: TraceFinal): Trace {
    if (!this.final) {
      this.final = final;
      this.writer?.finish(final);
    }
    return this.document();
  }

  /** The trace so far; `final` must have been set. */
  document(): Trace {
    if (!this.final) throw new Error('trace is not finished');
    return {
      schemaVersion: TRACE_SCHEMA_VERSION,
      meta: this.meta,
      events: [...this.events],
      final: this.final,
    };
  }
}
