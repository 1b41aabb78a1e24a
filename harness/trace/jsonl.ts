/**
 * The JSON Lines form of a trace, for long sessions: line 1 `{"schemaVersion":1,"meta":{…}}`, then
 * one event object per line, then `{"final":{…}}`. Writes are synchronous and unbuffered so the
 * lines written survive the browser or the process dying mid-session.
 *
 * The one reader, `streamTraceFile`, reads in large chunks and splits and parses them line by line
 * in one synchronous loop per chunk, so a million events cost a million JSON.parse calls and a few
 * hundred awaits rather than a million of each. Every line is checked against the trace schema's
 * definition of its kind, so a streamed trace is held to the same contract as a trace loaded
 * whole, and a bad line is named by its number.
 */
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { HarnessError } from '../errors.ts';
import { TRACE_SCHEMA_VERSION } from './types.ts';
import type { Trace, TraceEvent, TraceFinal, TraceMeta } from './types.ts';
import { describeSchemaErrors } from '../schema-errors.ts';
import { checkSchemaVersion, traceSchemaPart } from './validate.ts';

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

export interface TraceVisitor {
  header(meta: TraceMeta): void;
  event(event: TraceEvent): void;
  final(final: TraceFinal): void;
}

const CHUNK_BYTES = 1 << 20;
/** A longer line is not a trace line; refusing it keeps memory bounded on a file without newlines. */
const MAX_LINE_CHARS = 64 << 20;

const validateMeta = traceSchemaPart('meta');
const validateFinal = traceSchemaPart('final');
const validateBase = traceSchemaPart('base');
/** The schema's `event` is base plus one of these, told apart by `type`: checking that one is the same check, without trying all seven. */
const validateEventOfType = new Map<unknown, ValidateFunction>(
  ['api', 'http', 'dialog', 'console', 'lifecycle', 'commit', 'deviation'].map((t) => [
    t,
    traceSchemaPart(t),
  ]),
);
const validateEvent = traceSchemaPart('event');
/** Schema errors named per bad line: a few, since the line number already points at it. */
const LINE_ERRORS = 3;

/** Reads the file, calling the visitor once per line; resolves after the final line. */
export async function streamTraceFile(file: string, visitor: TraceVisitor): Promise<void> {
  let n = 0;
  let headerSeen = false;
  let finished = false;

  const take = (text: string): void => {
    n += 1;
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw invalid(file, n, 'line is not JSON');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw invalid(file, n, 'line is not an object');
    const record = value as Record<string, unknown>;
    if (!headerSeen) {
      checkSchemaVersion(record, file);
      if (record.schemaVersion !== TRACE_SCHEMA_VERSION || !('meta' in record))
        throw invalid(file, n, 'first line must hold schemaVersion and meta');
      if (!validateMeta(record.meta))
        throw invalid(
          file,
          n,
          `not a valid trace header: ${describeSchemaErrors(validateMeta.errors, LINE_ERRORS)}`,
        );
      headerSeen = true;
      visitor.header(record.meta as TraceMeta);
    } else if ('final' in record) {
      if (!validateFinal(record.final))
        throw invalid(
          file,
          n,
          `not a valid final line: ${describeSchemaErrors(validateFinal.errors, LINE_ERRORS)}`,
        );
      finished = true;
      visitor.final(record.final as TraceFinal);
    } else {
      const ofType = validateEventOfType.get(record.type);
      if (!ofType || !validateBase(record) || !ofType(record)) {
        validateEvent(record);
        throw invalid(
          file,
          n,
          `not a valid event: ${describeSchemaErrors(validateEvent.errors, LINE_ERRORS)}`,
        );
      }
      visitor.event(record as unknown as TraceEvent);
    }
  };

  let rest = '';
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      const text = rest + chunk;
      let start = 0;
      // `rest` holds no newline: search only the new chunk, so a long line is not rescanned.
      let end = text.indexOf('\n', rest.length);
      for (; end !== -1 && !finished; end = text.indexOf('\n', start)) {
        take(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end));
        start = end + 1;
      }
      if (finished) return;
      rest = text.slice(start);
      if (rest.length > MAX_LINE_CHARS) throw invalid(file, n + 1, 'line is too long');
    }
  } catch (cause) {
    const code =
      (cause as NodeJS.ErrnoException | null)?.syscall && (cause as NodeJS.ErrnoException).code;
    if (!code) throw cause;
    throw new HarnessError(
      {
        code: 'TRACE_INVALID',
        file,
        message: `cannot read the trace (${code})`,
        hint: 'check the path',
      },
      { cause },
    );
  } finally {
    input.destroy();
  }
  if (rest !== '') take(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
  if (!headerSeen) throw invalid(file, 1, 'the file is empty');
  if (!finished) throw invalid(file, n, 'the trace has no final line (the recording was cut)');
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
