import { HarnessError } from '../errors.ts';
import { NS } from './namespaces.ts';
import type { Scorm2004Edition, ScormVersion, VersionEvidence } from './types.ts';
import type { XmlElement } from './xml-tree.ts';

export interface DetectedVersion {
  version: ScormVersion;
  edition?: Scorm2004Edition;
  evidence: VersionEvidence;
}

interface Claim {
  version: ScormVersion;
  edition?: Scorm2004Edition;
}

/** Reads a `<schemaversion>` value (scorm-runtime.md#manifest-version); 2nd Edition is "CAM 1.3". */
export function parseSchemaversion(text: string): Claim | undefined {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '1.2') return { version: '1.2' };
  if (/^(cam ?)?1\.3$/.test(value)) return { version: '2004', edition: '2nd' };
  if (!value.includes('2004')) return undefined;
  for (const edition of ['2nd', '3rd', '4th'] as const) {
    if (value.includes(edition)) return { version: '2004', edition };
  }
  return { version: '2004' };
}

// In priority order: the adlcp namespace is the most specific, imscp next, sequencing last.
const NAMESPACE_VERSIONS: ReadonlyArray<[string, ScormVersion]> = [
  [NS.adlcp12, '1.2'],
  [NS.adlcp2004, '2004'],
  [NS.imscp12, '1.2'],
  [NS.imscp2004, '2004'],
  [NS.imsss, '2004'],
  [NS.adlseq, '2004'],
  [NS.adlnav, '2004'],
];

function namespaceClaim(
  declared: ReadonlySet<string>,
): { version: ScormVersion; uri: string } | undefined {
  const normalized = new Set(
    [...declared].map((uri) => uri.trim().replace(/\/$/, '').toLowerCase()),
  );
  const hit = NAMESPACE_VERSIONS.find(([uri]) => normalized.has(uri.toLowerCase()));
  return hit ? { uri: hit[0], version: hit[1] } : undefined;
}

function byLocalName(parent: XmlElement | undefined, local: string): XmlElement | undefined {
  return parent?.children.find((child) => child.local.toLowerCase() === local);
}

/** The first `<schemaversion>` anywhere, with the element path that leads to it. */
function findAnywhere(
  element: XmlElement,
  path: string[] = [],
): { text: string; path: string } | undefined {
  for (const child of element.children) {
    const here = [...path, child.local];
    if (child.local.toLowerCase() === 'schemaversion')
      return { text: child.text.trim(), path: here.join('/') };
    const found = findAnywhere(child, here);
    if (found) return found;
  }
  return undefined;
}

/**
 * Decides the SCORM version: `<manifest><metadata><schemaversion>` when it is recognised, else the
 * declared namespaces (real exports misplace or omit the metadata); a misplaced schemaversion may
 * still tell the 2004 edition when it agrees with the namespaces.
 */
export function detectVersion(
  manifest: XmlElement,
  declared: ReadonlySet<string>,
  file: string,
): DetectedVersion {
  const proper = byLocalName(byLocalName(manifest, 'metadata'), 'schemaversion');
  const found = proper
    ? { text: proper.text.trim(), path: 'metadata/schemaversion' }
    : findAnywhere(manifest);
  const stated = found ? parseSchemaversion(found.text) : undefined;
  const byNamespace = namespaceClaim(declared);
  const conflicts: string[] = [];
  if (stated && byNamespace && stated.version !== byNamespace.version) {
    conflicts.push(
      `<schemaversion> "${found?.text}" says SCORM ${stated.version} but namespace ${byNamespace.uri} says SCORM ${byNamespace.version}`,
    );
  }
  if (found && !stated) conflicts.push(`<schemaversion> "${found.text}" is not a SCORM version`);
  const schemaversion = found ? { schemaversion: found.text } : {};

  if (proper && stated) {
    return {
      ...stated,
      evidence: {
        source: 'schemaversion',
        detail: `<manifest>/${found?.path}`,
        ...schemaversion,
        conflicts,
      },
    };
  }
  if (byNamespace) {
    const misplaced = found && stated?.version === byNamespace.version ? stated : undefined;
    const editionNote = misplaced?.edition ? `; edition from misplaced <${found?.path}>` : '';
    return {
      version: byNamespace.version,
      ...(misplaced?.edition ? { edition: misplaced.edition } : {}),
      evidence: {
        source: 'namespace',
        detail: `namespace ${byNamespace.uri}${editionNote}`,
        ...schemaversion,
        conflicts,
      },
    };
  }
  if (stated && found) {
    return {
      ...stated,
      evidence: {
        source: 'schemaversion',
        detail: `<manifest>/${found.path} (misplaced)`,
        ...schemaversion,
        conflicts,
      },
    };
  }
  throw new HarnessError({
    code: 'MANIFEST_INVALID',
    file,
    message:
      'does not say which SCORM version it is: no recognised <schemaversion> and no SCORM namespace',
    hint: 'Add <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata> (or "2004 4th Edition") and the adlcp namespace declaration to <manifest>.',
  });
}
