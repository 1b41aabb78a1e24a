/**
 * `scorm-harness lint <trace-or-log>`: imports a recorded trace or a foreign LMS log, runs the rule
 * catalog over it and renders one results document through the reporters. A `.jsonl` trace is
 * streamed (flat memory, no timeline in the reports); anything else is imported whole, and its
 * trace is embedded so the reports can show the calls around each finding.
 * Exit 0 clean (warnings and info allowed), 1 an error-severity finding, 2 could not run.
 */
import { Option, type Command } from 'commander';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HarnessError } from '../../errors.ts';
import type { ImportReport } from '../../import/index.ts';
import type { Finding, Results, ScenarioResult, TraceRef } from '../../results/types.ts';
import type { Trace, TraceFinal, TraceMeta } from '../../trace/types.ts';
import type { ExitCode } from '../../results/exit-code.ts';
import type { CliContext } from '../context.ts';

const FORMATS = ['console', 'json', 'html', 'junit'] as const;
type Format = (typeof FORMATS)[number];

/** Skipped log lines listed one by one; the rest are counted. */
const MAX_SKIPPED_SHOWN = 20;

interface LintCommandOptions {
  format: Format[];
  out?: string;
  from?: string;
  rule?: string[];
}

const { version: HARNESS_VERSION } = createRequire(import.meta.url)('../../../package.json') as {
  version: string;
};

export function registerLint(program: Command, ctx: CliContext): void {
  program
    .command('lint')
    .description('run the SCORM rules over a recorded trace or an LMS log and report the findings')
    .argument('<trace-or-log>', 'a trace (.json, .jsonl streamed) or a log the importer reads')
    .addOption(
      new Option('--format <format...>', 'reports to render (one or more)')
        .choices(FORMATS)
        .default(['console']),
    )
    .option('--out <dir>', 'write each report to a file in this folder instead of stdout')
    .option('--from <format>', 'the log format, when detection guesses wrong')
    .option('--rule <id...>', 'run only these rules (one or more rule ids)')
    .action(async (file: string, options: LintCommandOptions) => {
      ctx.setExitCode(await runLint(file, options, ctx));
    });
}

interface Linted {
  /** Wall-clock milliseconds of the import and the rules (module loading left out). */
  duration: number;
  meta: TraceMeta;
  final: TraceFinal;
  findings: Finding[];
  traces: TraceRef[];
}

async function lintInput(
  file: string,
  options: LintCommandOptions,
  ctx: CliContext,
): Promise<Linted> {
  // Loaded on use: --help needs neither the rules nor the importers.
  const { importLog, isImportFormat, IMPORT_FORMATS } = await import('../../import/index.ts');
  const { lintTrace, lintTraceFile } = await import('../../rules/lint.ts');
  const { RULES } = await import('../../rules/catalog.ts');
  const only = options.rule;
  const unknown = only?.filter((id) => !RULES.some((rule) => rule.id === id)) ?? [];
  if (unknown.length > 0)
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      message: `unknown rule id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`,
      hint: `use ids of the catalog (harness/rules/catalog.ts), e.g. ${RULES[0]?.id ?? ''}`,
    });
  const from = options.from;
  if (from !== undefined && !isImportFormat(from))
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      message: `unknown log format "${from}"`,
      hint: `--from takes one of: ${IMPORT_FORMATS.join(', ')}`,
    });
  const lintOptions = only ? { only } : {};
  const start = performance.now();
  const elapsed = () => Math.round(performance.now() - start);
  if (file.endsWith('.jsonl') && (from === undefined || from === 'native')) {
    const linted = await lintTraceFile(file, lintOptions);
    return { ...linted, duration: elapsed(), traces: [{ path: file }] };
  }
  const { trace, report } = await importLog(file, from === undefined ? {} : { from });
  showImport(report, trace, ctx);
  const traces: TraceRef[] = [report.format === 'native' ? { path: file, trace } : { trace }];
  const findings = lintTrace(trace, lintOptions);
  return { duration: elapsed(), meta: trace.meta, final: trace.final, findings, traces };
}

/** What the importer skipped or assumed, on stderr so that a report on stdout stays clean. */
function showImport(report: ImportReport, trace: Trace, ctx: CliContext): void {
  if (report.format === 'native') return;
  const calls = trace.events.filter((e) => e.type === 'api').length;
  const lines = [
    `import: read as ${report.format}: ${calls} API calls, ${report.skipped.length} lines skipped, ${report.ignoredLines} lines of commentary ignored`,
    ...report.skipped
      .slice(0, MAX_SKIPPED_SHOWN)
      .map((s) => `  skipped line ${s.line}: ${s.reason}`),
  ];
  if (report.skipped.length > MAX_SKIPPED_SHOWN)
    lines.push(`  … and ${report.skipped.length - MAX_SKIPPED_SHOWN} more skipped lines`);
  lines.push(...report.notes.map((note) => `  note: ${note}`));
  ctx.stderr.write(lines.join('\n') + '\n');
}

async function runLint(
  file: string,
  options: LintCommandOptions,
  ctx: CliContext,
): Promise<ExitCode> {
  const started = new Date(Date.now());
  const { duration, meta, final, findings, traces } = await lintInput(file, options, ctx);
  const { createResults } = await import('../../results/totals.ts');
  const { exitCodeFor } = await import('../../results/exit-code.ts');
  const { isCi } = await import('../../../reports/terminal.ts');
  const scenario: ScenarioResult = {
    id: basename(file),
    title: `lint ${meta.package} › ${meta.sco} (ended: ${final.ended})`,
    version: meta.version,
    ...(meta.edition ? { edition: meta.edition } : {}),
    launchMode: meta.launchMode,
    status: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass',
    findings,
    duration,
    traces,
  };
  const results = createResults(
    {
      command: 'lint',
      package: file,
      versions: [meta.version],
      started: started.toISOString(),
      duration,
      harnessVersion: HARNESS_VERSION,
      workers: 1,
      environment: { node: process.version, platform: process.platform, ci: isCi(ctx.env) },
    },
    [scenario],
  );
  await writeLintReports(results, options, ctx);
  return exitCodeFor(results);
}

async function writeLintReports(
  results: Results,
  options: LintCommandOptions,
  ctx: CliContext,
): Promise<void> {
  // The console report always goes to stdout; the others to their file under --out, if given.
  const { emitReports, REPORT_FILES } = await import('../../suites/write-reports.ts');
  const targets = [...new Set(options.format)].map((name) => ({
    name,
    file:
      name === 'console' || options.out === undefined ? '-' : join(options.out, REPORT_FILES[name]),
  }));
  const outcome = emitReports(results, targets, ctx);
  if (outcome.failed.length > 0)
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      file: outcome.failed[0]?.file,
      message: `${outcome.failed.length} report(s) could not be written`,
      hint: 'check that --out names a folder you can write to',
    });
}
