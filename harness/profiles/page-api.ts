/**
 * The one call the LMS page makes per API object: a spec runtime, behind the profile's layer when
 * the launch has a profile. Pure, like the runtimes it is bundled with.
 *
 *   win.API = pageApi({ profile: config.profile, version: '1.2', options: config.options12 ?? {},
 *     clock, observer: observer('1.2'), onDeviation: (d, t) => send({ type: 'deviation', ...d, t }),
 *     construct: (options) => new Scorm12Api(options) });
 */
import type { RuntimeObserver } from '../../runtime-1.2/index.ts';
import { createProfileLayer, type ApiFunctions, type RuntimeApi } from './profile-layer.ts';
import type { Deviation, LmsProfile, ProfileVersion } from './types.ts';

export interface PageApiOptions<O extends object, A extends RuntimeApi> {
  profile: LmsProfile | undefined;
  version: ProfileVersion;
  /** The runtime options of the launch (manifest, learner, resume). */
  options: O;
  clock: { now(): number };
  observer: RuntimeObserver;
  onDeviation: (deviation: Deviation, t: number) => void;
  /** Blocks for a slow-calls quirk; default: returns at once (the deviation is still reported). */
  stall?: (ms: number) => void;
  construct: (options: O & { clock: { now(): number }; observer: RuntimeObserver }) => A;
}

export function pageApi<O extends object, A extends RuntimeApi>(
  page: PageApiOptions<O, A>,
): A | ApiFunctions {
  const { profile, clock, observer } = page;
  if (!profile || profile.quirks.length === 0)
    return page.construct({ ...page.options, clock, observer });
  const layer = createProfileLayer({
    profile,
    version: page.version,
    observer,
    onDeviation: page.onDeviation,
    clock,
    stall: page.stall ?? (() => undefined),
  });
  return layer.wrap(
    page.construct({ ...layer.runtimeOptions(page.options), clock, observer: layer.observer }),
  );
}
