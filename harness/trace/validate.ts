/**
 * Traces are checked at the edges (read from or written to disk) against trace.schema.json.
 * A trace from a newer harness is refused rather than guessed at: its fields may mean other things.
 */
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { HarnessError } from '../errors.ts';
import { describeSchemaErrors } from '../schema-errors.ts';
import { TRACE_SCHEMA_VERSION, type Trace } from './types.ts';

const schema = createRequire(import.meta.url)('./trace.schema.json') as { $id: string };

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(schema);
const validate = ajv.getSchema<Trace>(schema.$id) as ValidateFunction<Trace>;

/**
 * The check of one part of a trace (a definition of the schema: `meta`, `final`, `base`, `api`,
 * …), for a trace read line by line (jsonl.ts); compiled with the whole schema, once.
 */
export function traceSchemaPart(name: string): ValidateFunction {
  return ajv.getSchema(`${schema.$id}#/definitions/${name}`) as ValidateFunction;
}

/** Refuses a schemaVersion this harness does not know, with a message that says what to do. */
export function checkSchemaVersion(value: unknown, file?: string): void {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > TRACE_SCHEMA_VERSION) {
    throw new HarnessError({
      code: 'TRACE_VERSION',
      file,
      message: `trace schemaVersion ${version} is newer than this harness reads (${TRACE_SCHEMA_VERSION})`,
      hint: 'upgrade scorm-harness to a version that knows this trace format',
    });
  }
}

/** Returns the value typed as a Trace, or throws TRACE_VERSION / TRACE_INVALID naming the file. */
export function parseTrace(value: unknown, file?: string): Trace {
  checkSchemaVersion(value, file);
  if (!validate(value)) {
    throw new HarnessError({
      code: 'TRACE_INVALID',
      file,
      message: `not a valid trace: ${describeSchemaErrors(validate.errors, 5)}`,
      hint: 'traces must follow harness/trace/trace.schema.json; re-record or re-import the trace',
    });
  }
  return value;
}
