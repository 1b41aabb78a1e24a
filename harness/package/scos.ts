import { HarnessError } from '../errors.ts';
import { applyParameters, resolveLaunchPath } from './launch-url.ts';
import {
  ADLCP,
  attribute,
  childElement,
  childElements,
  NO_NAMESPACE,
  trimmedText,
} from './namespaces.ts';
import { readSco12Settings } from './sco-settings-12.ts';
import { readSco2004Settings } from './sco-settings-2004.ts';
import { sequencingCollection } from './sequencing.ts';
import type { Sco, ScormVersion } from './types.ts';
import { XML_NAMESPACE, type XmlElement } from './xml-tree.ts';
import { readBoolean, type Warn } from './xml-values.ts';

const XML: ReadonlySet<string> = new Set([XML_NAMESPACE]);

export interface OrganizationScos {
  organization: { identifier: string; title: string };
  scos: Sco[];
}

interface Walk {
  cp: ReadonlySet<string>;
  version: ScormVersion;
  file: string;
  warn: Warn;
  resources: ReadonlyMap<string, XmlElement>;
  bases: { manifest?: string; resources?: string };
  collection: ReadonlyMap<string, XmlElement>;
  /** Resources referenced by items but not typed "sco", for the no-SCO hint. */
  untyped: Set<string>;
  scos: Sco[];
}

/**
 * The SCOs of the default organization in depth-first item order (scorm-runtime.md#manifest-structure).
 * Items that launch assets are skipped: assets get no API and cannot be conformance-tested.
 */
export function readScos(
  manifest: XmlElement,
  version: ScormVersion,
  file: string,
  warn: Warn,
): OrganizationScos {
  const cp: ReadonlySet<string> = new Set([manifest.ns]);
  const organization = chooseOrganization(manifest, cp, file, warn);
  const resourcesElement = childElement(manifest, cp, 'resources');
  const resources = new Map<string, XmlElement>();
  for (const resource of childElements(resourcesElement, cp, 'resource')) {
    const id = attribute(resource, NO_NAMESPACE, 'identifier');
    if (id) resources.set(id, resource);
  }
  const walk: Walk = {
    cp,
    version,
    file,
    warn,
    resources,
    bases: {
      manifest: attribute(manifest, XML, 'base'),
      resources: attribute(resourcesElement, XML, 'base'),
    },
    collection: sequencingCollection(manifest),
    untyped: new Set(),
    scos: [],
  };
  const identifier = attribute(organization, NO_NAMESPACE, 'identifier') ?? '';
  const title = trimmedText(childElement(organization, cp, 'title')) ?? identifier;
  for (const item of childElements(organization, cp, 'item')) visitItem(item, [], walk);
  if (walk.scos.length === 0) throw noSco(file, organization, identifier, walk.untyped);
  return { organization: { identifier, title }, scos: walk.scos };
}

function chooseOrganization(
  manifest: XmlElement,
  cp: ReadonlySet<string>,
  file: string,
  warn: Warn,
): XmlElement {
  const organizations = childElement(manifest, cp, 'organizations');
  const all = childElements(organizations, cp, 'organization');
  const first = all[0];
  if (!first) {
    throw new HarnessError({
      code: 'MANIFEST_NO_SCO',
      file,
      message: 'has no <organization>, so nothing can be launched',
      hint: 'Add <organizations default="ORG"><organization identifier="ORG"> with an <item identifierref="…"> for each SCO (resource-only packages cannot be launched).',
    });
  }
  const wanted = attribute(organizations, NO_NAMESPACE, 'default');
  if (!wanted) {
    if (all.length > 1)
      warn('<organizations> has no default attribute; the first organization is used');
    return first;
  }
  const chosen = all.find((org) => attribute(org, NO_NAMESPACE, 'identifier') === wanted);
  if (!chosen) warn(`<organizations default="${wanted}"> names no organization; the first is used`);
  return chosen ?? first;
}

