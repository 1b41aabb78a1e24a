/**
 * SCORM 2004 content searches for API_1484_11 up to 500 ancestors (the 1.2 algorithm stops after
 * seven), so a 2004 bridge must find it ten frames up, where a 1.2-sized search gives up
 * (scorm-runtime.md#api-discovery, "depth 10 (2004 content must succeed)"). The checks are
 * launch-modes.scenario.ts's, at that depth.
 */
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { run } from './launch-modes.scenario.ts';

export const meta = {
  id: 'api-depth-2004',
  title: '2004: the API is found ten frames up, beyond the 1.2 search limit',
  ref: 'scorm-runtime.md#api-discovery',
  versions: ['2004'],
  launchModes: ['nested:10'],
  kind: 'must',
  tags: ['discovery'],
  rules: [],
} as const satisfies ScenarioMeta;

export const scenario: Scenario = { meta, run };
