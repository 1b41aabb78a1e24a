/**
 * `--suite lint`: every SCO of the package launched as a learner would meet it (first launch,
 * frameset), left to run for `advanceMs` of virtual time, then its window closed; the trace is
 * judged by the rule catalog. A SCO fails when any finding is an error; a launch the harness could
 * not finish is an error (or a timeout), never a content failure.
 */
import { basename, join } from 'node:path';
import type { RunSettings } from '../config/settings.ts';
import type { Sco, ScormPackage } from '../package/types.ts';
import type { ScenarioResult } from '../results/types.ts';
import { startHarness, type Harness } from '../session/harness.ts';
import type { Session } from '../session/session.ts';
import type { Trace } from '../trace/types.ts';
import type { SuiteHooks } from './bridge-suite.ts';
import { startDriver } from './driver.ts';
import { judgeTrace } from './judge-trace.ts';
import { select } from './selection.ts';
import { traceBaseName, tracesDir } from './trace-files.ts';

/** Virtual time advances in steps so that a SCO which ends itself stops the wait early. */
const STEP_MS = 10_000;

interface ScoRun {
  id: string;
  pkg: ScormPackage;
  sco: Sco;
}

/** The SCOs this run launches; ids carry the package name when more than one package is given. */
export function chooseScos(
  packages: readonly ScormPackage[],
  settings: Pick<RunSettings, 'grep' | 'shard' | 'scorm'>,
): ScoRun[] {
  const all = packages.flatMap((pkg) =>
    pkg.scos.map((sco) => ({
      id: packages.length > 1 ? `${basename(pkg.source)}/${sco.identifier}` : sco.identifier,
      pkg,
      sco,
    })),
  );
  const { scorm } = settings;
  const runs = all.filter((r) => scorm === undefined || r.pkg.version === scorm);
  return select(runs, (r) => ({ id: r.id, title: r.sco.title }), {
    ...settings,
    noun: scorm === undefined ? 'SCO' : `SCO of SCORM ${scorm}`,
    before: all.length,
  });
}

class LaunchTimeout extends Error {}

async function learnerSession(session: Session, advanceMs: number): Promise<Trace> {
  for (let done = 0; done < advanceMs && !session.trace; done += STEP_MS)
    await session.tick(Math.min(STEP_MS, advanceMs - done));
  if (session.trace) return session.trace;
  const left = await session.exit({ leave: true });
  return left.outcome === 'left' ? left.trace : session.finish();
}

async function lintOne(
  run: ScoRun,
  harness: Harness,
  settings: RunSettings,
  index: number,
): Promise<ScenarioResult> {
  const started = performance.now();
  const path = join(tracesDir(settings.out), `${traceBaseName([String(index + 1), run.id])}.jsonl`);
  const base = {
    id: run.id,
    title: `${run.sco.title} (${basename(run.pkg.source)})`,
    version: run.pkg.version,
    ...(run.pkg.edition ? { edition: run.pkg.edition } : {}),
    launchMode: 'frameset' as const,
  };
  let session: Session | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LaunchTimeout()), settings.timeoutMs);
    });
    const launched = harness.launch({
      package: run.pkg,
      sco: run.sco.identifier,
      tracePath: path,
      ...(settings.lmsProfile !== undefined ? { lmsProfile: settings.lmsProfile } : {}),
    });
    const trace = await Promise.race([
      launched.then((s) => ((session = s), learnerSession(s, settings.advanceMs))),
      timeout,
    ]);
    const findings = judgeTrace(trace, run.sco);
    return {
      ...base,
      status: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass',
      findings,
      duration: Math.round(performance.now() - started),
      traces: [{ path, trace }],
    };
  } catch (error) {
    const trace = await (session as Session | undefined)
      ?.end(error instanceof LaunchTimeout ? 'timeout' : 'harness-error')
      .catch(() => undefined);
    const timedOut = error instanceof LaunchTimeout;
    return {
      ...base,
      status: timedOut ? 'timeout' : 'error',
      findings: [],
      duration: Math.round(performance.now() - started),
      traces: trace ? [{ path, trace }] : [],
      error: timedOut
        ? `the launch did not finish within ${settings.timeoutMs} ms of real time`
        : (error as Error).message,
    };
  } finally {
    clearTimeout(timer);
  }
}

export async function runLintSuite(
  packages: readonly ScormPackage[],
  settings: RunSettings,
  hooks: SuiteHooks,
): Promise<ScenarioResult[]> {
  const runs = chooseScos(packages, settings);
  hooks.planned(runs.length);
  if (runs.length === 0) return [];
  const driver = await startDriver(settings);
  const harness = await startHarness({ driver }).catch(async (error: unknown) => {
    await driver.close();
    throw error;
  });
  const results = new Array<ScenarioResult>(runs.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < runs.length) {
      const index = next++;
      const result = await lintOne(runs[index]!, harness, settings, index);
      results[index] = result;
      hooks.done(result.id, result.status);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(settings.workers, runs.length) }, lane));
  } finally {
    await harness.close();
  }
  return results;
}
