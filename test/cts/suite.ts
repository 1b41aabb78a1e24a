/**
 * The CTS data-model suite: the four LMS run-time test cases that exercise one SCO's API and data
 * model (API, DMI, DMB, DDM), each replayed with the manifests of its test packages. The other
 * test cases (CM, CO, CT, MS, OB, RU, SX, T) test sequencing across activities and are not ours.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Abbreviations } from './abbreviations.ts';
import { readManifestActivities, type ManifestActivity } from './manifest.ts';
import {
  replayTestCase,
  type CommandResult,
  type CtsApi,
  type CtsLaunch,
  type CtsPersistedState,
} from './replay.ts';
import { loadTestCase, type CtsTestCase } from './test-case.ts';
import { sharedPath } from '../../harness/shared-docs.ts';

export const CTS_TEST_CASES = ['API', 'DMI', 'DMB', 'DDM'] as const;

/** shared/cts-2004-4th beside the checkout unless CTS_2004_DATA says otherwise. */
export const DEFAULT_CTS_DATA = process.env['CTS_2004_DATA'] ?? sharedPath('cts-2004-4th');

export interface CtsFileResult {
  testCase: CtsTestCase;
  results: CommandResult[];
}

export function runCtsSuite<S extends CtsPersistedState>(
  dataDir: string,
  createApi: (launch: CtsLaunch<S>) => CtsApi<S>,
): CtsFileResult[] {
  const abbr = Abbreviations.fromFile(join(dataDir, 'Commands.properties'));
  return CTS_TEST_CASES.map((name) => {
    const testCase = loadTestCase(join(dataDir, 'TestCases', `${name}.properties`), abbr);
    const results = replayTestCase(testCase, packageActivities(dataDir, name), createApi);
    return { testCase, results };
  });
}

/** Items of `packages/<NAME>.imsmanifest.xml` and of its variants (`DDMa`, `DDMb`). */
function packageActivities(dataDir: string, name: string): ManifestActivity[] {
  const dir = join(dataDir, 'packages');
  const variant = new RegExp(`^${name}[a-z]?\\.imsmanifest\\.xml$`);
  return readdirSync(dir)
    .filter((file) => variant.test(file))
    .sort()
    .flatMap((file) => readManifestActivities(join(dir, file)));
}
