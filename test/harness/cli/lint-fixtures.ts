/** Traces for the lint command's tests, taken from the rule fixtures (their findings are known). */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TraceJsonlWriter } from '../../../harness/trace/jsonl.ts';
import type { Trace } from '../../../harness/trace/types.ts';

const RULE_FIXTURES = fileURLToPath(
  new URL('../../../harness/rules/__fixtures__/', import.meta.url),
);

export const IMPORT_FIXTURES = fileURLToPath(new URL('../import/fixtures/', import.meta.url));

/** A session the whole catalog finds nothing in. */
export const CLEAN = 'call-after-terminate/ok-commit-before-terminate.trace.json';
/** One finding: call-after-terminate at seq 7. */
export const BAD = 'call-after-terminate/bad-set-after-finish.trace.json';

export function ruleFixture(name: string): { trace: Trace; expect: string[] } {
  return JSON.parse(readFileSync(RULE_FIXTURES + name, 'utf8')) as {
    trace: Trace;
    expect: string[];
  };
}

export function writeJson(file: string, trace: Trace): string {
  writeFileSync(file, JSON.stringify(trace, null, 2));
  return file;
}

export function writeJsonl(file: string, trace: Trace): string {
  const writer = new TraceJsonlWriter(file, trace.meta);
  for (const event of trace.events) writer.event(event);
  writer.finish(trace.final);
  return file;
}
