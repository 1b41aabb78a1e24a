import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { HarnessError } from '../errors.ts';
import type { Sco } from './types.ts';

/**
 * Every SCO's launch file must exist inside the package; a wrong-case name gets a specific hint,
 * and a symbolic link out of a package folder is refused (the mock LMS would serve its target).
 */
export async function checkLaunchFiles(
  root: string,
  manifestPath: string,
  scos: Sco[],
): Promise<void> {
  const realRoot = await realpath(root);
  for (const sco of scos) {
    const path = join(root, sco.launchFile);
    if ((await stat(path).catch(() => undefined))?.isFile()) {
      const target = await realpath(path);
      if (target.startsWith(realRoot + sep)) continue;
      throw new HarnessError({
        code: 'PACKAGE_UNSAFE',
        file: path,
        message: `launch file of SCO "${sco.identifier}" is a link to "${target}", outside the package`,
        hint: 'Replace the symbolic link with the file itself; a package must be self-contained.',
      });
    }
    const siblings = await readdir(dirname(path)).catch(() => [] as string[]);
    const wanted = basename(path).toLowerCase();
    const otherCase = siblings.find((name) => name.toLowerCase() === wanted);
    throw new HarnessError({
      code: 'LAUNCH_FILE_MISSING',
      file: manifestPath,
      message: `SCO "${sco.identifier}" launches "${sco.launchFile}", which is not in the package`,
      hint: otherCase
        ? `The package has "${otherCase}": names are case-sensitive on a web server; fix the href or the file name.`
        : `Add the file to the package or fix the href of resource "${sco.resourceIdentifier}" (xml:base is prepended to it).`,
    });
  }
}
