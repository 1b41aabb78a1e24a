/**
 * Replay: derive the profile of a customer's LMS from their trace, launch the package again in
 * our LMS with that profile, and diff the new run's calls against the customer's.
 */
import type { LmsProfile } from '../profiles/types.ts';
import type { LaunchMode, ScormVersion, Trace } from '../trace/types.ts';
import { deriveProfile } from './derive-profile.ts';
import { diffTraces, type TraceDiff } from './diff.ts';

export interface ReplayLaunchRequest {
  profile: LmsProfile;
  launchMode: LaunchMode;
  /** Where the reference run's API window was (TraceMeta); absent: the top window. */
  apiWindowDepth?: number;
}

/** Runs the package once with the profile and returns the trace (see harness-launcher.ts). */
export type ReplayLauncher = (request: ReplayLaunchRequest) => Promise<Trace>;

export interface ReplayPackage {
  source: string;
  version: ScormVersion;
}

export interface ReplayResult {
  profile: LmsProfile;
  /** The customer's trace. */
  reference: Trace;
  replayed: Trace;
  diff: TraceDiff;
  /** What a support engineer should know before reading the diff. */
  notes: string[];
}

export async function replay(
  reference: Trace,
  pkg: ReplayPackage,
  options: { launch: ReplayLauncher },
): Promise<ReplayResult> {
  const profile = deriveProfile(reference);
  const notes: string[] = [];
  if (pkg.version !== reference.meta.version) {
    notes.push(
      `the trace is SCORM ${reference.meta.version} but ${pkg.source} is SCORM ${pkg.version}: ` +
        'no recorded answer can apply, the new run follows the spec',
    );
  }
  const { launchMode, apiWindowDepth } = reference.meta;
  const replayed = await options.launch({
    profile,
    launchMode,
    ...(apiWindowDepth !== undefined ? { apiWindowDepth } : {}),
  });
  if (!replayed.events.some((e) => e.type === 'deviation')) {
    notes.push(
      "no answer of the new run differed from the spec's: the customer's LMS answered these calls " +
        'like the spec does, or the LMS that ran the package did not apply the derived profile',
    );
  }
  return { profile, reference, replayed, diff: diffTraces(reference, replayed), notes };
}
