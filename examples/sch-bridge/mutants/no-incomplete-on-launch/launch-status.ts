/**
 * Mutant of core/launch-status.ts: reads the status at launch but never writes `incomplete`, so
 * the first status the LMS sees comes with the first progress report, after the backend answers.
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
}
