/**
 * The data model elements and API function names each version uses for what the bridge reports
 * (scorm-runtime.md#data-model-12, #data-model-2004), so one scenario body serves both versions.
 */
import type { ScormVersion } from '../../harness/trace/types.ts';

export interface VersionNames {
  initialize: string;
  terminate: string;
  getValue: string;
  setValue: string;
  commit: string;
  getLastError: string;
  /** 1.2 lesson_status, 2004 completion_status. */
  status: string;
  /** 2004 only. */
  success: string | undefined;
  raw: string;
  min: string;
  max: string;
  /** 2004 only. */
  scaled: string | undefined;
  sessionTime: string;
  totalTime: string;
  suspendData: string;
  exit: string;
  entry: string;
}

export const NAMES: Record<ScormVersion, VersionNames> = {
  '1.2': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    status: 'cmi.core.lesson_status',
    success: undefined,
    raw: 'cmi.core.score.raw',
    min: 'cmi.core.score.min',
    max: 'cmi.core.score.max',
    scaled: undefined,
    sessionTime: 'cmi.core.session_time',
    totalTime: 'cmi.core.total_time',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    entry: 'cmi.core.entry',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    status: 'cmi.completion_status',
    success: 'cmi.success_status',
    raw: 'cmi.score.raw',
    min: 'cmi.score.min',
    max: 'cmi.score.max',
    scaled: 'cmi.score.scaled',
    sessionTime: 'cmi.session_time',
    totalTime: 'cmi.total_time',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.exit',
    entry: 'cmi.entry',
  },
};

/**
 * The versions of the API objects calls went to: every 1.2 function's name starts with "LMS", no
 * 2004 function's does (scorm-runtime.md#api-12, #api-2004).
 */
export function apiVersionsCalled(calls: readonly { fn: string }[]): ScormVersion[] {
  return [
    ...new Set(calls.map((call): ScormVersion => (call.fn.startsWith('LMS') ? '1.2' : '2004'))),
  ];
}

/** 1.2 CMITimespan `HHHH:MM:SS.SS` (hours 2–4 digits, fraction optional; #types-12). */
const TIMESPAN_12 = /^(\d{2,4}):(\d{2}):(\d{2})(\.\d{1,2})?$/;
/** 2004 timeinterval (#type-timeinterval), the time-only forms the bridge can need. */
const DURATION_2004 =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$/;

/** Milliseconds a session time string stands for, or undefined when it is not the version's format. */
export function parseSessionTime(version: ScormVersion, value: string): number | undefined {
  if (version === '1.2') {
    const m = TIMESPAN_12.exec(value);
    if (!m) return undefined;
    const [, h, min, s, frac] = m;
    return Math.round(
      (Number(h) * 3600 + Number(min) * 60 + Number(s) + Number(frac ?? '0')) * 1000,
    );
  }
  const m = DURATION_2004.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return undefined;
  const [, y, mo, d, h, min, s] = m;
  if (y || mo) return undefined; // years and months have no fixed length; the bridge never uses them
  return Math.round(
    (Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(s ?? 0)) *
      1000,
  );
}

/** The status value that means "complete": 2004 `completed`; 1.2 a verdict (the bridge never writes `completed`). */
export function isComplete(version: ScormVersion, status: string | undefined): boolean {
  return version === '2004' ? status === 'completed' : status === 'passed' || status === 'failed';
}
