import { expect } from 'chai';
import { HarnessError } from '../../../harness/errors.ts';
import { attributeKey, parseXml, XML_NAMESPACE } from '../../../harness/package/xml-tree.ts';

function parseError(xml: string): HarnessError {
  try {
    parseXml(xml, 'test.xml');
  } catch (error) {
    expect(error).to.be.instanceOf(HarnessError);
    return error as HarnessError;
  }
  throw new Error('expected a HarnessError');
}

describe('package/xml-tree', () => {
  it('resolves element and attribute prefixes through xmlns declarations, with scoping', () => {
    const { root, declaredNamespaces } = parseXml(
      `<m xmlns="urn:cp" xmlns:a="urn:one" a:x="1" y="2">
         <a:child/>
         <inner xmlns:a="urn:two"><a:child a:z="3"/></inner>
       </m>`,
      'test.xml',
    );
    expect(root).to.deep.include({ ns: 'urn:cp', local: 'm' });
    expect(root.attributes.get(attributeKey('urn:one', 'x'))).to.equal('1');
    // Unprefixed attributes are in no namespace, even under a default namespace.
    expect(root.attributes.get('y')).to.equal('2');
    expect(root.children.map((child) => [child.ns, child.local])).to.deep.equal([
      ['urn:one', 'child'],
      ['urn:cp', 'inner'],
    ]);
    const rebound = root.children[1]?.children[0];
    expect(rebound?.ns).to.equal('urn:two');
    expect(rebound?.attributes.get(attributeKey('urn:two', 'z'))).to.equal('3');
    expect([...declaredNamespaces].sort()).to.deep.equal(['urn:cp', 'urn:one', 'urn:two']);
  });

  it('binds xml: implicitly, so xml:base is found', () => {
    const { root } = parseXml('<m xml:base="content/"/>', 'test.xml');
    expect(root.attributes.get(attributeKey(XML_NAMESPACE, 'base'))).to.equal('content/');
  });

  it('resolves undeclared prefixes through the fallback and reports them', () => {
    const parsed = parseXml('<m><adlcp:x/><other:y/></m>', 'test.xml', { adlcp: 'urn:adlcp' });
    expect(parsed.root.children.map((child) => child.ns)).to.deep.equal([
      'urn:adlcp',
      'urn:undeclared-prefix:other',
    ]);
    expect([...parsed.undeclaredPrefixes].sort()).to.deep.equal(['adlcp', 'other']);
  });

  it('decodes predefined entities and character references, keeps CDATA and DTD entities literal', () => {
    const { root } = parseXml(
      `<!DOCTYPE m [ <!ENTITY inner "expanded"> ]>
       <m p="a=1&amp;b=2&#38;c=&#x33;">&lt;b&gt; &quot;&apos; &inner; <![CDATA[&amp;raw]]></m>`,
      'test.xml',
    );
    expect(root.attributes.get('p')).to.equal('a=1&b=2&c=3');
    expect(root.text.trim()).to.equal(`<b> "' &inner; &amp;raw`);
  });

  it('refuses a manifest declaring an external entity without reading the file it names', () => {
    const error = parseError(
      `<?xml version="1.0"?>
<!DOCTYPE m [
  <!ENTITY leak SYSTEM "file:///etc/hostname">
]>
<m>&leak;</m>`,
    );
    expect(error.code).to.equal('MANIFEST_INVALID');
    expect(error.line).to.equal(3);
    expect(error.message).to.match(/external entity "leak"/);
    expect(error.hint).to.match(/DOCTYPE/);
  });

  it('refuses external parameter entities too', () => {
    const error = parseError(
      '<!DOCTYPE m [ <!ENTITY % remote PUBLIC "x" "http://127.0.0.1/x.dtd"> ]><m/>',
    );
    expect(error.message).to.match(/external entity "remote"/);
  });

  it('finds an external entity hidden behind a "]>" inside an entity value', () => {
    const error = parseError(
      '<!DOCTYPE m [ <!ENTITY a "]>">\n<!ENTITY b SYSTEM "/etc/hostname"> ]><m/>',
    );
    expect(error.message).to.match(/external entity "b"/);
    expect(error.line).to.equal(2);
  });

  it('accepts a DOCTYPE that only names an external DTD, which is never fetched', () => {
    const { root } = parseXml(
      '<!DOCTYPE m SYSTEM "http://127.0.0.1:9/never.dtd"><m>ok</m>',
      'test.xml',
    );
    expect(root.text).to.equal('ok');
  });

  const malformed: Array<[string, string, number, RegExp]> = [
    ['an unclosed tag', '<m>\n  <a>\n</m>', 3, /Expected closing tag 'a'/],
    ['a repeated attribute', '<m>\n<a x="1" x="2"/></m>', 2, /repeated/],
    ['a mismatched closing tag', '<m>\n\n</n>', 3, /closing tag/],
    ['a comment and no element', '<?xml version="1.0"?><!-- nothing -->', 1, /Start tag expected/],
  ];
  for (const [what, xml, line, message] of malformed) {
    it(`reports ${what} with its line number`, () => {
      const error = parseError(xml);
      expect(error.code).to.equal('MANIFEST_INVALID');
      expect(error.file).to.equal('test.xml');
      expect(error.line).to.equal(line);
      expect(error.message)
        .to.match(/is not well-formed XML/)
        .and.match(message);
    });
  }
});
