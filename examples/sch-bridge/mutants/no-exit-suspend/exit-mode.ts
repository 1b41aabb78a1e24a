/**
 * Mutant of core/exit-mode.ts: always a normal exit, also while unfinished, so the LMS does not
 * keep the attempt for a resume.
 */
import type { ScormVersion } from '../../src/core/scorm-version.ts';

export function exitValue(version: ScormVersion, complete: boolean): string {
  if (!complete) return version === '2004' ? 'normal' : '';
  return version === '2004' ? 'normal' : '';
}
