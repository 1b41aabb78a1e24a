/**
 * Mutant of core/launch-status.ts: writes `incomplete` on every launch, also over a final status,
 * so relaunching a passed or failed 1.2 SCO downgrades it.
 */
import { READ_ELEMENTS } from '../../src/core/lms-elements.ts';
import type { ScormConnection } from '../../src/scorm/connection.ts';

export function markIncompleteOnLaunch(lms: ScormConnection): void {
  const element = READ_ELEMENTS[lms.version].completion;
  lms.set(element, 'incomplete');
  lms.commit();
}
