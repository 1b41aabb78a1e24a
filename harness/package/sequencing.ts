import {
  attribute,
  childElement,
  childElements,
  IMSSS,
  NO_NAMESPACE,
  trimmedText,
} from './namespaces.ts';
import type { DeliveryControls, PrimaryObjective } from './types.ts';
import type { XmlElement } from './xml-tree.ts';
import { readBoolean, readDecimal, type Warn } from './xml-values.ts';

/** The parts of an item's imsss:sequencing that reach the run-time data model. */
export interface SequencingSettings {
  attemptAbsoluteDurationLimit?: string;
  primaryObjective?: PrimaryObjective;
  scaledPassingScore?: number;
  objectiveIds: string[];
  deliveryControls: DeliveryControls;
  sequencingIdRef?: string;
}

/** `<imsss:sequencingCollection>` definitions by ID, for items that reuse one through IDRef. */
export function sequencingCollection(manifest: XmlElement): Map<string, XmlElement> {
  const byId = new Map<string, XmlElement>();
  for (const collection of childElements(manifest, IMSSS, 'sequencingCollection')) {
    for (const sequencing of childElements(collection, IMSSS, 'sequencing')) {
      const id = attribute(sequencing, NO_NAMESPACE, 'ID');
      if (id) byId.set(id, sequencing);
    }
  }
  return byId;
}

export function readSequencingSettings(
  item: XmlElement,
  collection: ReadonlyMap<string, XmlElement>,
  itemId: string,
  warn: Warn,
): SequencingSettings {
  const local = childElement(item, IMSSS, 'sequencing');
  const idRef = attribute(local, NO_NAMESPACE, 'IDRef');
  const shared = idRef ? collection.get(idRef) : undefined;
  if (idRef && !shared) {
    warn(`item "${itemId}" refers to sequencing "${idRef}", which the sequencingCollection lacks`);
  }
  // Local child elements take precedence over the shared definition, one element kind at a time.
  const part = (name: string): XmlElement | undefined =>
    childElement(local, IMSSS, name) ?? childElement(shared, IMSSS, name);

  const settings: SequencingSettings = {
    objectiveIds: [],
    deliveryControls: readDeliveryControls(part('deliveryControls'), itemId, warn),
  };
  if (idRef) settings.sequencingIdRef = idRef;
  const limit = attribute(part('limitConditions'), NO_NAMESPACE, 'attemptAbsoluteDurationLimit');
  if (limit?.trim()) settings.attemptAbsoluteDurationLimit = limit.trim();

  const objectives = part('objectives');
  const primary = childElement(objectives, IMSSS, 'primaryObjective');
  if (primary) {
    const objective = readPrimaryObjective(primary, itemId, warn);
    settings.primaryObjective = objective;
    if (objective.objectiveId) settings.objectiveIds.push(objective.objectiveId);
    // scorm-runtime.md#manifest-initial-values: only satisfiedByMeasure initializes the score.
    if (objective.satisfiedByMeasure) {
      settings.scaledPassingScore = objective.minNormalizedMeasure ?? 1.0;
    }
  }
  for (const objective of childElements(objectives, IMSSS, 'objective')) {
    const id = attribute(objective, NO_NAMESPACE, 'objectiveID');
    if (id) settings.objectiveIds.push(id);
    else warn(`item "${itemId}" has an imsss:objective without objectiveID`);
  }
  return settings;
}

function readPrimaryObjective(primary: XmlElement, itemId: string, warn: Warn): PrimaryObjective {
  const objective: PrimaryObjective = {
    satisfiedByMeasure: readBoolean(
      attribute(primary, NO_NAMESPACE, 'satisfiedByMeasure'),
      false,
      `item "${itemId}" primaryObjective@satisfiedByMeasure`,
      warn,
    ),
  };
  const id = attribute(primary, NO_NAMESPACE, 'objectiveID');
  if (id) objective.objectiveId = id;
  const measure = readDecimal(
    trimmedText(childElement(primary, IMSSS, 'minNormalizedMeasure')),
    { min: -1, max: 1 },
    `item "${itemId}" minNormalizedMeasure`,
    warn,
  );
  if (measure !== undefined) objective.minNormalizedMeasure = measure;
  return objective;
}

/** Defaults per scorm-runtime.md#sequencing-defaults: tracked, and nothing set by content. */
function readDeliveryControls(
  controls: XmlElement | undefined,
  itemId: string,
  warn: Warn,
): DeliveryControls {
  const flag = (name: string, fallback: boolean): boolean =>
    readBoolean(
      attribute(controls, NO_NAMESPACE, name),
      fallback,
      `item "${itemId}" deliveryControls@${name}`,
      warn,
    );
  return {
    tracked: flag('tracked', true),
    completionSetByContent: flag('completionSetByContent', false),
    objectiveSetByContent: flag('objectiveSetByContent', false),
  };
}
