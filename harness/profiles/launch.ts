/** Launch-time effects of a profile that are not answers to calls. */
import type { LaunchMode } from '../trace/types.ts';
import type { LmsProfile } from './types.ts';

/** With api-via-opener the content runs in a popup, so only window.opener leads to the API. */
export function profileLaunchMode(profile: LmsProfile, requested: LaunchMode): LaunchMode {
  return profile.quirks.some((q) => q.quirk === 'api-via-opener') ? 'popup' : requested;
}
