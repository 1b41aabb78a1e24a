/**
 * The bridge suite's scenarios come from a module named by path (config `scenarios`, default the
 * repository's scenarios/index.ts) exporting `SCENARIOS`: the harness runs a gate, it does not own
 * one, so it never imports scenarios/ (DESIGN P9).
 */
import { pathToFileURL } from 'node:url';
import { HarnessError } from '../errors.ts';
import type { Scenario } from '../scenario/meta.ts';

function isScenario(value: unknown): value is Scenario {
  const candidate = value as Partial<Scenario> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.run === 'function' &&
    typeof candidate.meta?.id === 'string'
  );
}

export async function loadScenarios(file: string): Promise<readonly Scenario[]> {
  let module: { SCENARIOS?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { SCENARIOS?: unknown };
  } catch (cause) {
    throw new HarnessError(
      {
        code: 'CONFIG_INVALID',
        file,
        message: `the scenarios module failed to load: ${(cause as Error).message}`,
        hint: 'point config.scenarios at a module exporting SCENARIOS (like scenarios/index.ts)',
      },
      { cause },
    );
  }
  const scenarios = module.SCENARIOS;
  if (!Array.isArray(scenarios) || !scenarios.every(isScenario))
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      file,
      message: 'the scenarios module does not export SCENARIOS as an array of scenarios',
      hint: 'export const SCENARIOS: readonly Scenario[] = [...] (harness/scenario/meta.ts)',
    });
  return scenarios;
}
