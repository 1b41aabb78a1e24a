/**
 * Mutant of scorm/connection.ts: after a failed call the bridge still asks GetLastError,
 * GetErrorString and GetDiagnostic, but only logs the answers to the console instead of recording
 * them, so the page's #sch-api-errors list (README "Page contract") stays empty.
 */
import type { ScormVersion } from '../../src/core/scorm-version.ts';

/** Whatever object the LMS exposes; its functions are looked up by name. */
export type RawApi = Record<string, unknown>;

export interface ApiErrorRecord {
  fn: string;
  args: string[];
  code: string;
  message: string;
  diagnostic: string;
}

export interface ScormConnection {
  readonly version: ScormVersion;
  initialize(): boolean;
  terminate(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
}

const FUNCTION_NAMES = {
  '1.2': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
    diagnostic: 'GetDiagnostic',
  },
} as const;

export function connect(
  version: ScormVersion,
  api: RawApi,
  _onError: (record: ApiErrorRecord) => void,
): ScormConnection {
  const names = FUNCTION_NAMES[version];

  // An LMS API that throws or returns a non-string must not stop the bridge.
  const call = (fn: string, args: string[]): string => {
    const f = api[fn];
    if (typeof f !== 'function') return 'false';
    try {
      return String(f.apply(api, args));
    } catch {
      return 'false';
    }
  };

  const report = (fn: string, args: string[]): void => {
    const code = call(names.lastError, []);
    console.warn(`${fn} failed`, {
      fn,
      args,
      code,
      message: call(names.errorString, [code]),
      diagnostic: call(names.diagnostic, [code]),
    });
  };

  const flagged = (fn: string, args: string[]): boolean => {
    const ok = call(fn, args) === 'true';
    if (!ok) report(fn, args);
    return ok;
  };

  return {
    version,
    initialize: () => flagged(names.initialize, ['']),
    terminate: () => flagged(names.terminate, ['']),
    commit: () => flagged(names.commit, ['']),
    set: (element, value) => flagged(names.set, [element, value]),
    get: (element) => {
      const value = call(names.get, [element]);
      // "" is a legal value, so only the error code tells a failed read apart.
      if (value === '' && call(names.lastError, []) !== '0') report(names.get, [element]);
      return value;
    },
  };
}
