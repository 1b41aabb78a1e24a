/**
 * The lines of a JSONL trace, taken one at a time and shown to a visitor: line 1 the header, then
 * events, up to the final line. `take` checks each line against the trace schema's definition of
 * its kind, so a streamed trace is held to the same contract as a trace loaded whole, and a bad
 * line is named by its number; `takeChecked` only parses a line that a read-ahead worker has
 * already checked with `take` (jsonl-worker.ts).
 */
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { HarnessError } from '../errors.ts';
import { TRACE_SCHEMA_VERSION } from './types.ts';
import type { TraceEvent, TraceFinal, TraceMeta } from './types.ts';
import { checkSchemaVersion } from './validate.ts';

export interface TraceVisitor {
  header(meta: TraceMeta): void;
  event(event: TraceEvent): void;
  final(final: TraceFinal): void;
}

export function invalid(file: string, line: number, message: string): HarnessError {
  return new HarnessError({
    code: 'TRACE_INVALID',
    file,
    line,
    message,
    hint: 'a JSONL trace is a header line, one event per line, and a final line; re-record it',
  });
}

const schema = createRequire(import.meta.url)('./trace.schema.json') as { $id: string };
// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(schema);
const definition = (name: string): ValidateFunction =>
  ajv.getSchema(`${schema.$id}#/definitions/${name}`) as ValidateFunction;
const validateMeta = definition('meta');
const validateFinal = definition('final');
const validateBase = definition('base');
/** The schema's `event` is base plus one of these, told apart by `type`: checking that one is the same check, without trying all seven. */
const validateEventOfType = new Map<unknown, ValidateFunction>(
  ['api', 'http', 'dialog', 'console', 'lifecycle', 'commit', 'deviation'].map((t) => [
    t,
    definition(t),
  ]),
);
const validateEvent = definition('event');

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 3)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

const isBlank = (text: string): boolean =>
  text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '');

/**
 * Calls `line` for each line of `text` (whole lines; a last one without a newline is a line too),
 * CR of CRLF removed, until it returns false. Returns the offset after the last line taken.
 */
export function eachLine(text: string, line: (text: string, start: number) => boolean): number {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const cut = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const more = line(text.slice(start, cut), start);
    start = end + 1;
    if (!more) break;
  }
  return Math.min(start, text.length);
}

export class TraceLines {
  /** Lines taken, blank ones included: the number of the last line taken. */
  n = 0;
  headerSeen = false;
  finished = false;

  constructor(
    readonly file: string,
    private readonly visitor: TraceVisitor,
  ) {}

  /** One line, checked against the schema, then shown to the visitor. */
  take(text: string): void {
    this.n += 1;
    if (isBlank(text)) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw invalid(this.file, this.n, 'line is not JSON');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw invalid(this.file, this.n, 'line is not an object');
    const record = value as Record<string, unknown>;
    if (!this.headerSeen) {
      checkSchemaVersion(record, this.file);
      if (record.schemaVersion !== TRACE_SCHEMA_VERSION || !('meta' in record))
        throw invalid(this.file, this.n, 'first line must hold schemaVersion and meta');
      if (!validateMeta(record.meta))
        throw invalid(
          this.file,
          this.n,
          `not a valid trace header: ${describeErrors(validateMeta.errors)}`,
        );
    } else if ('final' in record) {
      if (!validateFinal(record.final))
        throw invalid(
          this.file,
          this.n,
          `not a valid final line: ${describeErrors(validateFinal.errors)}`,
        );
    } else {
      const ofType = validateEventOfType.get(record.type);
      if (!ofType || !validateBase(record) || !ofType(record)) {
        validateEvent(record);
        throw invalid(
          this.file,
          this.n,
          `not a valid event: ${describeErrors(validateEvent.errors)}`,
        );
      }
    }
    this.show(record);
  }

  /** One line that `take` has accepted elsewhere: parsed and shown to the visitor. */
  takeChecked(text: string): void {
    this.n += 1;
    if (!isBlank(text)) this.show(JSON.parse(text) as Record<string, unknown>);
  }

  private show(record: Record<string, unknown>): void {
    if (!this.headerSeen) {
      this.headerSeen = true;
      this.visitor.header(record.meta as TraceMeta);
    } else if ('final' in record) {
      this.finished = true;
      this.visitor.final(record.final as TraceFinal);
    } else {
      this.visitor.event(record as unknown as TraceEvent);
    }
  }

  /** The error for a file that ended before its final line. */
  ended(): HarnessError {
    return this.headerSeen
      ? invalid(this.file, this.n, 'the trace has no final line (the recording was cut)')
      : invalid(this.file, 1, 'the file is empty');
  }
}
