/**
 * Renders the results document through every reporter asked for, via the multiplexer, so one
 * reporter that throws costs nothing else. results.json is written on every run: if even the JSON
 * reporter fails (a document the schema refuses), the raw document is written in its place.
 */
import { join } from 'node:path';
import { renderConsole } from '../../reports/console.ts';
import { renderHtml } from '../../reports/html.ts';
import { renderJson } from '../../reports/json.ts';
import { renderJunit } from '../../reports/junit.ts';
import { fileSink, writeReports, type MultiplexOutcome } from '../../reports/multiplex.ts';
import { colorEnabled } from '../../reports/terminal.ts';
import type { CliContext } from '../cli/context.ts';
import type { ReporterName } from '../config/types.ts';
import type { Results } from '../results/types.ts';

export const REPORT_FILES: Record<Exclude<ReporterName, 'console'>, string> = {
  json: 'results.json',
  junit: 'junit.xml',
  html: 'report.html',
};

type ReportContext = Pick<CliContext, 'stdout' | 'stderr' | 'env'>;

/** Where one report goes: a file, or `-` for standard output. */
export interface ReportTarget {
  name: ReporterName;
  file: string;
}

/**
 * Renders each report to its target through the multiplexer (`run` and `lint` alike) and says on
 * standard error what was written and what could not be; the caller decides what a failure means.
 */
export function emitReports(
  results: Results,
  targets: readonly ReportTarget[],
  ctx: ReportContext,
): MultiplexOutcome {
  const color = colorEnabled(ctx.stdout, ctx.env);
  const renderers: Record<ReporterName, (r: Results) => string> = {
    console: (r) => renderConsole(r, { color }),
    json: (r) => renderJson(r),
    junit: (r) => renderJunit(r),
    html: (r) => renderHtml(r),
  };
  const outputs = targets.map((target) => ({ ...target, render: renderers[target.name] }));
  // Standard output is the command's stream (tests run the CLI in-process too).
  const sink = (file: string, text: string) =>
    file === '-' ? void ctx.stdout.write(text) : fileSink(file, text);
  const outcome = writeReports(results, outputs, sink);
  for (const { name, file } of outcome.written)
    if (file !== '-') ctx.stderr.write(`wrote ${name} report: ${file}\n`);
  for (const failure of outcome.failed)
    ctx.stderr.write(
      `could not write the ${failure.name} report (${failure.file}): ${failure.error}\n`,
    );
  return outcome;
}

/** Writes the reports; returns false when any could not be rendered or written. */
export function writeRunReports(
  results: Results,
  reporters: readonly ReporterName[],
  out: string,
  ctx: ReportContext,
): boolean {
  const names = [...new Set<ReporterName>(['json', ...reporters])];
  const outcome = emitReports(
    results,
    names.map((name) => ({
      name,
      file: name === 'console' ? '-' : join(out, REPORT_FILES[name]),
    })),
    ctx,
  );
  const json = outcome.failed.find((f) => f.name === 'json');
  if (json) {
    const raw = {
      ...results,
      scenarios: results.scenarios.map((s) => ({
        ...s,
        traces: s.traces.map(({ trace: _trace, ...ref }) => ref),
      })),
    };
    fileSink(json.file, JSON.stringify(raw, null, 2) + '\n');
    ctx.stderr.write(`wrote the unchecked results document instead: ${json.file}\n`);
  }
  return outcome.failed.length === 0;
}
