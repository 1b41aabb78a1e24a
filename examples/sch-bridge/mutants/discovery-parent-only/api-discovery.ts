/**
 * Mutant of scorm/api-discovery.ts: looks for the API on window.parent only, so a course framed
 * deeper than one level, or opened as a popup, finds none.
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

export function findApi(win: WindowLike, version: ScormVersion): RawApi | undefined {
  const parent = parentOf(win);
  return parent ? read(parent, API_NAME[version]) : undefined;
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
