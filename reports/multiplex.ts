/**
 * Runs every reporter the user asked for and writes what each renders. A reporter that throws (or a
 * file that cannot be written) is recorded and the rest carry on, so one broken HTML template never
 * costs CI its JSON and JUnit files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Results } from '../harness/results/types.ts';

export interface ReportOutput {
  /** Reporter name as the user gave it (`json`, `junit`, `html`, `console`). */
  name: string;
  /** Destination; `-` is standard output. */
  file: string;
  render(results: Results): string;
}

export type ReportSink = (file: string, text: string) => void;

export interface ReportFailure {
  name: string;
  file: string;
  error: string;
}

export interface MultiplexOutcome {
  written: { name: string; file: string }[];
  failed: ReportFailure[];
}

export const fileSink: ReportSink = (file, text) => {
  if (file === '-') {
    process.stdout.write(text);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

function describe(error: unknown): string {
  if (error instanceof Error) {
    const hint = (error as { hint?: unknown }).hint;
    return typeof hint === 'string' ? `${error.message} (fix: ${hint})` : error.message;
  }
  return String(error);
}

export function writeReports(
  results: Results,
  outputs: readonly ReportOutput[],
  sink: ReportSink = fileSink,
): MultiplexOutcome {
  const outcome: MultiplexOutcome = { written: [], failed: [] };
  for (const output of outputs) {
    const { name, file } = output;
    try {
      sink(file, output.render(results));
      outcome.written.push({ name, file });
    } catch (error) {
      outcome.failed.push({ name, file, error: describe(error) });
    }
  }
  return outcome;
}
