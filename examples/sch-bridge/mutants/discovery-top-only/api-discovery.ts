/**
 * Mutant of scorm/api-discovery.ts: the parent-chain search is a shortcut to `window.top`, so the
 * bridge finds the API only where the LMS's top window holds it, not on a frame below the top (an
 * LMS inside a portal or a player frame); the opener chain is searched as before.
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
  const found = read((win as WindowLike & { top: WindowLike }).top, API_NAME[version]);
  if (found) return found;
  const opener = openerOf(win);
  return opener ? scan(opener, version, tries) : undefined;
}

/** The "auto" build prefers 2004 when an LMS offers both. */
export function discoverApi(win: WindowLike, variant: ApiVariant): FoundApi | undefined {
  const order: ScormVersion[] = variant === 'auto' ? ['2004', '1.2'] : [variant];
  for (const version of order) {
    const api = findApi(win, version);
    if (api) return { version, api };
  }
  return undefined;
}
