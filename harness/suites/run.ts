/**
 * What `scorm-harness run` does: settings from the config file and flags (checked before anything
 * starts), the packages loaded, the suite chosen and run, the results document assembled and
 * rendered, the exit code taken from harness/results. Anything the user must fix is a HarnessError
 * (exit 2); a reporter that fails also makes the exit code 2, after every other report is written.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { createProgress } from '../../reports/progress.ts';
import { isCi } from '../../reports/terminal.ts';
import type { CliContext } from '../cli/context.ts';
import { loadConfig } from '../config/load.ts';
import { resolveRunSettings, type RunFlags, type RunSettings } from '../config/settings.ts';
import { loadPackage } from '../package/index.ts';
import type { ScormPackage } from '../package/types.ts';
import { loadProfile } from '../profiles/index.ts';
import { EXIT_HARNESS_FAILED, exitCodeFor, type ExitCode } from '../results/exit-code.ts';
import { createResults } from '../results/totals.ts';
import type { ScenarioResult } from '../results/types.ts';
import { runBridgeSuite, type SuiteHooks } from './bridge-suite.ts';
import { isBridgePackage } from './bridge-detect.ts';
import { runLintSuite } from './lint-suite.ts';
import { writeRunReports } from './write-reports.ts';

const { version: HARNESS_VERSION } = createRequire(import.meta.url)('../../package.json') as {
  version: string;
};

export interface RunCommandFlags extends RunFlags {
  config?: string;
}

async function loadAll(paths: readonly string[]): Promise<ScormPackage[]> {
  const loaded: ScormPackage[] = [];
  try {
    for (const path of paths) loaded.push(await loadPackage(path));
    return loaded;
  } catch (error) {
    await Promise.all(loaded.map((p) => p.dispose()));
    throw error;
  }
}

function suiteOf(settings: RunSettings, packages: readonly ScormPackage[]): 'bridge' | 'lint' {
  return settings.suite ?? (packages.every(isBridgePackage) ? 'bridge' : 'lint');
}

export async function runCommand(
  packagePaths: readonly string[],
  flags: RunCommandFlags,
  ctx: CliContext,
  cwd: string = process.cwd(),
): Promise<ExitCode> {
  const { config, ...runFlags } = flags;
  const settings = resolveRunSettings(runFlags, await loadConfig(config, cwd), cwd);
  // Checked up front: a profile that cannot be read or is invalid stops the run before any launch.
  if (settings.lmsProfile !== undefined) loadProfile(settings.lmsProfile);
  const started = new Date(Date.now());
  const start = performance.now();
  const packages = await loadAll(packagePaths);
  const suite = suiteOf(settings, packages);
  const progress = createProgress({ stream: ctx.stderr, env: ctx.env });
  const hooks: SuiteHooks = {
    planned: (total) => progress.start(total),
    done: (id, status) => progress.scenarioDone(id, status),
  };
  let scenarios: ScenarioResult[];
  try {
    scenarios =
      suite === 'bridge'
        ? await runBridgeSuite(packages, settings, hooks)
        : await runLintSuite(packages, settings, hooks);
  } finally {
    progress.stop();
    await Promise.all(packages.map((p) => p.dispose()));
  }
  const results = createResults(
    {
      command: 'run',
      package: packagePaths.join(' '),
      suite,
      versions: [...new Set(scenarios.map((s) => s.version))],
      started: started.toISOString(),
      duration: Math.round(performance.now() - start),
      harnessVersion: HARNESS_VERSION,
      ...(settings.shard ? { shard: settings.shard } : {}),
      workers: settings.workers,
      environment: {
        node: process.version,
        platform: process.platform,
        ci: isCi(ctx.env),
      },
    },
    scenarios,
  );
  const written = writeRunReports(results, settings.reporters, settings.out, ctx);
  return written ? exitCodeFor(results) : EXIT_HARNESS_FAILED;
}
