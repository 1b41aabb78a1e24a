/**
 * cmi.suspend_data holds exactly `{"sid":"<session id>"}`.
 * Spec ("Resume / Suspend"): "What the bridge actually puts into cmi.suspend_data is a small JSON
 * envelope containing only the SecureCodingHub session id"; the full bookmark stays server-side.
 * Well under 1.2's 4096-character limit (scorm-runtime.md#cmi-suspend-data).
 */
import type { LmsReport } from './lms-report.ts';

export function encodeSuspendData(report: Pick<LmsReport, 'sid' | 'bookmark'>): string {
  return JSON.stringify({ sid: report.sid });
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
