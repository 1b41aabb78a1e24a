/**
 * Mutant of core/launch-status.ts: sets `incomplete` at launch but does not Commit it; the value
 * reaches the LMS's store only with the next report's Commit.
 */
import { READ_ELEMENTS } from '../../src/core/lms-elements.ts';
import type { ScormVersion } from '../../src/core/scorm-version.ts';
import type { ScormConnection } from '../../src/scorm/connection.ts';

const FINAL_STATUSES: Record<ScormVersion, readonly string[]> = {
  '1.2': ['passed', 'failed', 'completed'],
  '2004': ['completed'],
};

export function markIncompleteOnLaunch(lms: ScormConnection): void {
  const element = READ_ELEMENTS[lms.version].completion;
  if (FINAL_STATUSES[lms.version].includes(lms.get(element))) return;
  lms.set(element, 'incomplete');
}
