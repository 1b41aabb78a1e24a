/**
 * Reads a CTS test package manifest and maps each SCO item to the launch state the LMS gives it,
 * in the shape of the `Scorm2004Api` options (reference §11.3 `scorm-runtime.md#threshold-source`
 * and §7.9 for shared data maps). Parsed with fast-xml-parser, entity processing off (only the
 * five predefined XML entities and character references are decoded, by hand).
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

export interface ManifestObjective {
  id: string;
  satisfiedByMeasure?: boolean;
  minNormalizedMeasure?: number;
}

/** The subset of `Scorm2004Api` options a manifest decides. */
export interface ManifestLaunchOptions {
  launchData?: string;
  completionThreshold?: number;
  scaledPassingScore?: number;
  objectives?: ManifestObjective[];
  maxTimeAllowed?: string;
  timeLimitAction?: string;
  completionSetByContent?: boolean;
  objectiveSetByContent?: boolean;
}

/** One `<adlcp:map>`: a shared data bucket (adl.data) the SCO may read and/or write. */
export interface SharedDataMap {
  targetId: string;
  read: boolean;
  write: boolean;
}

export interface ManifestActivity {
  /** Package identifier (the `<manifest identifier>`), the scope of course-wide shared data. */
  packageId: string;
  itemId: string;
  /** The `act=` launch parameter the CTS uses to name the activity. */
  activity: string;
  options: ManifestLaunchOptions;
  sharedData: SharedDataMap[];
  /** `adlcp:sharedDataGlobalToSystem` of the organization (default true). */
  sharedDataGlobal: boolean;
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['organization', 'item', 'objective', 'map'].includes(name),
});

export function readManifestActivities(path: string): ManifestActivity[] {
  return parseManifestActivities(readFileSync(path, 'utf8'));
}

export function parseManifestActivities(xml: string): ManifestActivity[] {
  const manifest = child(parser.parse(xml) as XmlNode, 'manifest');
  const packageId = attr(manifest, 'identifier') ?? '';
  const activities: ManifestActivity[] = [];
  for (const org of children(child(manifest, 'organizations'), 'organization')) {
    const sharedDataGlobal = attr(org, 'sharedDataGlobalToSystem') !== 'false';
    const visit = (item: XmlNode): void => {
      const nested = children(item, 'item');
      const act = /(?:^|[?&;])act=([^&]+)/.exec(attr(item, 'parameters') ?? '');
      if (nested.length === 0 && act?.[1] !== undefined) {
        activities.push({
          packageId,
          itemId: attr(item, 'identifier') ?? '',
          activity: act[1],
          options: launchOptions(item),
          sharedData: sharedDataMaps(item),
          sharedDataGlobal,
        });
      }
      nested.forEach(visit);
    };
    children(org, 'item').forEach(visit);
  }
  return activities;
}

function launchOptions(item: XmlNode): ManifestLaunchOptions {
  const options: ManifestLaunchOptions = {};
  const launchData = text(child(item, 'dataFromLMS'));
  if (launchData !== undefined) options.launchData = launchData;
  const threshold = completionThreshold(child(item, 'completionThreshold'));
  if (threshold !== undefined) options.completionThreshold = threshold;
  const timeLimitAction = text(child(item, 'timeLimitAction'));
  if (timeLimitAction !== undefined) options.timeLimitAction = timeLimitAction;

  const sequencing = child(item, 'sequencing');
  const limit = attr(child(sequencing, 'limitConditions'), 'attemptAbsoluteDurationLimit');
  if (limit !== undefined) options.maxTimeAllowed = limit;
  const delivery = child(sequencing, 'deliveryControls');
  const completionSet = attr(delivery, 'completionSetByContent');
  if (completionSet !== undefined) options.completionSetByContent = completionSet === 'true';
  const objectiveSet = attr(delivery, 'objectiveSetByContent');
  if (objectiveSet !== undefined) options.objectiveSetByContent = objectiveSet === 'true';

  const objectivesNode = child(sequencing, 'objectives');
  const primary = child(objectivesNode, 'primaryObjective');
  const objectives = [primary, ...children(objectivesNode, 'objective')]
    .filter(
      (node): node is XmlNode => node !== undefined && attr(node, 'objectiveID') !== undefined,
    )
    .map(objective);
  if (objectives.length > 0) options.objectives = objectives;
  if (primary !== undefined && attr(primary, 'satisfiedByMeasure') === 'true') {
    options.scaledPassingScore = number(text(child(primary, 'minNormalizedMeasure'))) ?? 1;
  }
  return options;
}

/** 4th Ed attributes (minProgressMeasure, 1.0 when only completedByMeasure) or 3rd Ed text. */
function completionThreshold(node: XmlNode | undefined): number | undefined {
  if (node === undefined) return undefined;
  const byAttribute = number(attr(node, 'minProgressMeasure'));
  if (byAttribute !== undefined) return byAttribute;
  const byText = number(text(node));
  if (byText !== undefined) return byText;
  return attr(node, 'completedByMeasure') === 'true' ? 1 : undefined;
}

function objective(node: XmlNode): ManifestObjective {
  const result: ManifestObjective = { id: attr(node, 'objectiveID') ?? '' };
  const byMeasure = attr(node, 'satisfiedByMeasure');
  if (byMeasure !== undefined) result.satisfiedByMeasure = byMeasure === 'true';
  const min = number(text(child(node, 'minNormalizedMeasure')));
  if (min !== undefined) result.minNormalizedMeasure = min;
  return result;
}

/** An absent read/write attribute means allowed, as the CTS expects (reference §7.9). */
function sharedDataMaps(item: XmlNode): SharedDataMap[] {
  return children(child(item, 'data'), 'map').map((map) => ({
    targetId: attr(map, 'targetID') ?? '',
    read: attr(map, 'readSharedData') !== 'false',
    write: attr(map, 'writeSharedData') !== 'false',
  }));
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const value = node?.[name];
  if (Array.isArray(value)) return value[0] as XmlNode | undefined;
  if (typeof value === 'string') return { '#text': value };
  return value as XmlNode | undefined;
}

function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) =>
    typeof v === 'string' ? { '#text': v } : (v as XmlNode),
  );
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@${name}`];
  return typeof value === 'string' ? decodeXmlEntities(value.trim()) : undefined;
}

function text(node: XmlNode | undefined): string | undefined {
  const value = node?.['#text'];
  return typeof value === 'string' ? decodeXmlEntities(value) : undefined;
}

function number(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

const XML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return XML_ENTITIES[ref] ?? m;
  });
}
