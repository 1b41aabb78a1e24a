import { ADLCP, attribute, childElement, NO_NAMESPACE, trimmedText } from './namespaces.ts';
import type { Sco12Settings } from './types.ts';
import type { XmlElement } from './xml-tree.ts';
import { readDecimal, type Warn } from './xml-values.ts';

/** The adlcp_rootv1p2 children of an item that change LMS behaviour (scorm-runtime.md#manifest-12). */
export function readSco12Settings(item: XmlElement, itemId: string, warn: Warn): Sco12Settings {
  const text = (local: string): string | undefined => trimmedText(childElement(item, ADLCP, local));
  const settings: Sco12Settings = { version: '1.2' };
  const masteryScore = readDecimal(
    text('masteryscore'),
    { min: 0, max: 100 },
    `item "${itemId}" adlcp:masteryscore`,
    warn,
  );
  if (masteryScore !== undefined) settings.masteryScore = masteryScore;
  // launch_data is opaque to the LMS: only an all-blank value counts as absent.
  const dataFromLms = childElement(item, ADLCP, 'datafromlms')?.text;
  if (dataFromLms?.trim()) settings.dataFromLms = dataFromLms;
  const maxTimeAllowed = text('maxtimeallowed');
  if (maxTimeAllowed) settings.maxTimeAllowed = maxTimeAllowed;
  const timeLimitAction = text('timelimitaction');
  if (timeLimitAction) settings.timeLimitAction = timeLimitAction;
  const prerequisites = childElement(item, ADLCP, 'prerequisites');
  const expression = trimmedText(prerequisites);
  if (expression) {
    const type = attribute(prerequisites, NO_NAMESPACE, 'type');
    settings.prerequisites = type ? { type, expression } : { expression };
  }
  return settings;
}
