/** Typed readers for attribute and element values, reporting what they could not read. */
export type Warn = (message: string) => void;

/** xs:boolean: "true", "false", "1", "0" (XML Schema Part 2 §3.2.2); anything else keeps the default. */
export function readBoolean(
  value: string | undefined,
  fallback: boolean,
  what: string,
  warn: Warn,
): boolean {
  if (value === undefined) return fallback;
  const trimmed = value.trim();
  if (trimmed === 'true' || trimmed === '1') return true;
  if (trimmed === 'false' || trimmed === '0') return false;
  warn(`${what} is "${value}", not a boolean; the default ${fallback} applies`);
  return fallback;
}

/** xs:decimal within [min, max]; out-of-range or malformed values are reported and dropped. */
export function readDecimal(
  value: string | undefined,
  range: { min: number; max: number },
  what: string,
  warn: Warn,
): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  const number = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (Number.isNaN(number) || number < range.min || number > range.max) {
    warn(`${what} is "${value}", not a decimal in [${range.min}, ${range.max}]; ignored`);
    return undefined;
  }
  return number;
}
