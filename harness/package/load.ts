import { checkLaunchFiles } from './launch-files.ts';
import { locateManifest } from './manifest-locate.ts';
import { readManifest } from './manifest-read.ts';
import { openPackageSource } from './package-source.ts';
import { readScos } from './scos.ts';
import type { LoadOptions, ScormPackage } from './types.ts';
import { detectVersion } from './version.ts';

/**
 * Loads a SCORM package from a folder, a .zip or a path to its imsmanifest.xml. Any problem is a
 * HarnessError naming the file; a zip's temporary folder is removed again when loading fails.
 */
export async function loadPackage(
  pathOrZip: string,
  options: LoadOptions = {},
): Promise<ScormPackage> {
  const opened = await openPackageSource(pathOrZip, options);
  try {
    const manifestPath = await locateManifest(opened.root, opened.source);
    const parsed = await readManifest(manifestPath);
    const warnings: string[] = [];
    const warn = (message: string): void => void warnings.push(message);
    for (const prefix of parsed.undeclaredPrefixes) {
      warn(`prefix "${prefix}:" is used without an xmlns:${prefix} declaration`);
    }
    const detected = detectVersion(parsed.root, parsed.declaredNamespaces, manifestPath);
    const { organization, scos } = readScos(parsed.root, detected.version, manifestPath, warn);
    await checkLaunchFiles(opened.root, manifestPath, scos);
    const identifier = parsed.root.attributes.get('identifier');
    return {
      root: opened.root,
      manifestPath,
      source: opened.source,
      version: detected.version,
      ...(detected.edition ? { edition: detected.edition } : {}),
      versionEvidence: detected.evidence,
      ...(identifier ? { manifestIdentifier: identifier } : {}),
      organization,
      scos,
      warnings,
      dispose: opened.dispose,
    };
  } catch (error) {
    await opened.dispose();
    throw error;
  }
}
