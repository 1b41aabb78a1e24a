/**
 * The live ReplayLauncher: one launch of the package in the mock LMS with the derived profile,
 * run for a span of virtual time and closed as a learner would close it.
 *
 * The profile travels as the `lmsProfile` launch option; the session applies it once the LMS page
 * wraps its API with createProfileLayer (see the replay section of the final report of issue 6).
 */
import { profileLaunchMode } from '../profiles/launch.ts';
import type { LmsProfile } from '../profiles/types.ts';
import type { Harness } from '../session/harness.ts';
import type { LaunchablePackage, LaunchOptions } from '../session/launch-options.ts';
import { isPopupLaunch } from '../trace/launch-mode.ts';
import type { ReplayLauncher } from './replay.ts';

export interface HarnessLauncherOptions {
  harness: Harness;
  package: LaunchablePackage;
  sco?: string;
  /** Virtual milliseconds the SCO may run before its window is closed. */
  advance: number;
  /** Streams the new run's trace here (JSON Lines) as it is recorded. */
  tracePath?: string;
  /** Launch modes the driver can open; a popup request falls back to a frameset otherwise. */
  popups: boolean;
}

const STEP_MS = 10_000;

export function harnessLauncher(options: HarnessLauncherOptions): ReplayLauncher {
  return async ({ profile, launchMode, apiWindowDepth }) => {
    const mode = profileLaunchMode(profile, launchMode);
    const launch: LaunchOptions & { lmsProfile: LmsProfile } = {
      package: options.package,
      ...(options.sco !== undefined ? { sco: options.sco } : {}),
      launchMode: isPopupLaunch(mode) && !options.popups ? 'frameset' : mode,
      // An api-via-opener profile makes a framed run a popup one, where the API is the opener's.
      ...(apiWindowDepth !== undefined && !isPopupLaunch(mode) ? { apiWindowDepth } : {}),
      profile: profile.name,
      lmsProfile: profile,
      // The customer's answers stand for their learner's record; nothing of ours carries over.
      previous: null,
      ...(options.tracePath !== undefined ? { tracePath: options.tracePath } : {}),
    };
    const session = await options.harness.launch(launch);
    try {
      for (let done = 0; done < options.advance && !session.trace; done += STEP_MS)
        await session.tick(Math.min(STEP_MS, options.advance - done));
      return session.trace ?? (await session.close());
    } catch (error) {
      await session.end('harness-error');
      throw error;
    }
  };
}
