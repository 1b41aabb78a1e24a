import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HarnessError } from '../errors.ts';

const MANIFEST = 'imsmanifest.xml';
const SEARCH_DEPTH = 3;
const SEARCH_FOLDERS = 500;

/**
 * The path of imsmanifest.xml at the package root. When it is missing, the error says where a
 * manifest was found instead: zipping the parent folder is the usual mistake.
 */
export async function locateManifest(root: string, source: string): Promise<string> {
  const expected = join(root, MANIFEST);
  if ((await stat(expected).catch(() => undefined))?.isFile()) return expected;
  const names = await readdir(root).catch(() => [] as string[]);
  const otherCase = names.find((name) => name.toLowerCase() === MANIFEST);
  if (otherCase) {
    throw missing(
      source,
      `has "${otherCase}" at its root but no "${MANIFEST}"`,
      `Rename it to "${MANIFEST}" (lower case): LMSs and web servers are case-sensitive.`,
    );
  }
  const nested = await findNested(root);
  if (nested) {
    const folder = relative(root, join(nested, '..'));
    throw missing(
      source,
      `has no ${MANIFEST} at its root, but one at "${relative(root, nested)}"`,
      `The package was probably zipped from its parent folder: zip the contents of "${folder}/" (so that ${MANIFEST} is at the top of the zip), or point the harness at that folder.`,
    );
  }
  throw missing(
    source,
    `has no ${MANIFEST} at its root`,
    'This is not a SCORM package: export the course as SCORM 1.2 or 2004 from the authoring tool.',
  );
}

/** Breadth-first, so the shallowest manifest is named; bounded so a huge tree stays quick. */
async function findNested(root: string): Promise<string | undefined> {
  let level = [root];
  let visited = 0;
  for (let depth = 0; depth < SEARCH_DEPTH && level.length; depth += 1) {
    const next: string[] = [];
    for (const folder of level) {
      if ((visited += 1) > SEARCH_FOLDERS) return undefined;
      const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (!entry.isDirectory()) continue;
        const candidate = join(folder, entry.name, MANIFEST);
        if ((await stat(candidate).catch(() => undefined))?.isFile()) return candidate;
        next.push(join(folder, entry.name));
      }
    }
    level = next;
  }
  return undefined;
}

function missing(source: string, message: string, hint: string): HarnessError {
  return new HarnessError({ code: 'MANIFEST_MISSING', file: source, message, hint });
}
