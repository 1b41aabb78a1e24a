/**
 * The SecureCodingHub bridge gate: the scenarios of index.ts against one bridge build per SCORM
 * version. Point it at any build: the reference (default), a mutant (a `build` function, e.g.
 * buildBridge with swaps), or package folders on disk. Results come back per scenario run.
 *
 *   const report = await runBridgeGate({ targets: await bridgeTargets() });
 */
import { fileURLToPath } from 'node:url';
import { buildBridge, type BridgeVariant } from '../examples/sch-bridge/build.ts';
import type { SchBackendPaths } from '../harness/backends/sch/index.ts';
import { loadPackage } from '../harness/package/index.ts';
import type { LmsProfile } from '../harness/profiles/types.ts';
import type { GateTarget } from '../harness/scenario/context.ts';
import { loadExpectations, type Expectations } from '../harness/scenario/expectations.ts';
import type { Scenario } from '../harness/scenario/meta.ts';
import {
  startGate,
  type Gate,
  type GateReport,
  type ScenarioResult,
} from '../harness/scenario/runner.ts';
import { SCENARIOS } from './index.ts';

/** 'dedicated': the 1.2 and 2004 builds; 'auto': the API-sniffing build in a 1.2 and a 2004 package. */
export type BridgeFlavour = 'dedicated' | 'auto';

const VARIANTS: Record<BridgeFlavour, Record<'1.2' | '2004', BridgeVariant>> = {
  dedicated: { '1.2': '1.2', '2004': '2004' },
  auto: { '1.2': 'auto-1.2', '2004': 'auto' },
};

/** Builds a variant and returns its package folder. */
export type BuildFunction = (variant: BridgeVariant) => Promise<string>;

const referenceBuild: BuildFunction = async (variant) =>
  (await buildBridge({ variant })).packageDir;

export async function bridgeTargets(
  flavour: BridgeFlavour = 'dedicated',
  build: BuildFunction = referenceBuild,
): Promise<GateTarget[]> {
  const variants = VARIANTS[flavour];
  return Promise.all(
    (['1.2', '2004'] as const).map(async (version) => ({
      version,
      package: await loadPackage(await build(variants[version])),
      discovery: flavour === 'auto' ? ('auto' as const) : version,
    })),
  );
}

/**
 * Targets from package folders already built (e.g. a production bridge build). `backendPaths`:
 * the endpoint paths the build calls where they differ from the mock backend's defaults
 * (harness/backends/sch/paths.ts), e.g. `{ heartbeat: '/v2/heartbeat' }`.
 */
export async function packageTargets(
  folders: Partial<Record<'1.2' | '2004', string>>,
  discovery: GateTarget['discovery'] = 'auto',
  backendPaths?: Partial<SchBackendPaths>,
): Promise<GateTarget[]> {
  const entries = Object.entries(folders) as ['1.2' | '2004', string][];
  return Promise.all(
    entries.map(async ([version, folder]) => ({
      version,
      package: await loadPackage(folder),
      discovery: discovery === 'auto' ? 'auto' : version,
      ...(backendPaths ? { backendPaths } : {}),
    })),
  );
}

export const REFERENCE_EXPECTATIONS = fileURLToPath(
  new URL('expectations/reference.json', import.meta.url),
);

export interface BridgeGateOptions {
  targets: readonly GateTarget[];
  /** Reuse a started gate (one browser for many runs, e.g. every mutant); default: start one. */
  gate?: Gate;
  /** Default: all of index.ts. */
  scenarios?: readonly Scenario[];
  /** Default: expectations/reference.json. */
  expectations?: Expectations;
  concurrency?: number;
  timeoutMs?: number;
  /** Run the gate against an LMS that answers by this quirk profile (see GateRunOptions). */
  lmsProfile?: LmsProfile | string;
  onResult?(result: ScenarioResult): void;
}

export async function runBridgeGate(options: BridgeGateOptions): Promise<GateReport> {
  const gate = options.gate ?? (await startGate());
  try {
    return await gate.run({
      scenarios: options.scenarios ?? SCENARIOS,
      targets: options.targets,
      expectations: options.expectations ?? loadExpectations(REFERENCE_EXPECTATIONS),
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.lmsProfile !== undefined ? { lmsProfile: options.lmsProfile } : {}),
      ...(options.onResult ? { onResult: options.onResult } : {}),
    });
  } finally {
    if (!options.gate) await gate.close();
  }
}
