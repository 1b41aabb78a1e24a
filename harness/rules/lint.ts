/**
 * Lints a trace with the whole catalog: `lintTrace` for a trace document, `lintTraceFile` for a
 * JSONL trace streamed line by line (memory stays flat whatever the number of events).
 */
import { HarnessError } from '../errors.ts';
import type { Finding } from '../results/types.ts';
import { readTraceLines } from '../trace/jsonl.ts';
import type { Trace } from '../trace/types.ts';
import { RULES } from './catalog.ts';
import { Linter, runRules } from './engine.ts';
import type { LintOptions } from './types.ts';

export function lintTrace(trace: Trace, options: Partial<LintOptions> = {}): Finding[] {
  return runRules(RULES, trace, options);
}

export async function lintTraceFile(
  file: string,
  options: Partial<LintOptions> = {},
): Promise<Finding[]> {
  let linter: Linter | undefined;
  for await (const line of readTraceLines(file)) {
    if (line.kind === 'header') linter = new Linter(line.meta, RULES, options);
    else if (line.kind === 'event') linter?.push(line.event);
    else if (linter) return linter.finish(line.final);
  }
  throw new HarnessError({
    code: 'TRACE_INVALID',
    file,
    message: 'the trace has no final line (the recording was cut)',
    hint: 'lint the JSON form, or re-record the session so that the trace is complete',
  });
}
