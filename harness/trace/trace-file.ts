/** Reading and writing traces as files: `.jsonl` is the line form, anything else the JSON document. */
import { readFileSync, writeFileSync } from 'node:fs';
import { HarnessError } from '../errors.ts';
import { readTraceJsonl } from './jsonl.ts';
import type { Trace } from './types.ts';
import { parseTrace } from './validate.ts';

export async function readTrace(file: string): Promise<Trace> {
  if (file.endsWith('.jsonl')) return readTraceJsonl(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new HarnessError(
      {
        code: 'TRACE_INVALID',
        file,
        message: 'cannot read the trace file',
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
        code: 'TRACE_INVALID',
        file,
        message: 'the trace is not JSON',
        hint: 'a trace is a JSON document (or JSON Lines in a .jsonl file)',
      },
      { cause },
    );
  }
  return parseTrace(value, file);
}

/** Validates before writing, so an invalid trace never lands on disk looking like a good one. */
export function writeTrace(file: string, trace: Trace): void {
  parseTrace(trace, file);
  writeFileSync(file, JSON.stringify(trace, null, 2) + '\n');
}
