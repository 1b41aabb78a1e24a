/**
 * The API function names of both SCORM versions (scorm-runtime.md#api-12, #api-2004): a log's
 * function names are what tells its SCORM version when the log does not say it outright.
 */
import type { ScormVersion } from '../trace/types.ts';

const SCORM_12 = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
] as const;

const SCORM_2004 = [
  'Initialize',
  'Terminate',
  'GetValue',
  'SetValue',
  'Commit',
  'GetLastError',
  'GetErrorString',
  'GetDiagnostic',
] as const;

/** Alternation for regular expressions, longest names first so `LMSGetValue` wins over `GetValue`. */
export const API_FUNCTION_PATTERN = [...SCORM_12, ...SCORM_2004].join('|');

export function isApiFunction(name: string): boolean {
  return (
    (SCORM_12 as readonly string[]).includes(name) ||
    (SCORM_2004 as readonly string[]).includes(name)
  );
}

export function versionOfFunction(name: string): ScormVersion | undefined {
  if ((SCORM_12 as readonly string[]).includes(name)) return '1.2';
  if ((SCORM_2004 as readonly string[]).includes(name)) return '2004';
  return undefined;
}

/** The 1.2 name of a 2004 function and back, for logs that print one family for the other. */
export function inVersion(name: string, version: ScormVersion): string {
  const from = version === '1.2' ? SCORM_2004 : SCORM_12;
  const to = version === '1.2' ? SCORM_12 : SCORM_2004;
  const index = (from as readonly string[]).indexOf(name);
  return index === -1 ? name : to[index]!;
}

/** GetLastError, GetErrorString and GetDiagnostic never change the error state (§1.1, §1.2). */
export function isSupportFunction(name: string): boolean {
  return /^(LMS)?(GetLastError|GetErrorString|GetDiagnostic)$/.test(name);
}

export function isGetLastError(name: string): boolean {
  return name === 'GetLastError' || name === 'LMSGetLastError';
}

export function isTerminateFunction(name: string): boolean {
  return name === 'Terminate' || name === 'LMSFinish';
}

/** Calls whose success the spec signals by returning "true". */
export function returnsBoolean(name: string): boolean {
  return /^(LMS)?(Initialize|Finish|Terminate|SetValue|Commit)$/.test(name);
}

const CALL_MENTION = new RegExp(`\\b(${API_FUNCTION_PATTERN})\\s*\\(`);

/** Whether a line shows an API call at all: unreadable ones are reported as skipped, not ignored. */
export function mentionsApiCall(text: string): boolean {
  return CALL_MENTION.test(text);
}
