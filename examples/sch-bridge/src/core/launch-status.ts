/**
 * Right after Initialize, mark the activity `incomplete` and Commit, so that no LMS auto-completes
 * it (1.2: "not attempted" becomes "completed" at LMSFinish, scorm-runtime.md#lesson-status-12;
 * 2004: sequencing auto-completion, #auto-completion; seeds/rustici-incomplete-on-launch.txt).
 * A status that is already final (a relaunch after finishing) is not downgraded.
 */
import { READ_ELEMENTS } from './lms-elements.ts';
import type { ScormVersion } from './scorm-version.ts';
import type { ScormConnection } from '../scorm/connection.ts';

const FINAL_STATUSES: Record<ScormVersion, readonly string[]> = {
  '1.2': ['passed', 'failed', 'completed'],
  '2004': ['completed'],
};

export function markIncompleteOnLaunch(lms: ScormConnection): void {
  const element = READ_ELEMENTS[lms.version].completion;
  if (FINAL_STATUSES[lms.version].includes(lms.get(element))) return;
  lms.set(element, 'incomplete');
  lms.commit();
}
