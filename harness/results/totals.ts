/** The run's totals, counted here only, so every report and the exit code agree on them. */
import {
  RESULTS_SCHEMA_VERSION,
  SEVERITIES,
  STATUSES,
  type Results,
  type RunInfo,
  type ScenarioResult,
  type Severity,
  type Status,
  type Totals,
} from './types.ts';

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function computeTotals(scenarios: readonly ScenarioResult[]): Totals {
  const statuses: Record<Status, number> = zeros(STATUSES);
  const findings: Record<Severity, number> = zeros(SEVERITIES);
  for (const scenario of scenarios) {
    statuses[scenario.status] += 1;
    for (const finding of scenario.findings) findings[finding.severity] += 1;
  }
  return { scenarios: scenarios.length, statuses, findings };
}

/** Assembles a results document; the totals are always computed, never passed in. */
export function createResults(run: RunInfo, scenarios: ScenarioResult[]): Results {
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    run,
    scenarios,
    totals: computeTotals(scenarios),
  };
}
