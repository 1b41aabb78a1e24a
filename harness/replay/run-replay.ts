/**
 * What `scorm-harness replay <trace-or-log> --package <pkg>` does: derive the customer's LMS
 * profile from their trace or log, launch the package with it, write the new run's trace, and show
 * where its calls diverge from the customer's (side by side with --diff). Exit 0 when the calls
 * agree, 1 when they diverge, 2 (thrown) when it could not run. Without --package it prints the
 * derived profile, which `--lms-profile` can load later.
 */
import { writeFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { colorEnabled } from '../../reports/terminal.ts';
import type { CliContext } from '../cli/context.ts';
import { parseDuration } from '../cli/duration.ts';
import type { BrowserDriver } from '../driver/driver.ts';
import { HarnessError } from '../errors.ts';
import { loadPackage } from '../package/index.ts';
import { EXIT_CONTENT_FAILED, EXIT_PASSED, type ExitCode } from '../results/exit-code.ts';
import { startHarness, type Harness } from '../session/harness.ts';
import { writeTrace } from '../trace/trace-file.ts';
import { deriveProfile } from './derive-profile.ts';
import { harnessLauncher } from './harness-launcher.ts';
import { renderDiff, summarizeDiff } from './render-diff.ts';
import { replay } from './replay.ts';
import { checkFormat, readTraceOrLog, terminalWidth } from './run-diff.ts';

export interface ReplayCommandOptions {
  package?: string;
  diff?: boolean;
  from?: string;
  sco?: string;
  driver: string;
  advance?: string;
  out?: string;
  profileOut?: string;
}

/** Replays run at least this long, or as long as the customer's run lasted. */
const MIN_ADVANCE_MS = 5000;

async function startDriver(name: string): Promise<BrowserDriver> {
  if (name === 'jsdom') return (await import('../driver/jsdom-driver.ts')).launchJsdomDriver();
  if (name === 'chromium')
    return (await import('../driver/puppeteer-driver.ts')).launchPuppeteerDriver();
  throw new HarnessError({
    code: 'CONFIG_INVALID',
    message: `unknown --driver "${name}"`,
    hint: "use 'chromium' (real browser, default) or 'jsdom' (fast, no popups)",
  });
}

export async function runReplay(
  source: string,
  options: ReplayCommandOptions,
  ctx: CliContext,
): Promise<ExitCode> {
  const reference = await readTraceOrLog(source, checkFormat(options.from));
  if (options.package === undefined) {
    const profile = `${JSON.stringify(deriveProfile(reference), null, 2)}\n`;
    if (options.profileOut) writeFileSync(options.profileOut, profile);
    else ctx.stdout.write(profile);
    return EXIT_PASSED;
  }
  const advance =
    options.advance === undefined
      ? Math.max(MIN_ADVANCE_MS, reference.final.t)
      : parseDuration(options.advance, '--advance');
  const pkg = await loadPackage(options.package);
  let harness: Harness | undefined;
  try {
    harness = await startHarness({ driver: await startDriver(options.driver) });
    const result = await replay(reference, pkg, {
      launch: harnessLauncher({
        harness,
        package: pkg,
        ...(options.sco !== undefined ? { sco: options.sco } : {}),
        advance,
        popups: options.driver !== 'jsdom',
      }),
    });
    if (options.profileOut)
      writeFileSync(options.profileOut, `${JSON.stringify(result.profile, null, 2)}\n`);
    if (options.out) writeTrace(options.out, result.replayed);
    const color = colorEnabled(ctx.stdout, ctx.env);
    const chalk = new Chalk({ level: color ? 1 : 0 });
    for (const note of result.notes) ctx.stdout.write(chalk.yellow(`note: ${note}\n`));
    ctx.stdout.write(
      options.diff
        ? renderDiff(result.diff, {
            color,
            width: terminalWidth(ctx.stdout),
            titles: [`customer (${source})`, `replay (${pkg.source})`],
          })
        : `${summarizeDiff(result.diff)}\n`,
    );
    return result.diff.firstDivergence === undefined ? EXIT_PASSED : EXIT_CONTENT_FAILED;
  } finally {
    await harness?.close();
    await pkg.dispose();
  }
}
