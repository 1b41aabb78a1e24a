/**
 * Mutant of scorm/api-discovery.ts: the build that picks whichever API it finds tries `API`
 * before `API_1484_11`, so in an LMS offering both it talks SCORM 1.2 (the dedicated builds are
 * right).
 *
 * Finding the LMS's API object, per scorm-runtime.md#api-discovery.
 * 1.2: the content's own window and its ancestors (at most 7 steps up), then the opener chain with
 * the tries left over. 2004: from the parent up to 500 ancestors, then the opener chain.
 */
import type { ScormVersion } from '../../src/core/scorm-version.ts';
import type { RawApi } from '../../src/scorm/connection.ts';

export interface WindowLike {
  parent: WindowLike | null;
  opener?: WindowLike | null;
}

export type ApiVariant = ScormVersion | 'auto';

export interface FoundApi {
  version: ScormVersion;
  api: RawApi;
}

const MAX_TRIES: Record<ScormVersion, number> = { '1.2': 7, '2004': 500 };
const API_NAME: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };

/** A cross-origin window throws on property access; treat it as "no API here". */
function read(win: WindowLike, name: string): RawApi | undefined {
  try {
    const value = (win as unknown as Record<string, unknown>)[name];
    return typeof value === 'object' && value !== null ? (value as RawApi) : undefined;
  } catch {
    return undefined;
  }
}

function parentOf(win: WindowLike): WindowLike | null {
  try {
    return win.parent !== null && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

/** Walks up from `start`; `tries` is shared between the two searches as in the ADL algorithms. */
function scan(start: WindowLike, version: ScormVersion, tries: { n: number }): RawApi | undefined {
  let win = start;
  for (;;) {
    const api = read(win, API_NAME[version]);
    if (api) return api;
    const parent = parentOf(win);
    if (!parent) return undefined;
    tries.n += 1;
    if (tries.n > MAX_TRIES[version]) return undefined;
    win = parent;
  }
}

function openerOf(win: WindowLike): WindowLike | null {
  try {
    return win.opener ?? null;
  } catch {
    return null;
  }
}

export function findApi(win: WindowLike, version: ScormVersion): RawApi | undefined {
  const tries = { n: 0 };
  // The 2004 algorithm starts at the parent; the 1.2 one includes the content's own window.
  const first = version === '2004' ? parentOf(win) : win;
  const found = first ? scan(first, version, tries) : undefined;
  if (found) return found;
  const opener = openerOf(win);
  return opener ? scan(opener, version, tries) : undefined;
}

/** The "auto" build prefers 2004 when an LMS offers both. */
export function discoverApi(win: WindowLike, variant: ApiVariant): FoundApi | undefined {
  const order: ScormVersion[] = variant === 'auto' ? ['1.2', '2004'] : [variant];
  for (const version of order) {
    const api = findApi(win, version);
    if (api) return { version, api };
  }
  return undefined;
}
