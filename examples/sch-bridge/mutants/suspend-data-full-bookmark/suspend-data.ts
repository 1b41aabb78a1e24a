/**
 * Mutant of core/suspend-data.ts: the whole bookmark goes into cmi.suspend_data beside the
 * session id, instead of the session id only.
 */
import type { LmsReport } from '../../src/core/lms-report.ts';

export function encodeSuspendData(report: Pick<LmsReport, 'sid' | 'bookmark'>): string {
  return JSON.stringify({ sid: report.sid, bookmark: report.bookmark });
}

/** The sid from a previous session's suspend_data, or undefined if absent or not our envelope. */
export function decodeSuspendData(value: string): string | undefined {
  if (value === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const sid = (parsed as { sid?: unknown }).sid;
    return typeof sid === 'string' && sid !== '' ? sid : undefined;
  } catch {
    return undefined;
  }
}
