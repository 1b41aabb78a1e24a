/**
 * `--suite bridge`: the scenario gate (harness/scenario) against the given builds, one per SCORM
 * version, in one browser with `workers` launches in flight. Each gate result becomes a result of
 * the results document, its traces written under `<out>/traces/`. On a driver that cannot open
 * some launch mode (jsdom: popups) those runs are skipped with the driver's reason.
 */
import type { RunSettings } from '../config/settings.ts';
import { HarnessError } from '../errors.ts';
import type { ScormPackage } from '../package/types.ts';
import { profileOf } from '../profiles/load-profile.ts';
import type { ScenarioResult, Status } from '../results/types.ts';
import { ContentAccessDriver } from '../scenario/content-driver.ts';
import type { GateTarget } from '../scenario/context.ts';
import { loadExpectations } from '../scenario/expectations.ts';
import type { Scenario } from '../scenario/meta.ts';
import { Gate, planRuns, type ScenarioResult as GateResult } from '../scenario/runner.ts';
import { startHarness } from '../session/harness.ts';
import { startDriver } from './driver.ts';
import { judgeTraces } from './judge-trace.ts';
import { loadScenarios } from './load-scenarios.ts';
import { select } from './selection.ts';
import { traceBaseName, writeTraces } from './trace-files.ts';

export interface SuiteHooks {
  /** Called once, with the number of results to come, before anything runs. */
  planned(total: number): void;
  done(id: string, status: Status): void;
}

function targetsOf(
  packages: readonly ScormPackage[],
  { scorm, backendPaths }: Pick<RunSettings, 'scorm' | 'backendPaths'>,
): GateTarget[] {
  const targets: GateTarget[] = [];
  for (const pkg of packages) {
    if (scorm !== undefined && pkg.version !== scorm) continue;
    if (targets.some((t) => t.version === pkg.version))
      throw new HarnessError({
        code: 'CONFIG_INVALID',
        file: pkg.source,
        message: `two packages for SCORM ${pkg.version}; the gate takes one build per version`,
        hint: 'pass one 1.2 build and/or one 2004 build',
      });
    targets.push({
      version: pkg.version,
      package: pkg,
      discovery: pkg.version,
      ...(backendPaths ? { backendPaths } : {}),
    });
  }
  return targets;
}

/** The scenarios this run takes: --scorm narrowing each one's versions, then --grep and --shard. */
export function chooseScenarios(
  all: readonly Scenario[],
  settings: Pick<RunSettings, 'grep' | 'shard' | 'scorm'>,
): Scenario[] {
  const { scorm } = settings;
  const narrowed = all.flatMap((s) => {
    if (scorm === undefined) return [s];
    if (!s.meta.versions.includes(scorm)) return [];
    return [{ ...s, meta: { ...s.meta, versions: [scorm] } }];
  });
  return select(narrowed, (s) => s.meta, {
    ...settings,
    noun: scorm === undefined ? 'scenario' : `scenario for SCORM ${scorm}`,
    before: all.length,
  });
}

/**
 * A gate result in the results document. The rules' findings on its traces are attached for the
 * reader; they never change the status, which is the scenario's own verdict (a scenario may break
 * a rule on purpose, e.g. by crashing the window).
 */
export function toResult(
  r: GateResult,
  out: string,
  packages: readonly Pick<ScormPackage, 'version' | 'edition' | 'scos'>[],
): ScenarioResult {
  const pkg = packages.find((p) => p.version === r.version);
  const edition = pkg?.edition;
  const base = traceBaseName([r.id, r.version, r.launchMode]);
  return {
    id: r.id,
    title: r.title,
    version: r.version,
    ...(edition !== undefined && r.version === '2004' ? { edition } : {}),
    launchMode: r.launchMode,
    status: r.status,
    findings: judgeTraces(r.traces, pkg?.scos ?? []),
    duration: Math.round(r.durationMs),
    traces: writeTraces(out, base, r.traces),
    ...(r.status === 'skip'
      ? { reason: r.message ?? 'skipped' }
      : r.message !== undefined
        ? { error: r.message }
        : {}),
    ...(r.expectation
      ? {
          expected: {
            status: 'fail' as const,
            reason: r.expectation.reason,
            ...(r.expectation.issue !== undefined ? { issue: r.expectation.issue } : {}),
          },
        }
      : {}),
  };
}

export async function runBridgeSuite(
  packages: readonly ScormPackage[],
  settings: RunSettings,
  hooks: SuiteHooks,
): Promise<ScenarioResult[]> {
  const scenarios = chooseScenarios(await loadScenarios(settings.scenarios), settings);
  const expectations = settings.expectations ? loadExpectations(settings.expectations) : {};
  const targets = targetsOf(packages, settings);
  const lmsProfile = profileOf(settings.lmsProfile);
  hooks.planned(planRuns(scenarios, targets, lmsProfile).length);
  // A shard the split left empty: no browser to start, a results document with no runs.
  if (scenarios.length === 0) return [];
  const browser = await startDriver(settings);
  const driver = new ContentAccessDriver(browser);
  let gate: Gate;
  try {
    gate = new Gate(await startHarness({ driver }), driver);
  } catch (error) {
    await driver.close();
    throw error;
  }
  try {
    const report = await gate.run({
      scenarios,
      targets,
      expectations,
      concurrency: settings.workers,
      timeoutMs: settings.timeoutMs,
      ...(lmsProfile ? { lmsProfile } : {}),
      // Runs the driver cannot open (popups under jsdom) are skips with its reason, not errors.
      unsupportedLaunch: (mode) => browser.unsupportedLaunch?.(mode),
      onResult: (r) => hooks.done(r.id, r.status),
    });
    return report.results.map((r) => toResult(r, settings.out, packages));
  } finally {
    await gate.close();
  }
}
