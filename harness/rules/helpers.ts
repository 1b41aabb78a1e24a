/** Small shared readings of calls and values used by several rules. */
import { durationSeconds } from '../../runtime-2004/duration.ts';
import { parseTimespan } from '../../runtime-1.2/timespan.ts';
import type { ScormVersion } from '../trace/types.ts';
import type { ApiCall } from './api-call.ts';

/** A value for a message: quoted, cut at 40 characters. */
export const quote = (value: string): string =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** The calls that read or write data or persist it (not Initialize, not the support calls). */
export const isDataCall = (call: ApiCall): boolean =>
  call.kind === 'get' || call.kind === 'set' || call.kind === 'commit';

/** Element names that mean the same thing in each version. */
export type Named = 'status' | 'exit' | 'sessionTime' | 'suspendData';

export const ELEMENTS: Readonly<Record<Named, Readonly<Record<ScormVersion, string>>>> = {
  status: { '1.2': 'cmi.core.lesson_status', '2004': 'cmi.completion_status' },
  exit: { '1.2': 'cmi.core.exit', '2004': 'cmi.exit' },
  sessionTime: { '1.2': 'cmi.core.session_time', '2004': 'cmi.session_time' },
  suspendData: { '1.2': 'cmi.suspend_data', '2004': 'cmi.suspend_data' },
};

/** ELEMENTS by version first: a branch and a named property rather than a lookup by "2004". */
const namesOf = (api: ScormVersion) =>
  Object.fromEntries(Object.entries(ELEMENTS).map(([n, v]) => [n, v[api]])) as Readonly<
    Record<Named, string>
  >;
const NAMES_12 = namesOf('1.2');
const NAMES_2004 = namesOf('2004');

export const element = (name: Named, api: ScormVersion): string =>
  (api === '1.2' ? NAMES_12 : NAMES_2004)[name];

/** A successful SetValue of `name` (a key of ELEMENTS) on the call's own API. */
export const setsElement = (call: ApiCall | undefined, name: Named): boolean =>
  call !== undefined &&
  call.kind === 'set' &&
  !call.failed &&
  call.element === element(name, call.api);

/** The other version, for "this is a 2004 element on the 1.2 API". */
export const otherVersion = (api: ScormVersion): ScormVersion => (api === '1.2' ? '2004' : '1.2');

function rememberLast<T>(read: (value: string) => T): (value: string) => T {
  let last: { value: string; reading: T } | undefined;
  return (value) => {
    if (last?.value !== value) last = { value, reading: read(value) };
    return last.reading;
  };
}

// The rules comparing session times read the same SetValue in turn: the last reading is kept.
/** Seconds in a 2004 timeinterval (runtime-2004/duration.ts). */
export const durationSecondsOf = rememberLast(durationSeconds);
/** Hundredths of a second in a 1.2 CMITimespan, undefined when it is not one. */
export const timespanOf = rememberLast(parseTimespan);
