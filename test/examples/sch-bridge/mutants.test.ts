/**
 * The conformance gate against the reference bridge and every mutant of
 * examples/sch-bridge/mutants: the reference passes every scenario; each mutant fails at least one
 * scenario in every variant it applies to, and every scenario of its `expectedKilledBy`. Prints the
 * kill matrix; 100% killed is the bar.
 *
 * Speed: builds are cached by source hash; each mutant is gated only on its expected scenarios
 * (MUTANTS_ALL_SCENARIOS=1 gates every mutant on every scenario, for the full matrix). All runs
 * share one browser, a few launches at a time. MUTANTS=<id>,<id> gates only those mutants, and the
 * reference only on their scenarios (a quick check while writing a mutant or a scenario).
 */
import { expect } from 'chai';
import { buildBridge, variantApi } from '../../../examples/sch-bridge/build.ts';
import { buildMutant } from '../../../examples/sch-bridge/mutants/build.ts';
import { MUTANTS, type MutantVariant } from '../../../examples/sch-bridge/mutants/catalog.ts';
import {
  formatKillMatrix,
  killedPercent,
  killRows,
  type KillRow,
  type MutantRun,
  type VariantRun,
} from '../../../examples/sch-bridge/mutants/kill-matrix.ts';
import { loadPackage } from '../../../harness/package/index.ts';
import type { GateTarget } from '../../../harness/scenario/context.ts';
import type { Scenario } from '../../../harness/scenario/meta.ts';
import { startGate, type Gate } from '../../../harness/scenario/runner.ts';
import { SCENARIOS } from '../../../scenarios/index.ts';

/** Gate runs in flight at once (one browser page each). */
const PARALLEL = 4;
/**
 * Real-time watchdog per scenario run. Generous: on a machine shared with other suites a run can
 * take many times its usual seconds, and a timeout never counts as a kill anyway.
 */
const RUN_TIMEOUT_MS = 120_000;
const ALL_SCENARIOS = process.env['MUTANTS_ALL_SCENARIOS'] === '1';
const ONLY = process.env['MUTANTS']?.split(',').filter(Boolean);
const SELECTED = ONLY ? MUTANTS.filter((m) => ONLY.includes(m.id)) : MUTANTS;

type Disposable = { dispose(): Promise<void> };

async function target(
  variant: MutantVariant,
  packageDir: string,
  loaded: Disposable[],
): Promise<GateTarget> {
  const pkg = await loadPackage(packageDir);
  loaded.push(pkg);
  return { version: pkg.version, package: pkg, discovery: variantApi(variant) };
}

/** Runs `jobs` with at most `limit` in flight. */
async function pool<T>(jobs: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results = new Array<T>(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, lane));
  return results;
}

/** The expected killers (every scenario with MUTANTS_ALL_SCENARIOS=1); undefined: every one. */
function scenariosFor(expected: readonly string[] | undefined): Scenario[] {
  return SCENARIOS.filter((s) => ALL_SCENARIOS || !expected || expected.includes(s.meta.id));
}

describe('sch-bridge mutants against the conformance gate', function () {
  // Every run has its own watchdog (RUN_TIMEOUT_MS); this only bounds a machine shared with others.
  this.timeout(40 * 60_000);

  const loaded: Disposable[] = [];
  let gate: Gate | undefined;
  let reference: VariantRun[] = [];
  let rows: KillRow[] = [];

  before(async () => {
    // The dedicated builds always; an auto build where a selected mutant is gated in it.
    const variants: MutantVariant[] = [
      ...new Set<MutantVariant>(['1.2', '2004', ...SELECTED.flatMap((m) => m.variants)]),
    ];
    const referenceTargets = new Map(
      await Promise.all(
        variants.map(
          async (v) =>
            [v, await target(v, (await buildBridge({ variant: v })).packageDir, loaded)] as const,
        ),
      ),
    );
    const mutantTargets = await Promise.all(
      SELECTED.map(async (mutant) =>
        Promise.all(
          mutant.variants.map(
            async (v) =>
              [v, await target(v, (await buildMutant(mutant, v)).packageDir, loaded)] as const,
          ),
        ),
      ),
    );

    const started = performance.now();
    const running = await startGate();
    gate = running;
    // One target a run: two targets of one SCORM version (a dedicated and an auto build) give
    // results that only the variant tells apart.
    const runScenario = async (
      scenario: Scenario,
      [variant, target]: readonly [MutantVariant, GateTarget],
      mutant: string,
    ): Promise<MutantRun[]> =>
      (
        await running.run({
          scenarios: [scenario],
          targets: [target],
          concurrency: 1,
          timeoutMs: RUN_TIMEOUT_MS,
        })
      ).results
        // The scenario's other SCORM version has no build in this run: reported as skipped.
        .filter((result) => result.version === target.version)
        .map((result) => ({ mutant, variant, result }));
    // The reference runs where the mutants do: in the dedicated builds every scenario (or the
    // selected mutants' killers), in an auto build its mutants' killers.
    const referenceScenarios = (variant: MutantVariant) =>
      variant === '1.2' || variant === '2004'
        ? scenariosFor(ONLY ? SELECTED.flatMap((m) => m.expectedKilledBy) : undefined)
        : scenariosFor(
            SELECTED.filter((m) => m.variants.includes(variant)).flatMap((m) => m.expectedKilledBy),
          );
    // One queue, the reference's runs first, so that every lane stays busy to the end.
    const jobs = [
      ...[...referenceTargets].flatMap((entry) =>
        referenceScenarios(entry[0]).map((scenario) => () => runScenario(scenario, entry, '')),
      ),
      ...SELECTED.flatMap((mutant, i) =>
        scenariosFor(mutant.expectedKilledBy).flatMap((scenario) =>
          mutantTargets[i]!.map((entry) => () => runScenario(scenario, entry, mutant.id)),
        ),
      ),
    ];
    const all = (await pool(jobs, PARALLEL)).flat();
    reference = all.filter((run) => run.mutant === '');
    const runs = all.filter((run) => run.mutant !== '');
    rows = killRows(SELECTED, runs, reference);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `\n${formatKillMatrix(rows)}\n${reference.length} reference runs, ${runs.length} mutant runs in ${seconds} s\n`,
    );
  });

  after(async () => {
    await gate?.close();
    await Promise.all(loaded.map((pkg) => pkg.dispose()));
  });

  it('the reference bridge passes every scenario', () => {
    const failed = reference
      .filter(({ result: r }) => r.status !== 'pass')
      .map(
        ({ variant, result: r }) =>
          `${r.id} ${variant} ${r.launchMode}: ${r.status} ${r.message ?? ''}`,
      );
    expect(reference.length, 'reference runs').to.be.greaterThan(0);
    expect(failed).to.deep.equal([]);
  });

  for (const mutant of SELECTED) {
    it(`${mutant.id} is killed by ${mutant.expectedKilledBy.join(', ')}`, () => {
      const known = new Set(SCENARIOS.map((s) => s.meta.id));
      const unknown = mutant.expectedKilledBy.filter((id) => !known.has(id));
      expect(unknown, 'expected killers that are not scenarios of the gate').to.deep.equal([]);
      const row = rows.find((r) => r.mutant.id === mutant.id);
      expect(row?.survivedIn, 'variants in which it survives').to.deep.equal([]);
      expect(row?.missedExpected, 'expected killers that passed').to.deep.equal([]);
    });
  }

  it('kills 100% of the mutants', () => {
    expect(killedPercent(rows)).to.equal(100);
  });
});
