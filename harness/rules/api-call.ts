/**
 * Reads an `api` trace event as a SCORM call: which API it went to (by the function's name, since
 * an LMS may offer both `API` and `API_1484_11`), what it does, and whether it failed
 * (ref: scorm-runtime.md#api-12, #api-2004).
 */
import type { ApiEvent, ScormVersion } from '../trace/types.ts';

export type CallKind =
  | 'initialize'
  | 'terminate'
  | 'get'
  | 'set'
  | 'commit'
  | 'last-error'
  | 'error-string'
  | 'diagnostic';

export interface ApiCall {
  api: ScormVersion;
  kind: CallKind;
  fn: string;
  /** GetValue/SetValue: the element name. */
  element: string;
  /** SetValue: the value; Initialize/Terminate/Commit: the parameter. */
  value: string;
  result: string;
  error: string;
  /** The LMS refused: "false" from a boolean function, a non-zero code from GetValue. */
  failed: boolean;
}

const KINDS: Readonly<Record<string, [ScormVersion, CallKind]>> = {
  LMSInitialize: ['1.2', 'initialize'],
  LMSFinish: ['1.2', 'terminate'],
  LMSGetValue: ['1.2', 'get'],
  LMSSetValue: ['1.2', 'set'],
  LMSCommit: ['1.2', 'commit'],
  LMSGetLastError: ['1.2', 'last-error'],
  LMSGetErrorString: ['1.2', 'error-string'],
  LMSGetDiagnostic: ['1.2', 'diagnostic'],
  Initialize: ['2004', 'initialize'],
  Terminate: ['2004', 'terminate'],
  GetValue: ['2004', 'get'],
  SetValue: ['2004', 'set'],
  Commit: ['2004', 'commit'],
  GetLastError: ['2004', 'last-error'],
  GetErrorString: ['2004', 'error-string'],
  GetDiagnostic: ['2004', 'diagnostic'],
};

export const CALL_KINDS: readonly CallKind[] = [...new Set(Object.values(KINDS).map(([, k]) => k))];

/** The support functions never change the error state (ref: #api-2004). */
export const SUPPORT_KINDS: ReadonlySet<CallKind> = new Set([
  'last-error',
  'error-string',
  'diagnostic',
]);

/** Each function's version and kind, read once per call: a Map lookup, no tuple to unpack. */
const BY_FN = new Map(
  Object.entries(KINDS).map(([fn, [api, kind]]) => [
    fn,
    { api, kind, support: SUPPORT_KINDS.has(kind), named: kind === 'get' || kind === 'set' },
  ]),
);

/** Undefined for a function that is not one of the sixteen API functions. */
export function apiCallOf(event: ApiEvent): ApiCall | undefined {
  const known = BY_FN.get(event.fn);
  if (!known) return undefined;
  const { api, kind } = known;
  const first = event.args[0] ?? '';
  const second = event.args[1] ?? '';
  const failed =
    kind === 'get' ? event.error !== '0' : known.support ? false : event.result !== 'true';
  return {
    api,
    kind,
    fn: event.fn,
    element: known.named ? first : '',
    value: kind === 'set' ? second : kind === 'get' ? '' : first,
    result: event.result,
    error: event.error,
    failed,
  };
}

/** The function name of a kind in a version, for messages ("LMSFinish" / "Terminate"). */
export function fnName(api: ScormVersion, kind: CallKind): string {
  for (const [fn, [version, k]] of Object.entries(KINDS))
    if (version === api && k === kind) return fn;
  return kind;
}
