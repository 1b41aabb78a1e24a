/**
 * What `scorm-harness launch` does: check the options, load the package, start a driver and the
 * mock LMS, launch the SCO, advance virtual time, close the window as a learner would, write the
 * trace (also when the launch fails midway) and print the summary.
 */
import { Chalk } from 'chalk';
import { colorEnabled } from '../../../reports/terminal.ts';
import { HarnessError } from '../../errors.ts';
import { loadPackage } from '../../package/index.ts';
import { profileOf } from '../../profiles/load-profile.ts';
import { EXIT_PASSED, type ExitCode } from '../../results/exit-code.ts';
import { startHarness, type Harness } from '../../session/harness.ts';
import { startDriver } from '../../suites/driver.ts';
import {
  checkApiWindowDepth,
  chooseSco,
  launchModeFor,
  resolveLmsProfile,
} from '../../session/launch-options.ts';
import type { Session } from '../../session/session.ts';
import { isPopupLaunch } from '../../trace/launch-mode.ts';
import type { LaunchMode, Trace } from '../../trace/types.ts';
import type { CliContext } from '../context.ts';
import { parseDuration } from '../duration.ts';
import { createLaunchProgress, type LaunchProgress } from './progress.ts';
import { renderLaunchSummary } from './summary.ts';
import { TraceOutput } from './trace-output.ts';

export interface LaunchCommandOptions {
  sco?: string;
  /** Default frameset, or popup when the LMS profile launches content in a popup. */
  mode?: string;
  /** Frames between the top window and the one holding the API; default 0. */
  apiWindowDepth?: string;
  lmsProfile?: string;
  driver: string;
  advance: string;
  out: string;
  browserWsEndpoint?: string;
  /** Real time before the content counts as hung; default the harness's. */
  hangTimeout?: string;
}

const DRIVERS = ['chromium', 'jsdom'] as const;
type DriverName = (typeof DRIVERS)[number];
/** Virtual time is advanced in steps so the bar moves and a window closed by the content stops it. */
const STEP_MS = 10_000;

function checkDriver(name: string, mode: LaunchMode): DriverName {
  if (!(DRIVERS as readonly string[]).includes(name)) {
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      message: `unknown --driver "${name}"`,
      hint: "use 'chromium' (real browser, default) or 'jsdom' (fast, no layout, no popups)",
    });
  }
  if (name === 'jsdom' && isPopupLaunch(mode)) {
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      message: 'the jsdom driver cannot open popup windows',
      hint: 'use --mode frameset or nested:N with jsdom, or --driver chromium for popup and popup:N',
    });
  }
  return name as DriverName;
}

async function advance(session: Session, total: number, progress: LaunchProgress): Promise<void> {
  progress.advancing(total);
  let done = 0;
  while (done < total && !session.trace) {
    const step = Math.min(STEP_MS, total - done);
    await session.tick(step);
    done += step;
    progress.advanced(done);
  }
}

export async function runLaunch(
  packagePath: string,
  options: LaunchCommandOptions,
  ctx: CliContext,
): Promise<ExitCode> {
  // The profile is read before the package, so a mistake in either is reported before any work.
  const lmsProfile = profileOf(options.lmsProfile);
  const mode = launchModeFor(options.mode, lmsProfile);
  const driverName = checkDriver(options.driver, mode);
  const depth = options.apiWindowDepth;
  const apiWindowDepth = checkApiWindowDepth(
    depth !== undefined && /^[0-9]+$/.test(depth) ? Number(depth) : depth,
    mode,
    '--api-window-depth',
  );
  const duration = parseDuration(options.advance, '--advance');
  const hang =
    options.hangTimeout !== undefined
      ? { hangTimeoutMs: parseDuration(options.hangTimeout, '--hang-timeout') }
      : {};
  const output = new TraceOutput(options.out);
  const progress = createLaunchProgress(ctx.stderr, ctx.env);
  progress.stage(`loading ${packagePath}`);
  const pkg = await loadPackage(packagePath);
  let harness: Harness | undefined;
  let trace: Trace | undefined;
  let failed = true;
  try {
    chooseSco(pkg, options.sco);
    resolveLmsProfile(lmsProfile, pkg.version);
    progress.stage(`starting the ${driverName} driver and the mock LMS`);
    const driver = await startDriver({
      driver: driverName,
      ...(options.browserWsEndpoint !== undefined
        ? { browserWsEndpoint: options.browserWsEndpoint }
        : {}),
    });
    harness = await startHarness({ driver, ...hang });
    progress.stage('launching');
    const session = await harness.launch({
      package: pkg,
      ...(options.sco !== undefined ? { sco: options.sco } : {}),
      launchMode: mode,
      apiWindowDepth,
      ...(lmsProfile ? { lmsProfile } : {}),
      tracePath: output.streamPath,
    });
    try {
      await advance(session, duration, progress);
      progress.stage('closing the window');
      trace = session.trace ?? (await session.close());
      failed = false;
    } catch (error) {
      // A hang or a dead browser ended the session with a complete trace: that one is written.
      trace = await session.end('harness-error');
      throw error;
    }
  } finally {
    progress.stop();
    await harness?.close();
    await pkg.dispose();
    const written = await output.finish(trace).catch(() => false);
    if (failed && written)
      ctx.stderr.write(`scorm-harness: the trace so far is in ${output.path}\n`);
  }
  const chalk = new Chalk({ level: colorEnabled(ctx.stdout, ctx.env) ? 1 : 0 });
  ctx.stdout.write(
    renderLaunchSummary(trace, { driver: driverName, tracePath: output.path }, chalk),
  );
  return EXIT_PASSED;
}
