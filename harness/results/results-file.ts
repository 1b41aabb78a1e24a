/** Reading a results document from disk (e.g. to re-render reports from a CI artifact). */
import type { Results } from './types.ts';
import { parseResults } from './validate.ts';
import { readJsonFile } from '../json-file.ts';

export function readResults(file: string): Results {
  const value = readJsonFile(file, {
    code: 'RESULTS_INVALID',
    unreadable: { message: 'cannot read the results file', hint: 'check the path' },
    notJson: {
      message: 'the results file is not JSON',
      hint: 'pass the results.json a run wrote, not a report rendered from it',
    },
  });
  return parseResults(value, file);
}
