/**
 * The data model a launch starts with (scorm-runtime.md#entry-exit-2004): LMS-provided values from
 * the options, and what carries over from the previous session's persisted state.
 * - previous exit `suspend` (an `adl.nav.request` of suspendAll persists as `suspend`): entry
 *   `resume`, the attempt continues with all its data and total time;
 * - previous session never terminated (window closed) and not suspended: the attempt was never
 *   ended, so it continues the same way with entry `""`;
 * - otherwise a new attempt: entry `ab-initio`, fresh data, total_time PT0H0M0S; only the
 *   learner preferences (the learner's profile) outlive the attempt.
 * Shared data buckets (adl.data) never come from the previous state: they belong to the LMS,
 * which passes their current values in `sharedData`.
 */
import { dataModel, inEdition } from './data-model.ts';
import type { DataModelEngine } from './data-model-engine.ts';
import type { ManifestObjective, Scorm2004Options } from './options.ts';
import type { Edition } from './types.ts';

/** Elements the LMS sets for every launch; never restored from a previous session. */
const lmsOwned =
  /^(cmi\.(learner_id|learner_name|credit|mode|entry|launch_data|completion_threshold|scaled_passing_score|max_time_allowed|time_limit_action|total_time|exit|session_time|comments_from_lms\..*)|adl\.nav\..*|adl\.data\..*)$/;

export interface LaunchState {
  entry: 'ab-initio' | 'resume' | '';
  /** total_time at the start of this session. */
  totalTime: string;
  /** Access to each shared data bucket, by adl.data index. */
  sharedData: { read: boolean; write: boolean }[];
}

const objectiveOf = (o: string | ManifestObjective): ManifestObjective =>
  typeof o === 'string' ? { id: o } : o;

export function launch(
  engine: DataModelEngine,
  options: Scorm2004Options,
  edition: Edition,
): LaunchState {
  const previous = options.resume;
  const continues = previous !== undefined && (previous.exit === 'suspend' || !previous.terminated);
  const entry =
    previous === undefined
      ? 'ab-initio'
      : previous.exit === 'suspend'
        ? 'resume'
        : continues
          ? ''
          : 'ab-initio';

  for (const [pattern, def] of Object.entries(dataModel))
    if (
      def.kind === 'leaf' &&
      def.initial !== undefined &&
      !/\.[nm]\.|\{target\}|request_valid/.test(pattern) &&
      inEdition(def, edition)
    )
      engine.put(pattern, def.initial);

  const preference = options.learnerPreference ?? {};
  const defaults: [string, string | undefined][] = [
    ['cmi.learner_preference.audio_level', preference.audioLevel],
    ['cmi.learner_preference.language', preference.language],
    ['cmi.learner_preference.delivery_speed', preference.deliverySpeed],
    ['cmi.learner_preference.audio_captioning', preference.audioCaptioning],
  ];
  for (const [path, value] of defaults) if (value !== undefined) engine.put(path, value);

  const carried = (path: string) =>
    continues ? !lmsOwned.test(path) : path.startsWith('cmi.learner_preference.');
  for (const [path, value] of Object.entries(previous?.data ?? {}))
    if (carried(path)) engine.put(path, value);

  const mode = options.mode ?? 'normal';
  const lmsValues: [string, string | undefined][] = [
    ['cmi.learner_id', options.learnerId ?? 'learner'],
    ['cmi.learner_name', options.learnerName ?? 'Learner'],
    ['cmi.mode', mode],
    ['cmi.credit', options.credit ?? (mode === 'normal' ? 'credit' : 'no-credit')],
    ['cmi.entry', entry],
    ['cmi.launch_data', options.launchData],
    ['cmi.completion_threshold', decimal(options.completionThreshold)],
    ['cmi.scaled_passing_score', decimal(scaledPassingScore(options))],
    ['cmi.max_time_allowed', options.maxTimeAllowed],
    ['cmi.time_limit_action', options.timeLimitAction],
    ['adl.nav.request_valid.continue', options.requestValid?.continue],
    ['adl.nav.request_valid.previous', options.requestValid?.previous],
  ];
  for (const [path, value] of lmsValues) if (value !== undefined) engine.put(path, value);
  for (const [kind, targets] of [
    ['choice', options.requestValid?.choice],
    ['jump', options.requestValid?.jump],
  ] as const)
    for (const [target, validity] of Object.entries(targets ?? {}))
      engine.put(`adl.nav.request_valid.${kind}.{target=${target}}`, validity);

  (options.commentsFromLms ?? []).forEach((c, i) => {
    engine.put(`cmi.comments_from_lms.${i}.comment`, c.comment);
    if (c.location !== undefined) engine.put(`cmi.comments_from_lms.${i}.location`, c.location);
    if (c.timestamp !== undefined) engine.put(`cmi.comments_from_lms.${i}.timestamp`, c.timestamp);
  });

  addManifestObjectives(engine, (options.objectives ?? []).map(objectiveOf));

  const maps = edition === '4th' ? (options.sharedData ?? []) : [];
  maps.forEach((map, i) => {
    engine.put(`adl.data.${i}.id`, map.targetId);
    // Buckets live in the LMS (other SCOs write them too): only the LMS's current value counts.
    if (map.value !== undefined && map.value !== '') engine.put(`adl.data.${i}.store`, map.value);
  });

  return {
    entry,
    totalTime: previous && continues ? previous.totalTime : 'PT0H0M0S',
    sharedData: maps.map((m) => ({ read: m.read ?? true, write: m.write ?? true })),
  };
}

/** A manifest decimal as ADL's RTE reports it: whole numbers keep one decimal (`1.0`). */
const decimal = (n: number | undefined) =>
  n === undefined ? undefined : Number.isInteger(n) ? n.toFixed(1) : String(n);

/** cmi.scaled_passing_score: the option, else the primary objective's measure when satisfied by measure. */
function scaledPassingScore(options: Scorm2004Options): number | undefined {
  if (options.scaledPassingScore !== undefined) return options.scaledPassingScore;
  const [primary] = options.objectives ?? [];
  if (primary === undefined) return undefined;
  const { satisfiedByMeasure, minNormalizedMeasure } = objectiveOf(primary);
  return satisfiedByMeasure ? (minNormalizedMeasure ?? 1) : undefined;
}

/** Manifest objective ids the run-time data does not hold yet become new cmi.objectives records. */
function addManifestObjectives(engine: DataModelEngine, objectives: ManifestObjective[]): void {
  const known = new Set<string>();
  for (let i = 0; i < engine.count('cmi.objectives'); i++)
    known.add(engine.stored(`cmi.objectives.${i}.id`) ?? '');
  for (const { id } of objectives)
    if (!known.has(id)) engine.put(`cmi.objectives.${engine.count('cmi.objectives')}.id`, id);
}
