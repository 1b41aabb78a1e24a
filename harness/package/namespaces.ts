import { attributeKey, type XmlElement } from './xml-tree.ts';

/** Namespace URIs of SCORM manifests (scorm-runtime.md#manifest-version). */
export const NS = {
  imscp12: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  imscp2004: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp12: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  adlcp2004: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
} as const;

/** Both adlcp namespaces: a 1.2 element name in a 2004 manifest (or the reverse) is still read. */
export const ADLCP: ReadonlySet<string> = new Set([NS.adlcp12, NS.adlcp2004]);
export const IMSSS: ReadonlySet<string> = new Set([NS.imsss]);
export const ADLNAV: ReadonlySet<string> = new Set([NS.adlnav]);

/** Used only for prefixes a manifest forgot to declare; declared prefixes always win. */
export const CONVENTIONAL_PREFIXES: Readonly<Record<string, string>> = {
  adlcp: NS.adlcp2004,
  imsss: NS.imsss,
  adlseq: NS.adlseq,
  adlnav: NS.adlnav,
};

/** Exporters disagree on case (scormtype vs scormType), so names compare case-insensitively. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function childElements(
  parent: XmlElement | undefined,
  namespaces: ReadonlySet<string>,
  local: string,
): XmlElement[] {
  if (!parent) return [];
  return parent.children.filter(
    (child) => namespaces.has(child.ns) && sameName(child.local, local),
  );
}

export function childElement(
  parent: XmlElement | undefined,
  namespaces: ReadonlySet<string>,
  local: string,
): XmlElement | undefined {
  return childElements(parent, namespaces, local)[0];
}

/** An attribute in one of `namespaces`, or an unprefixed one when `namespaces` is empty. */
export function attribute(
  element: XmlElement | undefined,
  namespaces: ReadonlySet<string>,
  local: string,
): string | undefined {
  if (!element) return undefined;
  const keys = namespaces.size ? [...namespaces].map((ns) => attributeKey(ns, local)) : [local];
  for (const [key, value] of element.attributes) {
    if (keys.some((wanted) => sameName(wanted, key))) return value;
  }
  return undefined;
}

export const NO_NAMESPACE: ReadonlySet<string> = new Set();

export function trimmedText(element: XmlElement | undefined): string | undefined {
  const text = element?.text.trim();
  return text ? text : undefined;
}
