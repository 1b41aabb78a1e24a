/**
 * What `scorm-harness diff <a> <b>` does: read two traces or logs, align their API calls, print the
 * side-by-side diff. Exit 0 when the calls agree, 1 when they diverge (2, thrown, when a file cannot
 * be read).
 */
import { colorEnabled } from '../../reports/terminal.ts';
import type { CliContext } from '../cli/context.ts';
import { HarnessError } from '../errors.ts';
import { importLog, isImportFormat, type ImportFormat } from '../import/index.ts';
import { EXIT_CONTENT_FAILED, EXIT_PASSED, type ExitCode } from '../results/exit-code.ts';
import type { Trace } from '../trace/types.ts';
import { diffTraces } from './diff.ts';
import { renderDiff } from './render-diff.ts';

export interface DiffCommandOptions {
  from?: string;
  context?: string;
}

export function checkFormat(from: string | undefined): ImportFormat | undefined {
  if (from === undefined || isImportFormat(from)) return from;
  throw new HarnessError({
    code: 'CONFIG_INVALID',
    message: `unknown --from format "${from}"`,
    hint: 'leave --from out to detect the format, or name one the importer knows (see scorm-harness import)',
  });
}

export async function readTraceOrLog(path: string, from: ImportFormat | undefined): Promise<Trace> {
  return (await importLog(path, from ? { from } : {})).trace;
}

function checkContext(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^\d{1,4}$/.test(text)) return Number(text);
  throw new HarnessError({
    code: 'CONFIG_INVALID',
    message: `--context "${text}" is not a number of calls`,
    hint: 'give the number of matching calls to show around each difference, e.g. --context 3',
  });
}

export function terminalWidth(stream: CliContext['stdout']): number {
  return (stream as { columns?: number }).columns ?? 160;
}

export async function runDiff(
  a: string,
  b: string,
  options: DiffCommandOptions,
  ctx: CliContext,
): Promise<ExitCode> {
  const from = checkFormat(options.from);
  const context = checkContext(options.context);
  const diff = diffTraces(await readTraceOrLog(a, from), await readTraceOrLog(b, from));
  ctx.stdout.write(
    renderDiff(diff, {
      color: colorEnabled(ctx.stdout, ctx.env),
      width: terminalWidth(ctx.stdout),
      titles: [a, b],
      ...(context !== undefined ? { context } : {}),
    }),
  );
  return diff.firstDivergence === undefined ? EXIT_PASSED : EXIT_CONTENT_FAILED;
}
