/** Reading and writing traces as files: `.jsonl` is the line form, anything else the JSON document. */
import { writeFileSync } from 'node:fs';
import { readTraceJsonl } from './jsonl.ts';
import type { Trace } from './types.ts';
import { parseTrace } from './validate.ts';
import { readJsonFile } from '../json-file.ts';

export async function readTrace(file: string): Promise<Trace> {
  if (file.endsWith('.jsonl')) return readTraceJsonl(file);
  const value = readJsonFile(file, {
    code: 'TRACE_INVALID',
    unreadable: { message: 'cannot read the trace file', hint: 'check the path' },
    notJson: {
      message: 'the trace is not JSON',
      hint: 'a trace is a JSON document (or JSON Lines in a .jsonl file)',
    },
  });
  return parseTrace(value, file);
}

/** Validates before writing, so an invalid trace never lands on disk looking like a good one. */
export function writeTrace(file: string, trace: Trace): void {
  parseTrace(trace, file);
  writeFileSync(file, JSON.stringify(trace, null, 2) + '\n');
}
