/**
 * What a scenario asks for when it launches a SCO, checked up front (HarnessError CONFIG_INVALID
 * before any browser work), and the runtime options an LMS derives from the manifest.
 */
import { HarnessError } from '../errors.ts';
import type { DialogPolicy } from '../driver/driver.ts';
import type { OutsideMapping } from '../lms/outside-map.ts';
import type { PageOptions12, PageOptions2004 } from '../lms/page-protocol.ts';
import { profileLaunchMode } from '../profiles/launch.ts';
import { profileOf } from '../profiles/load-profile.ts';
import type { LmsProfile } from '../profiles/types.ts';
import type { Sco, ScormPackage } from '../package/types.ts';
import { isPopupLaunch } from '../trace/launch-mode.ts';
import type { LaunchMode, PersistedLmsState } from '../trace/types.ts';

/** The parts of a loaded package a launch needs (what loadPackage returns satisfies it). */
export type LaunchablePackage = Pick<
  ScormPackage,
  'root' | 'source' | 'version' | 'edition' | 'scos'
>;

export interface LaunchOptions {
  package: LaunchablePackage;
  /** Item identifier of the SCO; default the package's first SCO. */
  sco?: string;
  /** Default 'frameset'. */
  launchMode?: LaunchMode;
  /**
   * How many frames below the LMS's top window the window holding the API objects is; default 0,
   * the top window (the LMS page) itself. 1 is an LMS inside a portal page's frame, or a player
   * frame of its own: content that reads `window.top.API` finds nothing. The launch mode then
   * counts from that window (frameset and nested:N only).
   */
  apiWindowDepth?: number;
  /** Default { id: 'learner-1', name: 'Learner, Test' }. */
  learner?: { id: string; name: string };
  /** 'sco' (default): only the SCO version's API object; 'both': API and API_1484_11. */
  apis?: 'sco' | 'both';
  /** Runtime options on top of the manifest's (credit, mode, launch data, …). */
  runtime?: PageOptions12 | PageOptions2004;
  /**
   * The previous attempt: 'store' (default) takes what the LMS's attempt store kept for this learner
   * and SCO; null forces a first launch; a state resumes from it.
   */
  previous?: 'store' | PersistedLmsState | null;
  dialogs?: Partial<DialogPolicy>;
  /** Answers for requests to other hosts; unmapped ones are blocked. */
  outside?: OutsideMapping[];
  /** Streams the trace to this JSON Lines file as it is recorded. */
  tracePath?: string;
  /**
   * The LMS quirk profile the launch's API answers by (harness/profiles/README.md): a profile
   * object, a built-in name (`moodle-1.2`) or a profile file's path. Default: none, the spec.
   */
  lmsProfile?: LmsProfile | string;
  /** Name of the LMS profile recorded in the trace; default the lmsProfile's name, else 'spec'. */
  profile?: string;
  /** Epoch ms where the virtual clock starts; default 2025-01-01T00:00:00Z. */
  clockStart?: number;
  /**
   * 'run' (default): unload handlers run when a window closes or navigates, as in Firefox, Safari
   * and Chromium 156 as the harness launches it (measured). 'deprecated': the LMS serves its pages
   * with `Permissions-Policy: unload=()`, modelling Chrome where the unload deprecation has rolled
   * out: only beforeunload, pagehide and visibilitychange reach the content.
   */
  unloadHandlers?: 'run' | 'deprecated';
}

export const DEFAULT_LEARNER = { id: 'learner-1', name: 'Learner, Test' };
export const DEFAULT_CLOCK_START = Date.UTC(2025, 0, 1);

function invalid(message: string, hint: string): HarnessError {
  return new HarnessError({ code: 'CONFIG_INVALID', message, hint });
}

export function chooseSco(pkg: LaunchablePackage, id: string | undefined): Sco {
  const sco = id === undefined ? pkg.scos[0] : pkg.scos.find((s) => s.identifier === id);
  if (!sco) {
    const known = pkg.scos.map((s) => s.identifier).join(', ') || 'none';
    throw invalid(`no SCO "${id ?? ''}" in ${pkg.source}`, `use one of: ${known}`);
  }
  return sco;
}

export function checkUnloadHandlers(value: unknown): 'run' | 'deprecated' {
  if (value === 'run' || value === 'deprecated') return value;
  throw invalid(
    `unknown unloadHandlers "${String(value)}"`,
    "use 'run' (unload handlers run) or 'deprecated' (Chrome's unload deprecation: they never run)",
  );
}

