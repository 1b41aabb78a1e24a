/**
 * The verdict on one replayed command, decided as the ADL evaluator decides it
 * (TestCaseEvaluator.evaluateCurrentResult), in the same order of cases:
 * - a `&id&` element whose id was not found fails;
 * - GetValue(learner_name): only the error code is checked (the name is the LMS's choice);
 * - GetValue(adl.nav.request_valid.choice|jump…): any of true/false/unknown, error not checked;
 * - GetValue(cmi.comments_from_lms…) except `_children`: error 0, 301 or 403 (401 for the bare
 *   container), value not checked, since the LMS decides which comments exist;
 * - GetValue with an expected value (not `_count`): typed equality (equivalence.ts), or for other
 *   request_valid elements any of true/false/unknown; plus the error code;
 * - GetValue(…&id&….id): the value must be the id looked up; plus the error code;
 * - GetValue returning `{…}` with nothing expected: typed equality; plus the error code;
 * - GetErrorString: `less255` = under 255 characters, `emptyCS` = "", else equal; plus error;
 * - GetDiagnostic: under 255 characters; plus the error code;
 * - anything else: the value equals exactly, and so does the error code.
 */
import { equivalentValues } from './equivalence.ts';
import type { ExpandedCommand } from './expand.ts';

export interface Observed {
  value: string;
  error: string;
}

export interface Verdict {
  match: boolean;
  /** What was expected, as a person reads it. */
  expected: string;
  /** What the runtime did. */
  actual: string;
}

const VALIDITY = ['true', 'false', 'unknown'];
const MAX_SHOWN = 80;

/** A long value cut for display, with its length. */
export function clip(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…(${value.length} chars)` : value;
}
const DIAGNOSTIC_LIMIT = 255;

/**
 * @param element the element actually passed (with `&id&` resolved), or undefined when the id
 *   was not found
 * @param expectedValue the expected value, with the learner's id or name substituted
 */
export function judge(
  call: ExpandedCommand,
  element: string | undefined,
  expectedValue: string,
  observed: Observed,
): Verdict {
  const param = call.target;
  const err = call.expected.error;
  const shown = (value: string, error: string): string =>
    `${JSON.stringify(clip(value))} / ${error}`;
  const actual = shown(observed.value, observed.error);
  const errorOk = observed.error === err;
  const get = call.fn === 'GetValue';

  if (element === undefined) {
    return { match: false, expected: `an index for id "${call.lookup?.id}"`, actual: 'not found' };
  }
  if (get && param.includes('learner_name')) {
    return { match: errorOk, expected: `any value / ${err}`, actual };
  }
  if (get && (param.includes('request_valid.choice') || param.includes('request_valid.jump'))) {
    return { match: VALIDITY.includes(observed.value), expected: 'true|false|unknown', actual };
  }
  if (get && !param.includes('_children') && param.includes('comments_from_lms')) {
    const allowed = ['0', '301', '403', ...(param === 'cmi.comments_from_lms' ? ['401'] : [])];
    return {
      match: allowed.includes(observed.error),
      expected: `any value / ${allowed.join('|')}`,
      actual,
    };
  }
  if (get && expectedValue !== '' && !param.includes('_count')) {
    if (param.includes('request_valid')) {
      return {
        match: VALIDITY.includes(observed.value) && errorOk,
        expected: `true|false|unknown / ${err}`,
        actual,
      };
    }
    const same = equivalentValues(element, expectedValue, observed.value, call.interactionType);
    return { match: same && errorOk, expected: shown(expectedValue, err), actual };
  }
  if (get && param.includes('&') && param.includes('.id')) {
    const id = call.lookup?.id ?? '';
    return { match: observed.value === id && errorOk, expected: shown(id, err), actual };
  }
  if (get && observed.value.startsWith('{') && !param.includes('_count')) {
    const same = equivalentValues(element, expectedValue, observed.value, call.interactionType);
    return { match: same && errorOk, expected: shown(expectedValue, err), actual };
  }
  if (call.fn === 'GetErrorString') {
    const ok =
      expectedValue === 'less255'
        ? observed.value.length < DIAGNOSTIC_LIMIT
        : expectedValue === 'emptyCS'
          ? observed.value === ''
          : observed.value === expectedValue;
    return { match: ok && errorOk, expected: `${expectedValue} / ${err}`, actual };
  }
  if (call.fn === 'GetDiagnostic') {
    return {
      match: observed.value.length < DIAGNOSTIC_LIMIT && errorOk,
      expected: `less255 / ${err}`,
      actual,
    };
  }
  return {
    match: observed.value === expectedValue && errorOk,
    expected: shown(expectedValue, err),
    actual,
  };
}
