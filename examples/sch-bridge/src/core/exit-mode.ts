/**
 * cmi.exit / cmi.core.exit for the current state. Spec ("Resume / Suspend"): a learner who closes
 * before completing resumes from the bookmark next launch, which SCORM grants only after exit
 * `suspend` (scorm-runtime.md#entry-exit-12, #entry-exit-2004). Finished: a normal exit, so a 2004
 * LMS ends the attempt.
 */
import type { ScormVersion } from './scorm-version.ts';

export function exitValue(version: ScormVersion, complete: boolean): string {
  if (!complete) return 'suspend';
  return version === '2004' ? 'normal' : '';
}
