import {
  ADLCP,
  ADLNAV,
  attribute,
  childElement,
  childElements,
  NO_NAMESPACE,
  trimmedText,
} from './namespaces.ts';
import { readSequencingSettings } from './sequencing.ts';
import type { CompletionThreshold, Sco2004Settings } from './types.ts';
import type { XmlElement } from './xml-tree.ts';
import { readBoolean, readDecimal, type Warn } from './xml-values.ts';

/** The adlcp/imsss/adlnav settings of a SCORM 2004 item (scorm-runtime.md#manifest-2004). */
export function readSco2004Settings(
  item: XmlElement,
  itemId: string,
  collection: ReadonlyMap<string, XmlElement>,
  warn: Warn,
): Sco2004Settings {
  const settings: Sco2004Settings = {
    version: '2004',
    ...readSequencingSettings(item, collection, itemId, warn),
    hideLmsUi: readHideLmsUi(item),
  };
  const dataFromLms = childElement(item, ADLCP, 'dataFromLMS')?.text;
  if (dataFromLms?.trim()) settings.dataFromLms = dataFromLms;
  const timeLimitAction = trimmedText(childElement(item, ADLCP, 'timeLimitAction'));
  if (timeLimitAction) settings.timeLimitAction = timeLimitAction;
  const threshold = childElement(item, ADLCP, 'completionThreshold');
  if (threshold) settings.completionThreshold = readCompletionThreshold(threshold, itemId, warn);
  if (childElement(item, ADLCP, 'masteryscore')) {
    warn(`item "${itemId}" has adlcp:masteryscore, which means nothing in SCORM 2004; ignored`);
  }
  return settings;
}

/**
 * 2nd/3rd Edition: the threshold is the element's text. 4th Edition: attributes, with defaults
 * completedByMeasure=false, minProgressMeasure=1.0, progressWeight=1.0
 * (scorm-runtime.md#sequencing-defaults, scorm-runtime.md#manifest-initial-values).
 */
export function readCompletionThreshold(
  element: XmlElement,
  itemId: string,
  warn: Warn,
): CompletionThreshold {
  const what = `item "${itemId}" adlcp:completionThreshold`;
  const unit = { min: 0, max: 1 };
  const attr = (name: string): string | undefined => attribute(element, NO_NAMESPACE, name);
  const text = trimmedText(element);
  const hasAttributes = ['completedByMeasure', 'minProgressMeasure', 'progressWeight'].some(
    (name) => attr(name) !== undefined,
  );
  if (text !== undefined && !hasAttributes) {
    const value = readDecimal(text, unit, what, warn);
    return {
      form: 'text',
      completedByMeasure: false,
      minProgressMeasure: value ?? 1.0,
      progressWeight: 1.0,
      ...(value !== undefined ? { runtimeValue: value } : {}),
    };
  }
  if (text !== undefined) warn(`${what} has both text and attributes; the attributes win`);
  const completedByMeasure = readBoolean(
    attr('completedByMeasure'),
    false,
    `${what}@completedByMeasure`,
    warn,
  );
  const minProgressMeasure = readDecimal(
    attr('minProgressMeasure'),
    unit,
    `${what}@minProgressMeasure`,
    warn,
  );
  const progressWeight = readDecimal(attr('progressWeight'), unit, `${what}@progressWeight`, warn);
  // Without minProgressMeasure the run-time value exists only when completedByMeasure asks for 1.0.
  const runtimeValue = minProgressMeasure ?? (completedByMeasure ? 1.0 : undefined);
  return {
    form: 'attributes',
    completedByMeasure,
    minProgressMeasure: minProgressMeasure ?? 1.0,
    progressWeight: progressWeight ?? 1.0,
    ...(runtimeValue !== undefined ? { runtimeValue } : {}),
  };
}

function readHideLmsUi(item: XmlElement): string[] {
  const presentation = childElement(item, ADLNAV, 'presentation');
  const navigation = childElement(presentation, ADLNAV, 'navigationInterface');
  return childElements(navigation, ADLNAV, 'hideLMSUI').flatMap((hide) => {
    const value = trimmedText(hide);
    return value ? [value] : [];
  });
}
