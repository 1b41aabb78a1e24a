import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HarnessError } from '../errors.ts';

/**
 * A namespace-resolved XML element. Manifests spell the same namespace with different prefixes
 * (adlcp:, cp:, ns1:, …), so every lookup goes by namespace URI + local name, never by prefix.
 */
export interface XmlElement {
  ns: string;
  local: string;
  /** 1-based line of the start tag, for error messages. */
  line: number;
  /** Attributes keyed by `{ns}local`, or plain `local` when the attribute has no prefix. */
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** Character data directly inside this element (entity references decoded, CDATA kept as is). */
  text: string;
}

export interface ParsedXml {
  root: XmlElement;
  /** Every namespace URI declared anywhere in the document. */
  declaredNamespaces: ReadonlySet<string>;
  /** Prefixes used without an xmlns declaration, resolved through `fallbackPrefixes`. */
  undeclaredPrefixes: ReadonlySet<string>;
}

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

export function attributeKey(ns: string, local: string): string {
  return ns ? `{${ns}}${local}` : local;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

// processEntities is off so that nothing from a DTD is ever expanded; only the five predefined
// entities and character references are decoded, which needs no DTD.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  captureMetaData: true,
});
const METADATA = XMLParser.getMetaDataSymbol() as unknown as symbol;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10), whole);
    return PREDEFINED[ref] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/**
 * The first external entity declared after a DOCTYPE, with its offset. The whole rest of the text
 * is searched, not just a parsed internal subset, so quoting tricks cannot hide a declaration.
 */
function externalEntity(xml: string): { name: string; offset: number } | undefined {
  const doctype = xml.search(/<!DOCTYPE/i);
  if (doctype < 0) return undefined;
  const pattern = /<!ENTITY\s+(?:%\s*)?(\S+)\s+(?:SYSTEM|PUBLIC)\b/gi;
  pattern.lastIndex = doctype;
  const match = pattern.exec(xml);
  return match?.[1] ? { name: match[1], offset: match.index } : undefined;
}

/** Line lookup by binary search over newline offsets: manifests can be megabytes long. */
function lineIndex(xml: string): (offset: number) => number {
  const starts = [0];
  for (let at = xml.indexOf('\n'); at >= 0; at = xml.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * Parse XML text into a namespace-resolved tree. `fallbackPrefixes` resolves prefixes that the
 * document uses without declaring them (sloppy hand-written manifests); it is consulted only then.
 */
export function parseXml(
  xml: string,
  file: string,
  fallbackPrefixes: Readonly<Record<string, string>> = {},
): ParsedXml {
  const entity = externalEntity(xml);
  if (entity !== undefined) {
    throw new HarnessError({
      code: 'MANIFEST_INVALID',
      file,
      line: lineIndex(xml)(entity.offset),
      message: `declares the external entity "${entity.name}"; the harness never resolves external entities`,
      hint: 'Remove the <!DOCTYPE …> block: SCORM manifests need no DTD and no entities.',
    });
  }
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    throw new HarnessError({
      code: 'MANIFEST_INVALID',
      file,
      line: validation.err.line,
      message: `is not well-formed XML: ${validation.err.msg}`,
      hint: 'Fix the XML at that line (an unclosed tag or an unescaped "&" or "<" is the usual cause), then reload.',
    });
  }
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(xml) as OrderedNode[];
  } catch (cause) {
    throw new HarnessError(
      {
        code: 'MANIFEST_INVALID',
        file,
        message: `could not be parsed: ${(cause as Error).message}`,
        hint: 'Check the XML with an XML validator; the harness accepts plain well-formed XML without entities.',
      },
      { cause },
    );
  }
  const declared = new Set<string>();
  const undeclared = new Set<string>();
  // The validator has already required a start tag, so a root element exists.
  const rootNode = nodes.find((node) => elementName(node) !== undefined) as OrderedNode;
  const scope = new Map<string, string>([['xml', XML_NAMESPACE]]);
  const root = convert(rootNode, scope, {
    declared,
    undeclared,
    fallbackPrefixes,
    lineAt: lineIndex(xml),
  });
  return { root, declaredNamespaces: declared, undeclaredPrefixes: undeclared };
}

interface ConvertContext {
  declared: Set<string>;
  undeclared: Set<string>;
  fallbackPrefixes: Readonly<Record<string, string>>;
  lineAt: (offset: number) => number;
}

function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#'));
}

function convert(
  node: OrderedNode,
  parentScope: ReadonlyMap<string, string>,
  context: ConvertContext,
): XmlElement {
  const qname = elementName(node) as string;
  const rawAttributes = node[':@'] ?? {};
  const scope = new Map(parentScope);
  for (const [name, value] of Object.entries(rawAttributes)) {
    const uri = decodeEntities(value);
    if (name === 'xmlns') scope.set('', uri);
    else if (name.startsWith('xmlns:')) scope.set(name.slice(6), uri);
    else continue;
    if (uri) context.declared.add(uri);
  }
  const resolve = (prefix: string): string => {
    const uri = scope.get(prefix);
    if (uri !== undefined) return uri;
    context.undeclared.add(prefix);
    return context.fallbackPrefixes[prefix] ?? `urn:undeclared-prefix:${prefix}`;
  };
  const [prefix, local] = splitName(qname);
  const attributes = new Map<string, string>();
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const [attrPrefix, attrLocal] = splitName(name);
    // Unprefixed attributes are in no namespace (Namespaces in XML §6.2), not the default one.
    attributes.set(
      attrPrefix ? attributeKey(resolve(attrPrefix), attrLocal) : attrLocal,
      decodeEntities(value),
    );
  }
  const children: XmlElement[] = [];
  let text = '';
  for (const child of (node[qname] as OrderedNode[] | undefined) ?? []) {
    if (typeof child['#text'] === 'string') text += decodeEntities(child['#text']);
    else if (Array.isArray(child['#cdata'])) text += cdataText(child['#cdata'] as OrderedNode[]);
    else if (elementName(child) !== undefined) children.push(convert(child, scope, context));
  }
  const offset = (node as { [METADATA]?: { startIndex: number } })[METADATA]?.startIndex ?? 0;
  return {
    ns: prefix ? resolve(prefix) : (scope.get('') ?? ''),
    local,
    line: context.lineAt(offset),
    attributes,
    children,
    text,
  };
}

function cdataText(nodes: OrderedNode[]): string {
  return nodes.map((node) => (typeof node['#text'] === 'string' ? node['#text'] : '')).join('');
}

function splitName(qname: string): [string, string] {
  const colon = qname.indexOf(':');
  return colon < 0 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}
