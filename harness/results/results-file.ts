/** Reading a results document from disk (e.g. to re-render reports from a CI artifact). */
import { readFileSync } from 'node:fs';
import { HarnessError } from '../errors.ts';
import type { Results } from './types.ts';
import { parseResults } from './validate.ts';

export function readResults(file: string): Results {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new HarnessError(
      {
        code: 'RESULTS_INVALID',
        file,
        message: 'cannot read the results file',
        hint: 'check the path',
      },
      { cause },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new HarnessError(
      {
        code: 'RESULTS_INVALID',
        file,
        message: 'the results file is not JSON',
        hint: 'pass the results.json a run wrote, not a report rendered from it',
      },
      { cause },
    );
  }
  return parseResults(value, file);
}
