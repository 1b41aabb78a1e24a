/** LMS quirk profiles: the public surface of harness/profiles (Node side; the page imports profile-layer.ts). */
export {
  createProfileLayer,
  type ApiFunctions,
  type ProfileLayer,
  type ProfileLayerOptions,
  type RuntimeApi,
} from './profile-layer.ts';
export { profileLaunchMode } from './launch.ts';
export { BUILTIN_PROFILES, loadProfile, profileOf } from './load-profile.ts';
export { parseProfile } from './validate-profile.ts';
export type { Deviation, LmsProfile, Quirk, QuirkId, RecordedAnswersQuirk } from './types.ts';
