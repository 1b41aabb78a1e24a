/**
 * Results documents are checked at the edges (read from disk, or before a reporter writes one)
 * against results.schema.json; embedded traces are checked against the trace schema as well.
 * There is no RESULTS_* error code yet, so the TRACE_* codes stand in: a results document is the
 * trace's companion and the fix is the same (re-run, or upgrade the harness).
 */
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { HarnessError } from '../errors.ts';
import { describeSchemaErrors } from '../schema-errors.ts';
import { computeTotals } from './totals.ts';
import { RESULTS_SCHEMA_VERSION, type Results } from './types.ts';

const load = createRequire(import.meta.url);
const traceSchema = load('../trace/trace.schema.json') as object;
const resultsSchema = load('./results.schema.json') as object;

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(traceSchema);
const validate = ajv.compile<Results>(resultsSchema);

function invalid(file: string | undefined, message: string): HarnessError {
  return new HarnessError({
    code: 'RESULTS_INVALID',
    file,
    message: `not a valid results document: ${message}`,
    hint: 'results documents follow harness/results/results.schema.json; re-run to produce a new one',
  });
}

/** Returns the value typed as Results, or throws naming the file and the JSON path at fault. */
export function parseResults(value: unknown, file?: string): Results {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > RESULTS_SCHEMA_VERSION
  ) {
    throw new HarnessError({
      code: 'RESULTS_VERSION',
      file,
      message: `results schemaVersion ${version} is newer than this harness reads (${RESULTS_SCHEMA_VERSION})`,
      hint: 'upgrade scorm-harness to a version that knows this results format',
    });
  }
  if (!validate(value)) throw invalid(file, describeSchemaErrors(validate.errors, 5));
  // Totals are derived data; a document whose totals disagree with its scenarios was edited or
  // assembled by hand, and a report built from it would contradict itself.
  if (!isDeepStrictEqual(value.totals, computeTotals(value.scenarios))) {
    throw invalid(
      file,
      '/totals do not match the scenarios (use createResults to build the document)',
    );
  }
  value.scenarios.forEach((s, i) =>
    s.findings.forEach((f, j) => {
      if (f.launch !== undefined && f.launch >= s.traces.length) {
        throw invalid(
          file,
          `/scenarios/${i}/findings/${j}/launch: the scenario has no launch ${f.launch}`,
        );
      }
    }),
  );
  return value;
}
