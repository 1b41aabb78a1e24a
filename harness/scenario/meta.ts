/**
 * Scenario metadata: what each `scenarios/<area>/<behaviour>.scenario.ts` declares beside its body
 * (`export const meta = {...} as const satisfies ScenarioMeta`). The closed lists below are the
 * only tags and kinds the scenario lint accepts, so a typo cannot create a new category.
 */
import type { LaunchMode, ScormVersion } from '../trace/types.ts';
import type { ScenarioContext } from './context.ts';

export const SCENARIO_TAGS = [
  'lifecycle',
  'status',
  'completion',
  'score',
  'time',
  'suspend',
  'resume',
  'heartbeat',
  'errors',
  'discovery',
  'manifest',
] as const;
export type ScenarioTag = (typeof SCENARIO_TAGS)[number];

/** 'must': a SCORM requirement; 'should': SCORM good practice; 'profile': a bridge-spec promise. */
export const SCENARIO_KINDS = ['must', 'should', 'profile'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export const SCENARIO_META_KEYS = [
  'id',
  'title',
  'ref',
  'versions',
  'launchModes',
  'kind',
  'tags',
  'rules',
] as const;

/** Keys a scenario may leave out. */
export const SCENARIO_OPTIONAL_META_KEYS = ['cost'] as const;

export interface ScenarioMeta {
  /** Kebab-case, unique across the gate; expectations and reports key on it. */
  id: string;
  title: string;
  /**
   * What it checks: `scorm-runtime.md#<anchor>` (an anchor of the reference's section 22) or
   * `<seed file>: "<sentence quoted from it>"`. Checked by the scenario lint.
   */
  ref: string | readonly string[];
  versions: readonly ScormVersion[];
  /** Every launch mode it is run in, e.g. `['frameset']` or `['frameset', 'nested:7', 'popup']`. */
  launchModes: readonly LaunchMode[];
  kind: ScenarioKind;
  tags: readonly ScenarioTag[];
  /** Ids of rules (harness/rules) whose findings the scenario also relies on. */
  rules: readonly string[];
  /**
   * What one run costs, in launches' worth of work (default 1; e.g. 10 for ten suspend/resume
   * cycles). The gate starts the costliest runs first, so the long ones do not end the run alone,
   * and gives a run's real-time watchdog `cost` times the per-run allowance.
   */
  cost?: number;
}

export interface Scenario {
  meta: ScenarioMeta;
  /** Throws (a chai AssertionError) when the content under test breaks the behaviour. */
  run(ctx: ScenarioContext): Promise<void>;
}
