/**
 * Whether a package is a build of the SecureCodingHub bridge, which decides the default suite
 * (bridge gate vs. lint). The bridge's manifests carry the identifier
 * `com.securecodinghub.scorm.bridge.<variant>` (examples/sch-bridge/manifests); anything else is
 * linted. `--suite bridge` runs the gate on any package, e.g. a bridge whose manifest was renamed.
 */
import type { ScormPackage } from '../package/types.ts';

export const BRIDGE_MANIFEST_PREFIX = 'com.securecodinghub.scorm.bridge';

export function isBridgePackage(pkg: Pick<ScormPackage, 'manifestIdentifier'>): boolean {
  return pkg.manifestIdentifier?.startsWith(BRIDGE_MANIFEST_PREFIX) ?? false;
}
