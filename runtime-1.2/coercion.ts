/**
 * How the API turns what content passes into strings (ref: scorm-runtime.md#argument-coercion).
 *
 * - A string is used as is.
 * - `undefined` and `null` (including a missing argument, as in `LMSInitialize()`) become "": ADL's
 *   1.2 runtime treats a missing argument as "" and content often omits it.
 * - Anything else goes through JavaScript's `String(x)`, as a browser LMS would see it: 85 -> "85",
 *   true -> "true", {} -> "[object Object]" (which then fails whatever check it meets).
 * - A value whose conversion throws (an object with a throwing toString) cannot be converted: the
 *   call fails with 201 and the trace records it as "[unconvertible]".
 */

export const UNCONVERTIBLE = '[unconvertible]';

/** The argument as a string, or undefined when it cannot be converted. */
export function coerceArgument(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return undefined;
  }
}