export function checkLaunchMode(mode: string): LaunchMode {
  if (mode === 'frameset' || mode === 'popup') return mode;
  const depth = /^(?:nested|popup):([1-9][0-9]*)$/.exec(mode)?.[1];
  if (depth && Number(depth) <= 1000) return mode as LaunchMode;
  throw invalid(
    `unknown launch mode "${mode}"`,
    "use 'frameset', 'nested:N' (content N frames below the API window), 'popup' (opened by the API window) or 'popup:N' (opened by a frame N below it); N from 1 to 1000",
  );
}

/** `name`: what the user called it (the launch option, or the CLI's flag). */
export function checkApiWindowDepth(
  depth: unknown,
  mode: LaunchMode,
  name = 'apiWindowDepth',
): number {
  if (depth === undefined || depth === 0) return 0;
  if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 0 || depth > 1000) {
    throw invalid(
      `${name} ${JSON.stringify(depth)} is not a frame count`,
      'give a whole number of frames from 0 (the LMS page holds the API) to 1000',
    );
  }
  if (isPopupLaunch(mode)) {
    throw invalid(
      `${name} ${depth} cannot go with launch mode "${mode}"`,
      "use launch mode 'frameset' or 'nested:N' with an API window below the top, or apiWindowDepth 0 with popups",
    );
  }
  return depth;
}

/**
 * The launch's profile, loaded and validated before any browser work; a profile whose `versions`
 * leave out the SCO's version is refused rather than half applied.
 */
export function resolveLmsProfile(
  value: LmsProfile | string | undefined,
  version: '1.2' | '2004',
): LmsProfile | undefined {
  const profile = profileOf(value);
  if (profile === undefined) return undefined;
  if (profile.versions && !profile.versions.includes(version)) {
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      ...(typeof value === 'string' ? { file: value } : {}),
      message: `LMS profile "${profile.name}" is for SCORM ${profile.versions.join(', ')}, not ${version}`,
      hint: `launch a SCORM ${profile.versions.join('/')} package with it (run: --scorm), or pick another profile`,
    });
  }
  return profile;
}

/**
 * The launch mode: the requested one (default frameset), unless the profile's LMS opens content in
 * a popup (api-via-opener); a different mode asked for explicitly is a conflict, not overridden.
 */
export function launchModeFor(
  requested: string | undefined,
  profile: LmsProfile | undefined,
): LaunchMode {
  const mode = requested === undefined ? undefined : checkLaunchMode(requested);
  const wanted = profile ? profileLaunchMode(profile, mode ?? 'frameset') : (mode ?? 'frameset');
  if (mode !== undefined && mode !== wanted) {
    throw invalid(
      `LMS profile "${profile?.name ?? ''}" launches content in a popup (api-via-opener), but launch mode "${mode}" was asked for`,
      "ask for launch mode 'popup' or 'popup:N' (or none) with this profile, or use a profile without api-via-opener",
    );
  }
  return wanted;
}

/** cmi values the LMS takes from the manifest (scorm-runtime.md#manifest-initial-values). */
export function manifestRuntimeOptions(sco: Sco): PageOptions12 | PageOptions2004 {
  const s = sco.settings;
  if (s.version === '1.2') {
    return {
      ...(s.masteryScore !== undefined ? { masteryScore: s.masteryScore } : {}),
      ...(s.dataFromLms !== undefined ? { launchData: s.dataFromLms } : {}),
      ...(s.maxTimeAllowed !== undefined ? { maxTimeAllowed: s.maxTimeAllowed } : {}),
      ...(s.timeLimitAction !== undefined
        ? { timeLimitAction: s.timeLimitAction as PageOptions12['timeLimitAction'] }
        : {}),
    };
  }
  const primary = s.primaryObjective;
  const objectives: NonNullable<PageOptions2004['objectives']> = s.objectiveIds.map((id, i) =>
    i === 0 && primary
      ? {
          id,
          satisfiedByMeasure: primary.satisfiedByMeasure,
          ...(primary.minNormalizedMeasure !== undefined
            ? { minNormalizedMeasure: primary.minNormalizedMeasure }
            : {}),
        }
      : id,
  );
  return {
    objectives,
    completionSetByContent: s.deliveryControls.completionSetByContent,
    objectiveSetByContent: s.deliveryControls.objectiveSetByContent,
    ...(s.dataFromLms !== undefined ? { launchData: s.dataFromLms } : {}),
    ...(s.completionThreshold?.runtimeValue !== undefined
      ? { completionThreshold: s.completionThreshold.runtimeValue }
      : {}),
    ...(s.scaledPassingScore !== undefined ? { scaledPassingScore: s.scaledPassingScore } : {}),
    ...(s.attemptAbsoluteDurationLimit !== undefined
      ? { maxTimeAllowed: s.attemptAbsoluteDurationLimit }
      : {}),
    ...(s.timeLimitAction !== undefined
      ? { timeLimitAction: s.timeLimitAction as PageOptions2004['timeLimitAction'] }
      : {}),
  };
}
