/**
 * What the bridge tells the LMS at one moment, independent of the SCORM version; the version
 * modules (report-12.ts, report-2004.ts) turn it into element writes.
 */
import type { Bookmark } from '../backend/types.ts';
import { isComplete, type PracticeProgress } from './completion.ts';
import { rawScore } from './score.ts';
import { successVerdict, type SuccessVerdict } from './status.ts';

export interface LmsReport {
  complete: boolean;
  /** 0–100, undefined when no challenge is completed (no score is written then). */
  raw: number | undefined;
  verdict: SuccessVerdict | undefined;
  /** Elapsed time of this session only. */
  sessionMs: number;
  sid: string;
  /** Where the learner is; it belongs on the server, not in the LMS (suspend-data.ts). */
  bookmark: Bookmark;
}

export function buildReport(
  progress: PracticeProgress,
  sessionMs: number,
  sid: string,
  bookmark: Bookmark,
): LmsReport {
  const complete = isComplete(progress);
  const raw = rawScore(progress.challenges);
  return { complete, raw, verdict: successVerdict(raw, complete), sessionMs, sid, bookmark };
}

/** Ordered SetValue calls: element, value. */
export type ElementWrites = Array<readonly [element: string, value: string]>;
