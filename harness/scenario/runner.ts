/**
 * The gate runner: expands scenarios over the versions and launch modes they apply to, runs them
 * against one build per version in ONE browser with a bounded number of launches in parallel, and
 * returns a result per run. It knows nothing of a particular content: the caller passes the
 * scenarios and the builds (a reference build, a mutant, a customer's package).
 *
 *   const gate = await startGate();
 *   const report = await gate.run({ scenarios, targets });
 *   await gate.close();
 */
import { availableParallelism } from 'node:os';
import { launchPuppeteerDriver } from '../driver/puppeteer-driver.ts';
import { profileLaunchMode } from '../profiles/launch.ts';
import { profileOf } from '../profiles/load-profile.ts';
import type { LmsProfile } from '../profiles/types.ts';
import { startHarness, type Harness } from '../session/harness.ts';
import { MissingCallError } from '../session/session.ts';
import type { LaunchMode, ScormVersion, Trace } from '../trace/types.ts';
import { ContentAccessDriver } from './content-driver.ts';
import { ScenarioContext, type GateTarget } from './context.ts';
import { expectationFor, type Expectation, type Expectations } from './expectations.ts';
import type { Scenario } from './meta.ts';

/**
 * Launches in flight when the caller does not say: one per core, between two and four. The gate is
 * CPU-bound (Chromium's work per launch, request and frame), and more launches than cores only
 * contend: on 2 cores, 4 at once took about a tenth more CPU and wall time than 2
 * (bench/README.md). At most four, as before: the core count does not see a container's CPU quota,
 * and dozens of pages on a few cores would only trip the runs' real-time watchdogs.
 */
export const DEFAULT_CONCURRENCY = Math.min(4, Math.max(2, availableParallelism()));

export type RunStatus = 'pass' | 'fail' | 'error' | 'timeout' | 'skip';

export interface ScenarioResult {
  id: string;
  title: string;
  version: ScormVersion;
  launchMode: LaunchMode;
  status: RunStatus;
  /** false when the run breaks the gate: a failure not expected, or an expected failure that passed. */
  ok: boolean;
  expectation?: Expectation;
  message?: string;
  /** Real milliseconds the run took. */
  durationMs: number;
  traces: Trace[];
}

export interface GateRunOptions {
  scenarios: readonly Scenario[];
  /** One build per version; scenarios for a version without a target are reported as skipped. */
  targets: readonly GateTarget[];
  expectations?: Expectations;
  /** Launches in flight at once; default DEFAULT_CONCURRENCY. */
  concurrency?: number;
  /** Real-time watchdog per run (times the scenario's `cost`), turning a hang into a `timeout` result; default 30 000 ms. */
  timeoutMs?: number;
  /**
   * The LMS profile every launch answers by (a profile, a built-in name or a file), unless a
   * scenario launches with its own. Runs of a version the profile is not for are skipped; with
   * api-via-opener every run is a popup launch.
   */
  lmsProfile?: LmsProfile | string;
  /**
   * Why the browser driver cannot open a launch mode (BrowserDriver.unsupportedLaunch), or
   * undefined when it can: runs in such a mode are reported as skipped with that reason.
   */
  unsupportedLaunch?(mode: LaunchMode): string | undefined;
  onResult?(result: ScenarioResult): void;
}

export interface GateReport {
  results: ScenarioResult[];
  /** Real milliseconds for the whole run. */
  wallMs: number;
  ok: boolean;
}

interface PlannedRun {
  scenario: Scenario;
  version: ScormVersion;
  launchMode: LaunchMode;
  target: GateTarget | undefined;
}

/** Every (scenario, version, launch mode) the gate runs, in a stable order. */
export function planRuns(
  scenarios: readonly Scenario[],
  targets: readonly GateTarget[],
  profile?: LmsProfile,
): PlannedRun[] {
  // An LMS that opens content in a popup launches every scenario so: its modes collapse into one.
  const modesOf = (scenario: Scenario): LaunchMode[] =>
    profile
      ? [...new Set(scenario.meta.launchModes.map((mode) => profileLaunchMode(profile, mode)))]
      : [...scenario.meta.launchModes];
  return scenarios.flatMap((scenario) =>
    scenario.meta.versions.flatMap((version) =>
      modesOf(scenario).map((launchMode) => ({
        scenario,
        version,
        launchMode,
        target: targets.find((t) => t.version === version),
      })),
    ),
  );
}

