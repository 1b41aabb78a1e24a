import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HarnessError } from '../errors.ts';
import type { Sco } from './types.ts';

/** Every SCO's launch file must exist in the package; a wrong-case name gets a specific hint. */
export async function checkLaunchFiles(
  root: string,
  manifestPath: string,
  scos: Sco[],
): Promise<void> {
  for (const sco of scos) {
    const path = join(root, sco.launchFile);
    if ((await stat(path).catch(() => undefined))?.isFile()) continue;
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
