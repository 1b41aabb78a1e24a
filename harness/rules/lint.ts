/**
 * Lints a trace with the whole catalog: `lintTrace` for a trace document, `lintTraceFile` for a
 * JSONL trace streamed from disk (memory stays flat whatever the number of events).
 */
import type { Finding } from '../results/types.ts';
import type { Trace, TraceFinal, TraceMeta } from '../trace/types.ts';
import { RULES } from './catalog.ts';
import { Linter, runRules } from './engine.ts';
import { streamTraceFile } from '../trace/jsonl.ts';
import type { LintOptions } from './types.ts';

export function lintTrace(trace: Trace, options: Partial<LintOptions> = {}): Finding[] {
  return runRules(RULES, trace, options);
}

/** A streamed trace's findings, with what the trace said about itself (it is never held whole). */
export interface LintedFile {
  meta: TraceMeta;
  final: TraceFinal;
  events: number;
  findings: Finding[];
}

export async function lintTraceFile(
  file: string,
  options: Partial<LintOptions> = {},
): Promise<LintedFile> {
  let linter: Linter | undefined;
  let meta: TraceMeta | undefined;
  let result: LintedFile | undefined;
  let events = 0;
  await streamTraceFile(file, {
    header(m) {
      meta = m;
      linter = new Linter(m, RULES, options);
    },
    event(event) {
      events += 1;
      linter?.push(event);
    },
    final(final) {
      if (meta && linter) result = { meta, final, events, findings: linter.finish(final) };
    },
  });
  // streamTraceFile resolves only after a header and a final line.
  return result!;
}
