/** What our runtimes answer to one call judged on its own (see oracle-12.ts, oracle-2004.ts). */

export type FailureKind =
  | 'empty'
  | 'unknown'
  | 'keyword'
  | 'read-only'
  | 'write-only'
  | 'vocabulary'
  | 'type'
  | 'range'
  | 'length';

export interface Verdict {
  /** The error code the spec requires: '0' when the call succeeds. */
  code: string;
  kind?: FailureKind;
  /** The runtime's diagnostic: why it fails, or (2004) that a value exceeds its SPM. */
  why: string;
  /** 2004: accepted, but longer than the smallest permitted maximum. */
  overSpm?: boolean;
}

/** A known value of another element, by its concrete path (e.g. an interaction's type). */
export type Lookup = (element: string) => string | undefined;

/**
 * Judges calls against one version's data model, independent of the session's state: array
 * records are assumed to exist, so `undefined` means "depends on the state" (index gaps,
 * dependencies, uniqueness) rather than "valid".
 */
export interface Oracle {
  set(element: string, value: string, lookup: Lookup): Verdict | undefined;
  get(element: string): Verdict | undefined;
  /** Whether a value returned by a successful GetValue is one the element can hold. */
  holds(element: string, value: string, lookup: Lookup): boolean | undefined;
  /** The value the LMS gives the element before the SCO sets it, if the table has one. */
  initial(element: string): string | undefined;
  /**
   * What `set` and `holds` depend on in the value (`holds` also on whether it is the initial
   * value), as a key for remembering answers: the value itself, or one key for every value that
   * fits an element of a type taking any characters.
   */
  valueKey(element: string, value: string): string;
}

/** Every array index: a token of digits, between dots or at either end of the name. */
const INDEXES = /(?<dot>^|\.)\d+(?=\.|$)/g;
const HAS_INDEX = /(?:^|\.)\d+(?:\.|$)/;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

export function hasIndex(element: string): boolean {
  // Most names have no digit at the start or after a dot: those need no regular expression.
  let digit = isDigit(element.charCodeAt(0));
  for (let dot = element.indexOf('.'); !digit && dot !== -1; dot = element.indexOf('.', dot + 1))
    digit = isDigit(element.charCodeAt(dot + 1));
  return digit && HAS_INDEX.test(element);
}

/** The element name with every array index replaced by 0 (record 0 of a fresh data model). */
export const firstRecord = (element: string): string =>
  hasIndex(element) ? element.replace(INDEXES, '$<dot>0') : element;
