/** Launch-time effects of a profile that are not answers to calls. */
import { isPopupLaunch } from '../trace/launch-mode.ts';
import type { LaunchMode } from '../trace/types.ts';
import type { LmsProfile } from './types.ts';

/**
 * With api-via-opener the content runs in a popup, so only the opener's chain leads to the API; a
 * popup mode asked for (popup:N) is kept.
 */
export function profileLaunchMode(profile: LmsProfile, requested: LaunchMode): LaunchMode {
  if (!profile.quirks.some((q) => q.quirk === 'api-via-opener')) return requested;
  return isPopupLaunch(requested) ? requested : 'popup';
}
