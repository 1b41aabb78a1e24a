/** Schema errors (ajv) as one line a person reads: where in the document, and what is wrong. */
import type { ErrorObject } from 'ajv';

/** The first `max` errors, `/events/3/t must be number; …`. */
export function describeSchemaErrors(
  errors: ErrorObject[] | null | undefined,
  max = Infinity,
): string {
  return (errors ?? [])
    .slice(0, max)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}
