/**
 * Mutant of core/exit-mode.ts: exit `suspend` also once the learner finished, so a 2004 LMS never
 * ends the attempt (the next launch resumes a finished one) and a 1.2 LMS offers a resume too.
 *
 * cmi.exit / cmi.core.exit for the current state. Spec ("Resume / Suspend"): a learner who closes
 * before completing resumes from the bookmark next launch, which SCORM grants only after exit
 * `suspend` (scorm-runtime.md#entry-exit-12, #entry-exit-2004).
 */
import type { ScormVersion } from '../../src/core/scorm-version.ts';

export function exitValue(_version: ScormVersion, _complete: boolean): string {
  return 'suspend';
}
