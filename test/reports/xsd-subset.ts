/**
 * Checks an XML document against an XSD that uses only what the JUnit schema uses: global elements
 * referenced by name, sequence/choice with occurrence bounds, attributes (required, or typed by a
 * pattern restriction), mixed content and xs:string elements. Anything else in the XSD is refused,
 * so the check can never quietly pass over a construct it does not understand.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

interface AttributeRule {
  required: boolean;
  pattern?: RegExp;
}

interface ElementRule {
  attributes: Map<string, AttributeRule>;
  /** Text allowed (mixed content or xs:string). */
  text: boolean;
  /** Children as a regex over "name name " strings; undefined means no child elements. */
  children?: RegExp;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

function tagOf(node: Node): string {
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (tag === undefined) throw new Error('node without a tag');
  return tag;
}

function kids(node: Node): Node[] {
  return (node[tagOf(node)] as Node[]).filter((n) => !('#text' in n));
}

function attrs(node: Node): Record<string, string> {
  return node[':@'] ?? {};
}

function occurs(node: Node): string {
  const a = attrs(node);
  const min = a.minOccurs ?? '1';
  const max = a.maxOccurs === 'unbounded' ? '' : (a.maxOccurs ?? '1');
  return `{${min},${max}}`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

function particle(node: Node): string {
  const tag = tagOf(node);
  if (tag === 'xs:element') {
    const ref = attrs(node).ref;
    if (!ref) throw new Error('only element refs are supported inside particles');
    return `(?:${escapeRe(ref)} )${occurs(node)}`;
  }
  if (tag === 'xs:sequence' || tag === 'xs:choice') {
    const join = tag === 'xs:sequence' ? '' : '|';
    return `(?:${kids(node).map(particle).join(join)})${occurs(node)}`;
  }
  throw new Error(`unsupported XSD construct ${tag}`);
}

export class XsdSubset {
  private readonly elements = new Map<string, ElementRule>();
  private readonly patterns = new Map<string, RegExp>();

  constructor(xsd: string) {
    const schema = (parser.parse(xsd) as Node[]).find((n) => tagOf(n) === 'xs:schema');
    if (!schema) throw new Error('no xs:schema');
    const top = kids(schema);
    for (const node of top.filter((n) => tagOf(n) === 'xs:simpleType')) this.simpleType(node);
    for (const node of top) {
      const tag = tagOf(node);
      if (tag === 'xs:element') this.element(node);
      else if (tag !== 'xs:simpleType') throw new Error(`unsupported XSD construct ${tag}`);
    }
  }

  private simpleType(node: Node): void {
    const restriction = kids(node)[0];
    const pattern = restriction && kids(restriction).find((n) => tagOf(n) === 'xs:pattern');
    if (!restriction || attrs(restriction).base !== 'xs:string' || !pattern) {
      throw new Error(`unsupported simple type ${attrs(node).name}`);
    }
    // XSD patterns match the whole value.
    this.patterns.set(attrs(node).name!, new RegExp(`^(?:${attrs(pattern).value})$`, 'u'));
  }

  private element(node: Node): void {
    const name = attrs(node).name!;
    if (attrs(node).type === 'xs:string') {
      this.elements.set(name, { attributes: new Map(), text: true });
      return;
    }
    const type = kids(node)[0];
    if (!type || tagOf(type) !== 'xs:complexType') throw new Error(`unsupported element ${name}`);
    const rule: ElementRule = { attributes: new Map(), text: attrs(type).mixed === 'true' };
    for (const part of kids(type)) {
      const tag = tagOf(part);
      if (tag === 'xs:attribute') {
        const a = attrs(part);
        const pattern = a.type === 'xs:string' ? undefined : this.patterns.get(a.type ?? '');
        if (a.type !== 'xs:string' && !pattern) throw new Error(`unknown type ${a.type}`);
        rule.attributes.set(a.name!, { required: a.use === 'required', pattern });
      } else {
        rule.children = new RegExp(`^${particle(part)}$`);
      }
    }
    this.elements.set(name, rule);
  }

  /** Every violation found, as "path: problem"; empty when the document conforms. */
  check(xml: string): string[] {
    const wellFormed = XMLValidator.validate(xml);
    if (wellFormed !== true) return [`not well-formed: ${wellFormed.err.msg}`];
    const problems: string[] = [];
    const roots = (parser.parse(xml) as Node[]).filter((n) => !tagOf(n).startsWith('?'));
    if (roots.length !== 1) problems.push(`/: ${roots.length} root elements`);
    for (const root of roots) this.checkNode(root, '', problems);
    return problems;
  }

  private checkNode(node: Node, parent: string, problems: string[]): void {
    const name = tagOf(node);
    const path = `${parent}/${name}`;
    const rule = this.elements.get(name);
    if (!rule) {
      problems.push(`${path}: element not declared`);
      return;
    }
    const given = attrs(node);
    for (const [attr, value] of Object.entries(given)) {
      const a = rule.attributes.get(attr);
      if (!a) problems.push(`${path}: attribute ${attr} not declared`);
      else if (a.pattern && !a.pattern.test(value)) problems.push(`${path}/@${attr}: "${value}"`);
    }
    for (const [attr, a] of rule.attributes) {
      if (a.required && !(attr in given)) problems.push(`${path}: missing @${attr}`);
    }
    const all = node[name] as Node[];
    const hasText = all.some((n) => '#text' in n && String(n['#text']).trim() !== '');
    if (hasText && !rule.text) problems.push(`${path}: text not allowed`);
    const children = all.filter((n) => !('#text' in n));
    const sequence = children.map((n) => `${tagOf(n)} `).join('');
    if (rule.children ? !rule.children.test(sequence) : children.length > 0) {
      problems.push(`${path}: children "${sequence.trim()}" not allowed`);
    }
    for (const child of children) this.checkNode(child, path, problems);
  }
}
