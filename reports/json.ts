/**
 * The results document as JSON, validated first so a broken document never lands on disk looking
 * like a good one. Traces are referenced by path unless asked to embed them.
 */
import type { Results } from '../harness/results/types.ts';
import { parseResults } from '../harness/results/validate.ts';

export interface JsonOptions {
  /** Keep embedded traces (one self-contained file) instead of only their paths. Default false. */
  embedTraces?: boolean;
}

export function renderJson(results: Results, options: JsonOptions = {}): string {
  parseResults(results);
  const document: Results = options.embedTraces
    ? results
    : {
        ...results,
        scenarios: results.scenarios.map((s) => ({
          ...s,
          traces: s.traces.map(({ trace: _trace, ...ref }) => ref),
        })),
      };
  return JSON.stringify(document, null, 2) + '\n';
}