/**
 * Indices of the planned runs, costliest first (stable among equals): with the long runs started
 * first, the short ones fill the other lanes around them.
 */
export function startOrder(planned: readonly PlannedRun[]): number[] {
  const cost = (i: number) => planned[i]!.scenario.meta.cost ?? 1;
  return planned.map((_, i) => i).sort((a, b) => cost(b) - cost(a) || a - b);
}

/**
 * `fail` when the content broke the behaviour: a failed assertion, or a call the scenario waited
 * for that the content never made; anything else (a crash, a harness problem) is an `error`.
 */
function statusOf(error: unknown): RunStatus {
  if (error instanceof MissingCallError) return 'fail';
  return error instanceof Error && error.name === 'AssertionError' ? 'fail' : 'error';
}

export class Gate {
  private runs = 0;

  constructor(
    private readonly harness: Harness,
    private readonly driver: ContentAccessDriver,
  ) {}

  async run(options: GateRunOptions): Promise<GateReport> {
    const started = performance.now();
    // The run-wide profile, loaded once before anything runs.
    const profile = profileOf(options.lmsProfile);
    const planned = planRuns(options.scenarios, options.targets, profile);
    const results: ScenarioResult[] = new Array<ScenarioResult>(planned.length);
    const order = startOrder(planned);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < order.length) {
        const index = order[next++]!;
        const result = await this.runOne(planned[index]!, options, profile);
        results[index] = result;
        options.onResult?.(result);
      }
    };
    const lanes = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, planned.length));
    await Promise.all(Array.from({ length: lanes }, worker));
    return {
      results,
      wallMs: performance.now() - started,
      ok: results.every((r) => r.ok),
    };
  }

  private async runOne(
    run: PlannedRun,
    options: GateRunOptions,
    profile: LmsProfile | undefined,
  ): Promise<ScenarioResult> {
    const { meta } = run.scenario;
    const base = {
      id: meta.id,
      title: meta.title,
      version: run.version,
      launchMode: run.launchMode,
    };
    const expectation = expectationFor(options.expectations ?? {}, meta.id, run.version);
    const skip = !run.target
      ? 'no build for this version'
      : profile?.versions && !profile.versions.includes(run.version)
        ? `LMS profile "${profile.name}" is for SCORM ${profile.versions.join(', ')}`
        : options.unsupportedLaunch?.(run.launchMode);
    if (skip !== undefined || !run.target) {
      return { ...base, status: 'skip', ok: true, message: skip, durationMs: 0, traces: [] };
    }
    const started = performance.now();
    const ctx = new ScenarioContext({
      harness: this.harness,
      driver: this.driver,
      target: run.target,
      launchMode: run.launchMode,
      runId: `r${++this.runs}`,
      ...(profile ? { lmsProfile: profile } : {}),
    });
    const timeoutMs = (options.timeoutMs ?? 30_000) * (meta.cost ?? 1);
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new GateTimeout(timeoutMs)), timeoutMs);
    });
    let status: RunStatus = 'pass';
    let message: string | undefined;
    try {
      await Promise.race([run.scenario.run(ctx), watchdog]);
    } catch (error) {
      status = error instanceof GateTimeout ? 'timeout' : statusOf(error);
      message = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
      await ctx.cleanup();
    }
    const expectedFail = expectation !== undefined;
    const ok = expectedFail ? status === 'fail' : status === 'pass';
    if (expectedFail && status === 'pass') {
      message = `unexpected pass: expected to fail (${expectation.reason})`;
    }
    return {
      ...base,
      status,
      ok,
      ...(expectation ? { expectation } : {}),
      ...(message !== undefined ? { message } : {}),
      durationMs: performance.now() - started,
      traces: ctx.traces(),
    };
  }

  async close(): Promise<void> {
    await this.harness.close();
  }
}

class GateTimeout extends Error {
  constructor(ms: number) {
    super(`the scenario did not finish within ${ms} ms of real time`);
    this.name = 'GateTimeout';
  }
}

/** Starts the LMS and one browser for any number of gate runs. */
export async function startGate(): Promise<Gate> {
  const driver = new ContentAccessDriver(await launchPuppeteerDriver());
  try {
    return new Gate(await startHarness({ driver }), driver);
  } catch (error) {
    await driver.close();
    throw error;
  }
}
