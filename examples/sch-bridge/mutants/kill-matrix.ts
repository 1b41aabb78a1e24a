/**
 * The kill matrix: which scenarios each mutant fails, whether the gate killed it in every variant
 * it applies to and with the scenarios it was meant to fail, and the share killed. Only a `fail`
 * (the content broke an assertion) kills, and only where the reference bridge passes the same
 * scenario in the same build variant and launch mode: an error or a timeout says the harness
 * could not judge (DESIGN P5), and a scenario the reference fails says nothing about the mutant.
 */
import type { ScenarioResult } from '../../../harness/scenario/runner.ts';
import type { Mutant, MutantVariant } from './catalog.ts';

/** A scenario run against one build variant (the auto builds share their SCORM version's results). */
export interface VariantRun {
  variant: MutantVariant;
  result: ScenarioResult;
}

export interface MutantRun extends VariantRun {
  mutant: string;
}

export interface Kill {
  scenario: string;
  variant: MutantVariant;
  launchMode: string;
  message: string;
}

export interface KillRow {
  mutant: Mutant;
  kills: Kill[];
  /** Variants of the mutant in which no scenario failed. */
  survivedIn: MutantVariant[];
  /** Ids from `expectedKilledBy` that failed in none of the mutant's variants. */
  missedExpected: string[];
  /** Failed in every variant, and by every expected scenario. */
  killed: boolean;
}

const runKey = ({ variant, result }: VariantRun) => `${result.id}|${variant}|${result.launchMode}`;

export function killRows(
  mutants: readonly Mutant[],
  runs: readonly MutantRun[],
  reference: readonly VariantRun[],
): KillRow[] {
  const referencePassed = new Set(reference.filter((r) => r.result.status === 'pass').map(runKey));
  return mutants.map((mutant) => {
    const kills: Kill[] = runs
      .filter((run) => run.mutant === mutant.id)
      .filter((run) => run.result.status === 'fail' && referencePassed.has(runKey(run)))
      .map(({ variant, result }) => ({
        scenario: result.id,
        variant,
        launchMode: result.launchMode,
        message: result.message ?? '',
      }));
    const survivedIn = mutant.variants.filter((v) => !kills.some((k) => k.variant === v));
    const missedExpected = mutant.expectedKilledBy.filter(
      (id) => !kills.some((k) => k.scenario === id),
    );
    return {
      mutant,
      kills,
      survivedIn,
      missedExpected,
      killed: survivedIn.length === 0 && missedExpected.length === 0,
    };
  });
}

/** Killed mutants as a percentage of all, one decimal. */
export function killedPercent(rows: readonly KillRow[]): number {
  if (rows.length === 0) return 100;
  return Math.round((rows.filter((r) => r.killed).length / rows.length) * 1000) / 10;
}

/** `score-formula (1.2 frameset, 2004 frameset)` for each scenario a mutant failed. */
function killers(kills: readonly Kill[]): string {
  const byScenario = new Map<string, string[]>();
  for (const k of kills) {
    byScenario.set(k.scenario, [
      ...(byScenario.get(k.scenario) ?? []),
      `${k.variant} ${k.launchMode}`,
    ]);
  }
  return [...byScenario].map(([id, where]) => `${id} (${where.join(', ')})`).join('; ');
}

/** One line per mutant (mutant × failing scenarios), then the killed share. */
export function formatKillMatrix(rows: readonly KillRow[]): string {
  const width = Math.max(0, ...rows.map((r) => r.mutant.id.length));
  const lines = rows.map((row) => {
    const mark = row.killed ? 'killed  ' : 'SURVIVED';
    const failing = row.kills.length > 0 ? killers(row.kills) : 'no scenario fails';
    const notes = [
      row.survivedIn.length > 0 ? `survives in ${row.survivedIn.join(', ')}` : '',
      row.missedExpected.length > 0 ? `not killed by ${row.missedExpected.join(', ')}` : '',
    ].filter(Boolean);
    const tail = notes.length > 0 ? `  !! ${notes.join('; ')}` : '';
    return `${mark} ${row.mutant.id.padEnd(width)}  ${failing}${tail}`;
  });
  const killed = rows.filter((r) => r.killed).length;
  lines.push(`killed ${killed}/${rows.length} mutants (${killedPercent(rows)}%)`);
  return lines.join('\n');
}
