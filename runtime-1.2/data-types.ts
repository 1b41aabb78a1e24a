/**
 * SCORM 1.2 data types (ref: scorm-runtime.md#types-12), checked strictly: every failure is a 405.
 * A check answers null when the value is of the type, else why not, so that GetDiagnostic can say
 * exactly what was wrong ("101 is above the maximum 100").
 */

export type DataType =
  | 'CMIBlank'
  | 'CMIDecimal'
  | 'CMIFeedback'
  | 'CMIIdentifier'
  | 'CMIInteger'
  | 'CMISInteger'
  | 'CMIString255'
  | 'CMIString4096'
  | 'CMITime'
  | 'CMITimespan'
  | 'CMIVocabulary';

export interface Range {
  min: number;
  max: number;
}

/** Either the value is not of the type's form at all, or the form is right but it breaks a limit. */
export type TypeFailure = { kind: 'form'; expected: string } | { kind: 'limit'; reason: string };

const FORMS: Readonly<Record<DataType, RegExp | null>> = {
  CMIBlank: /^$/,
  // Strict form: optional minus, digits, optional fraction with digits ("5." and ".5" are not decimals).
  CMIDecimal: /^-?\d+(\.\d+)?$/,
  CMIFeedback: null,
  // Printable ASCII without space, 1..255 characters.
  CMIIdentifier: /^[\x21-\x7E]+$/,
  CMIInteger: /^\d+$/,
  CMISInteger: /^[-+]?\d+$/,
  CMIString255: null,
  CMIString4096: null,
  // 24-hour clock HH:MM:SS with an optional 1-2 digit fraction of seconds.
  CMITime: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
  // HHHH:MM:SS.SS: 2-4 digit hours, minutes and seconds below 60, optional 1-2 digit fraction.
  CMITimespan: /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
  CMIVocabulary: null,
};

const MAX_LENGTH: Readonly<Partial<Record<DataType, number>>> = {
  CMIFeedback: 255,
  CMIIdentifier: 255,
  CMIString255: 255,
  CMIString4096: 4096,
};

/** Ranges that belong to the type itself; elements may narrow them. */
const TYPE_RANGE: Readonly<Partial<Record<DataType, Range>>> = {
  CMIInteger: { min: 0, max: 65536 },
  CMISInteger: { min: -32768, max: 32768 },
};

const NUMERIC: ReadonlySet<DataType> = new Set(['CMIDecimal', 'CMIInteger', 'CMISInteger']);

const quote = (value: string) =>
  JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);

function rangeFailure(value: string, range: Range | undefined): TypeFailure | null {
  if (!range) return null;
  const n = Number(value);
  if (n < range.min) return { kind: 'limit', reason: `${value} is below the minimum ${range.min}` };
  if (n > range.max) return { kind: 'limit', reason: `${value} is above the maximum ${range.max}` };
  return null;
}

/**
 * Checks one value against one type. `vocabulary` applies to CMIVocabulary, `range` (the element's)
 * to numeric types on top of the type's own range.
 */
export function checkType(
  type: DataType,
  value: string,
  vocabulary?: readonly string[],
  range?: Range,
): TypeFailure | null {
  const max = MAX_LENGTH[type];
  if (max !== undefined && value.length > max) {
    const reason = `the value is ${value.length} characters long, over the ${type} maximum of ${max}`;
    return { kind: 'limit', reason };
  }
  if (type === 'CMIVocabulary') {
    if (vocabulary?.includes(value)) return null;
    const tokens = (vocabulary ?? []).map((v) => JSON.stringify(v)).join(', ');
    return { kind: 'form', expected: `one of ${tokens}` };
  }
  const form = FORMS[type];
  if (form && !form.test(value)) return { kind: 'form', expected: `a ${type}` };
  if (NUMERIC.has(type)) return rangeFailure(value, TYPE_RANGE[type]) ?? rangeFailure(value, range);
  return null;
}

/**
 * Checks a value against an element's types ("CMIDecimal or CMIBlank"): it is valid when one type
 * accepts it; otherwise the most telling reason is returned (a broken limit before a wrong form).
 */
export function checkTypes(
  types: readonly DataType[],
  value: string,
  vocabulary?: readonly string[],
  range?: Range,
): string | null {
  const failures: TypeFailure[] = [];
  for (const type of types) {
    const failure = checkType(type, value, vocabulary, range);
    if (!failure) return null;
    failures.push(failure);
  }
  const expected: string[] = [];
  for (const failure of failures) {
    if (failure.kind === 'limit') return failure.reason;
    expected.push(failure.expected);
  }
  return `${quote(value)} is not ${expected.join(' or ')}`;
}