function visitItem(item: XmlElement, parentTitles: string[], walk: Walk): void {
  const id = attribute(item, NO_NAMESPACE, 'identifier');
  if (!id) {
    throw invalid(
      walk.file,
      item,
      'has an <item> without identifier',
      'Give every <item> a unique identifier attribute.',
    );
  }
  const title = trimmedText(childElement(item, walk.cp, 'title')) ?? id;
  const children = childElements(item, walk.cp, 'item');
  const ref = attribute(item, NO_NAMESPACE, 'identifierref');
  if (children.length) {
    if (ref) walk.warn(`item "${id}" has child items and an identifierref; only leaf items launch`);
    for (const child of children) visitItem(child, [...parentTitles, title], walk);
    return;
  }
  if (!ref) {
    walk.warn(`leaf item "${id}" has no identifierref and launches nothing`);
    return;
  }
  const resource = walk.resources.get(ref);
  if (!resource) {
    throw invalid(
      walk.file,
      item,
      `item "${id}" refers to resource "${ref}", which <resources> does not define`,
      `Add <resource identifier="${ref}" …> or fix the item's identifierref.`,
    );
  }
  const scormType = readScormType(resource, ref, walk.warn);
  if (scormType !== 'sco') {
    if (scormType === undefined) walk.untyped.add(ref);
    return;
  }
  const href = attribute(resource, NO_NAMESPACE, 'href')?.trim();
  if (!href) {
    throw invalid(
      walk.file,
      resource,
      `resource "${ref}" (launched by item "${id}") has no href`,
      'Add href="<launch page>" to the resource, e.g. href="index.html".',
    );
  }
  const launch = resolveLaunchPath(
    [walk.bases.manifest, walk.bases.resources, attribute(resource, XML, 'base')],
    href,
  );
  if (!launch.ok) {
    throw invalid(
      walk.file,
      resource,
      `resource "${ref}" ${launch.reason}`,
      'The launch page must be a file inside the package, named by a relative path.',
    );
  }
  launch.warnings.forEach((warning) => walk.warn(`resource "${ref}": ${warning}`));
  const parameters = attribute(item, NO_NAMESPACE, 'parameters');
  const sco: Sco = {
    identifier: id,
    title,
    resourceIdentifier: ref,
    href,
    ...(parameters !== undefined ? { parameters } : {}),
    launchUrl: applyParameters(launch.url, parameters),
    launchFile: launch.file,
    isVisible: readBoolean(
      attribute(item, NO_NAMESPACE, 'isvisible'),
      true,
      `item "${id}" isvisible`,
      walk.warn,
    ),
    parentTitles,
    settings:
      walk.version === '1.2'
        ? readSco12Settings(item, id, walk.warn)
        : readSco2004Settings(item, id, walk.collection, walk.warn),
  };
  walk.scos.push(sco);
}

/** adlcp:scormType; some exporters drop the prefix, which is read with a warning. */
function readScormType(resource: XmlElement, ref: string, warn: Warn): string | undefined {
  const typed = attribute(resource, ADLCP, 'scormType');
  const bare = typed === undefined ? attribute(resource, NO_NAMESPACE, 'scormType') : undefined;
  if (bare !== undefined) warn(`resource "${ref}" has scormType without the adlcp: prefix`);
  return (typed ?? bare)?.trim().toLowerCase();
}

function invalid(file: string, at: XmlElement, message: string, hint: string): HarnessError {
  return new HarnessError({ code: 'MANIFEST_INVALID', file, line: at.line, message, hint });
}

function noSco(
  file: string,
  at: XmlElement,
  organization: string,
  untyped: ReadonlySet<string>,
): HarnessError {
  const missingType = [...untyped].map((id) => `"${id}"`).join(', ');
  return new HarnessError({
    code: 'MANIFEST_NO_SCO',
    file,
    line: at.line,
    message: `organization "${organization}" has no item that launches a SCO`,
    hint: untyped.size
      ? `Resources ${missingType} have no adlcp:scormType (adlcp:scormtype in 1.2); set it to "sco" on the resources that talk to the LMS.`
      : 'Every item launches an asset (or nothing). Mark the resource that calls the SCORM API with adlcp:scormType="sco".',
  });
}
