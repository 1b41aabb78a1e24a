/**
 * Finding a profile by name (the built-ins in ./builtin) or by path (a JSON file of one's own),
 * validated before any launch.
 */
import { readdirSync } from 'node:fs';
import { HarnessError } from '../errors.ts';
import type { LmsProfile } from './types.ts';
import { parseProfile } from './validate-profile.ts';
import { readJsonFile } from '../json-file.ts';

const BUILTIN_DIR = new URL('./builtin/', import.meta.url);

export const BUILTIN_PROFILES: readonly string[] = readdirSync(BUILTIN_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

function readJson(file: string | URL, shown: string): unknown {
  return readJsonFile(file, {
    code: 'CONFIG_INVALID',
    shown,
    unreadable: {
      message: 'cannot read the LMS profile',
      hint: `name a built-in profile (${BUILTIN_PROFILES.join(', ')}) or the path of a profile JSON file`,
    },
    notJson: {
      message: (cause) => `the LMS profile is not JSON: ${cause.message}`,
      hint: 'a profile is a JSON document following harness/profiles/profile.schema.json',
    },
  });
}

/** A built-in name (`moodle-1.2`) or a path to a profile file (anything with a `/` or `.json`). */
export function loadProfile(nameOrPath: string): LmsProfile {
  if (BUILTIN_PROFILES.includes(nameOrPath)) {
    const file = new URL(`${nameOrPath}.json`, BUILTIN_DIR);
    return parseProfile(readJson(file, `builtin/${nameOrPath}.json`), `builtin/${nameOrPath}.json`);
  }
  if (!nameOrPath.includes('/') && !nameOrPath.endsWith('.json')) {
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      message: `no built-in LMS profile "${nameOrPath}"`,
      hint: `use one of: ${BUILTIN_PROFILES.join(', ')}; or the path of a profile JSON file`,
    });
  }
  return parseProfile(readJson(nameOrPath, nameOrPath), nameOrPath);
}

/** A profile given as an object (validated here), a built-in name or a path; none stays none. */
export function profileOf(value: LmsProfile | string | undefined): LmsProfile | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? loadProfile(value) : parseProfile(value);
}
