/** The eight API functions by what they do, under each version's names (scorm-runtime.md#api-12, #api-2004). */
import type { ProfileVersion } from './types.ts';

export type CallKind =
  | 'initialize'
  | 'terminate'
  | 'getValue'
  | 'setValue'
  | 'commit'
  | 'getLastError'
  | 'getErrorString'
  | 'getDiagnostic';

export const API_NAMES: Record<ProfileVersion, Record<CallKind, string>> = {
  '1.2': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    getErrorString: 'LMSGetErrorString',
    getDiagnostic: 'LMSGetDiagnostic',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    getErrorString: 'GetErrorString',
    getDiagnostic: 'GetDiagnostic',
  },
};

export const CALL_KINDS = Object.keys(API_NAMES['1.2']) as CallKind[];

/** The element the LMS keeps completion in: what auto-completion and forced statuses write. */
export const COMPLETION_ELEMENT: Record<ProfileVersion, string> = {
  '1.2': 'cmi.core.lesson_status',
  '2004': 'cmi.completion_status',
};

/** Status elements and the value each holds before the content reports anything. */
export const STATUS_ELEMENTS: Record<ProfileVersion, Record<string, string>> = {
  '1.2': { 'cmi.core.lesson_status': 'not attempted' },
  '2004': { 'cmi.completion_status': 'unknown', 'cmi.success_status': 'unknown' },
};
