/**
 * Mutant of core/time-format.ts: minutes are not taken modulo 60, so past the first hour the hours
 * count twice: 1 h 36 min comes out as 1.2 `0001:96:00.00` and 2004 `PT1H96M0S` (2 h 36 min).
 *
 * Session time strings. The SCO reports only THIS session's elapsed time; the LMS adds it to the
 * total at Terminate (scorm-runtime.md#session-time). The spec names only the ISO 8601 form; SCORM
 * 1.2 needs CMITimespan instead (scorm-runtime.md#misstatements).
 */
import type { ScormVersion } from '../../src/core/scorm-version.ts';

const CENTISECONDS_PER_HOUR = 360_000;
/** CMITimespan allows at most 4 hour digits. */
const MAX_TIMESPAN_CENTISECONDS = 10_000 * CENTISECONDS_PER_HOUR - 1;

interface Parts {
  hours: number;
  minutes: number;
  seconds: number;
  centiseconds: number;
}

function split(ms: number, cap: number): Parts {
  // Resolution of both formats is 0.01 s; truncate so time is never over-reported.
  const total = Math.min(Math.max(0, Math.floor(ms / 10)), cap);
  return {
    hours: Math.floor(total / CENTISECONDS_PER_HOUR),
    minutes: Math.floor(total / 6000),
    seconds: Math.floor(total / 100) % 60,
    centiseconds: total % 100,
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (scorm-runtime.md#cmi-core-session-time). */
export function formatCmiTimespan(ms: number): string {
  const p = split(ms, MAX_TIMESPAN_CENTISECONDS);
  return `${pad(p.hours, 4)}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}.${pad(p.centiseconds, 2)}`;
}

/** SCORM 2004 timeinterval `PT#H#M#S` (scorm-runtime.md#type-timeinterval), fraction only if any. */
export function formatIsoDuration(ms: number): string {
  const p = split(ms, Number.MAX_SAFE_INTEGER);
  const fraction = p.centiseconds === 0 ? '' : `.${pad(p.centiseconds, 2).replace(/0$/, '')}`;
  return `PT${p.hours}H${p.minutes}M${p.seconds}${fraction}S`;
}

/** The session time string of a version: what is written to the LMS and sent in the heartbeat. */
export function formatSessionTime(version: ScormVersion, ms: number): string {
  return version === '2004' ? formatIsoDuration(ms) : formatCmiTimespan(ms);
}
