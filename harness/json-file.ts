/**
 * Reading a JSON file at the edge: a file that cannot be read, or is not JSON, is a HarnessError
 * naming the file and saying what to do, in the words of the caller (a trace, a profile, a
 * fixture...). Checking the parsed value against its schema stays with the caller.
 */
import { readFileSync } from 'node:fs';
import { HarnessError, type HarnessErrorCode } from './errors.ts';

/** One way a read can fail: the message (given the cause, for callers that show it) and the fix. */
export interface JsonFileProblem {
  message: string | ((cause: Error) => string);
  hint: string;
}

export interface JsonFileErrors {
  code: HarnessErrorCode;
  /** The file as the user named it, when that is not the path read (default: the path). */
  shown?: string;
  unreadable: JsonFileProblem;
  notJson: JsonFileProblem;
}

function failure(errors: JsonFileErrors, file: string, problem: JsonFileProblem, cause: unknown) {
  const message =
    typeof problem.message === 'string' ? problem.message : problem.message(cause as Error);
  return new HarnessError({ code: errors.code, file, message, hint: problem.hint }, { cause });
}

export function readJsonFile(path: string | URL, errors: JsonFileErrors): unknown {
  const file = errors.shown ?? String(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw failure(errors, file, errors.unreadable, cause);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw failure(errors, file, errors.notJson, cause);
  }
}
