/**
 * Profiles are JSON files checked against profile.schema.json before any launch; an error names
 * the key at fault (`quirks[2].length`) and the file.
 */
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { HarnessError } from '../errors.ts';
import type { LmsProfile } from './types.ts';

const schema = createRequire(import.meta.url)('./profile.schema.json') as object;

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, discriminator: true });
addFormats(ajv);
const validate = ajv.compile<LmsProfile>(schema);

/** `/quirks/2/length` -> `quirks[2].length`. */
function keyPath(pointer: string): string {
  const parts = pointer.split('/').slice(1);
  return parts.reduce(
    (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
    '',
  );
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties')
    return `${keyPath(`${error.instancePath}/${String(params.additionalProperty)}`)} is not a known key`;
  if (error.keyword === 'required')
    return `${keyPath(`${error.instancePath}/${String(params.missingProperty)}`)} is missing`;
  if (error.keyword === 'discriminator')
    return `${keyPath(error.instancePath) || 'profile'}.quirk: not a known quirk`;
  const allowed = Array.isArray(params.allowedValues)
    ? ` (${params.allowedValues.join(', ')})`
    : '';
  return `${keyPath(error.instancePath) || 'profile'}: ${error.message ?? 'is invalid'}${allowed}`;
}

export function parseProfile(value: unknown, file?: string): LmsProfile {
  if (validate(value)) return value;
  const problems = [...new Set((validate.errors ?? []).map(describe))];
  throw new HarnessError({
    code: 'CONFIG_INVALID',
    file,
    message: `not a valid LMS profile: ${problems.slice(0, 5).join('; ')}`,
    hint: 'profiles follow harness/profiles/profile.schema.json; see harness/profiles/README.md for the quirks',
  });
}
