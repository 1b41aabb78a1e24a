/**
 * The JSON Lines form of a trace, for long sessions: line 1 `{"schemaVersion":1,"meta":{…}}`, then
 * one event object per line, then `{"final":{…}}`. Writes are synchronous and unbuffered so the
 * lines written survive the browser or the process dying mid-session.
 *
 * The one reader, `streamTraceFile`, reads in large chunks and takes their lines in one
 * synchronous loop per chunk, so a million events cost a million JSON.parse calls and a few
 * hundred awaits rather than a million of each. Every line is checked against the trace schema
 * (jsonl-lines.ts); on a long file a worker thread does that ahead of the main thread
 * (jsonl-read-ahead.ts), so that the checks and the rules run on two cores.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { CHUNK_BYTES, WholeLines } from './jsonl-chunks.ts';
import { eachLine, invalid, TraceLines, type TraceVisitor } from './jsonl-lines.ts';
import { ReadAhead, unreadable } from './jsonl-read-ahead.ts';
import { TRACE_SCHEMA_VERSION } from './types.ts';
import type { Trace, TraceEvent, TraceFinal, TraceMeta } from './types.ts';

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

export type { TraceVisitor };

/**
 * Files at least this large get a read-ahead worker. It needs 0.3 to 1 s to start, in which the
 * main thread alone reads and lints about 100,000 events (15 MB): a smaller file would be done
 * before the worker could take over, and its start would only cost the other core.
 */
export const READ_AHEAD_FROM_BYTES = 16 << 20;

export interface StreamOptions {
  /** Files at least this many bytes long are read ahead by a worker thread. */
  readAheadFromBytes: number;
  chunkBytes: number;
  /**
   * Hand over to the worker after this many chunks, waiting for it to start if need be (tests);
   * by default the main thread hands over as soon as the worker is ready.
   */
  handOverAfter?: number;
}

/**
 * Reads the file, calling the visitor once per line; resolves after the final line. A bad line
 * is refused with its number, and no line after it reaches the visitor.
 */
export async function streamTraceFile(
  file: string,
  visitor: TraceVisitor,
  options: Partial<StreamOptions> = {},
): Promise<void> {
  const { readAheadFromBytes = READ_AHEAD_FROM_BYTES, chunkBytes = CHUNK_BYTES } = options;
  const lines = new TraceLines(file, visitor);
  const take = (line: string): boolean => {
    lines.take(line);
    return !lines.finished;
  };
  let input: FileHandle | undefined;
  let ahead: ReadAhead | undefined;
  try {
    input = await open(file, 'r');
    if ((await input.stat()).size >= readAheadFromBytes) ahead = ReadAhead.take();
    const chunks = new WholeLines(0, chunkBytes);
    for (let taken = 0; !lines.finished; taken++) {
      if (ahead && (ahead.ready || taken === options.handOverAfter)) {
        const start = { file, chunkBytes, offset: chunks.consumed, headerSeen: lines.headerSeen };
        return await ahead.finish(start, lines);
      }
      const { buffer, offset, length } = chunks.room();
      const { bytesRead } = await input.read(buffer, offset, length, chunks.position);
      if (bytesRead === 0) {
        eachLine(chunks.rest(), take);
        if (!lines.finished) throw lines.ended();
        return;
      }
      eachLine(chunks.filled(bytesRead), take);
      if (chunks.overlong && !lines.finished) throw invalid(file, lines.n + 1, 'line is too long');
    }
  } catch (cause) {
    const code =
      (cause as NodeJS.ErrnoException | null)?.syscall && (cause as NodeJS.ErrnoException).code;
    throw code ? unreadable(file, code, cause) : cause;
  } finally {
    await ahead?.release();
    await input?.close();
  }
}

/**
 * Reads a whole JSONL trace into the JSON document form. Each line was checked against its part of
 * the schema, and the document is only those parts, so it is a valid trace.
 */
export async function readTraceJsonl(file: string): Promise<Trace> {
  let meta: TraceMeta | undefined;
  let final: TraceFinal | undefined;
  const events: TraceEvent[] = [];
  await streamTraceFile(file, {
    header: (m) => void (meta = m),
    event: (event) => void events.push(event),
    final: (f) => void (final = f),
  });
  // streamTraceFile resolves only after a header and a final line.
  return { schemaVersion: TRACE_SCHEMA_VERSION, meta: meta!, events, final: final! };
}
