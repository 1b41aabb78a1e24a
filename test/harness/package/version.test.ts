import { expect } from 'chai';
import { HarnessError } from '../../../harness/errors.ts';
import { detectVersion, parseSchemaversion } from '../../../harness/package/version.ts';
import { parseXml } from '../../../harness/package/xml-tree.ts';

const CP12 = 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"';
const ADLCP12 = 'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"';
const CP2004 = 'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"';
const ADLCP2004 = 'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"';
const IMSSS = 'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"';

function detect(xml: string): ReturnType<typeof detectVersion> {
  const parsed = parseXml(xml, 'imsmanifest.xml');
  return detectVersion(parsed.root, parsed.declaredNamespaces, 'imsmanifest.xml');
}

function metadata(schemaversion: string): string {
  return `<metadata><schema>ADL SCORM</schema><schemaversion>${schemaversion}</schemaversion></metadata>`;
}

describe('package/version (scorm-runtime.md#manifest-version)', () => {
  describe('parseSchemaversion', () => {
    const cases: Array<[string, ReturnType<typeof parseSchemaversion>]> = [
      ['1.2', { version: '1.2' }],
      [' 1.2 ', { version: '1.2' }],
      ['CAM 1.3', { version: '2004', edition: '2nd' }],
      ['cam1.3', { version: '2004', edition: '2nd' }],
      ['1.3', { version: '2004', edition: '2nd' }],
      ['2004 2nd Edition', { version: '2004', edition: '2nd' }],
      ['2004 3rd Edition', { version: '2004', edition: '3rd' }],
      ['2004  4th   edition', { version: '2004', edition: '4th' }],
      ['2004', { version: '2004' }],
      ['1.1', undefined],
      ['ADL SCORM', undefined],
      ['', undefined],
    ];
    for (const [text, expected] of cases) {
      it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
        expect(parseSchemaversion(text)).to.deep.equal(expected);
      });
    }
  });

  describe('detectVersion', () => {
    it('takes <manifest><metadata><schemaversion> first and records no conflict when namespaces agree', () => {
      const detected = detect(
        `<manifest ${CP2004} ${ADLCP2004}>${metadata('2004 4th Edition')}</manifest>`,
      );
      expect(detected).to.deep.equal({
        version: '2004',
        edition: '4th',
        evidence: {
          source: 'schemaversion',
          detail: '<manifest>/metadata/schemaversion',
          schemaversion: '2004 4th Edition',
          conflicts: [],
        },
      });
    });

    it('reports a conflict when schemaversion and namespaces disagree, and trusts schemaversion', () => {
      const detected = detect(
        `<manifest ${CP12} ${ADLCP12}>${metadata('2004 3rd Edition')}</manifest>`,
      );
      expect(detected.version).to.equal('2004');
      expect(detected.evidence.conflicts).to.have.length(1);
      expect(detected.evidence.conflicts[0]).to.match(
        /says SCORM 2004 but namespace .*adlcp_rootv1p2 says SCORM 1\.2/,
      );
    });

    it('falls back to the adlcp namespace when metadata is missing', () => {
      expect(detect(`<manifest ${CP12} ${ADLCP12}/>`)).to.deep.equal({
        version: '1.2',
        evidence: {
          source: 'namespace',
          detail: 'namespace http://www.adlnet.org/xsd/adlcp_rootv1p2',
          conflicts: [],
        },
      });
    });

    it('prefers the adlcp namespace over the content-packaging one', () => {
      const detected = detect(`<manifest ${CP12} ${ADLCP2004}/>`);
      expect(detected.version).to.equal('2004');
      expect(detected.evidence.detail).to.include('adlcp_v1p3');
    });

    it('recognises 2004 from the sequencing namespace alone (no edition)', () => {
      const detected = detect(`<manifest ${IMSSS}/>`);
      expect(detected).to.deep.include({ version: '2004' });
      expect(detected.edition).to.equal(undefined);
    });

    it('uses a misplaced schemaversion for the edition when it agrees with the namespaces', () => {
      const detected = detect(
        `<manifest ${CP2004} ${ADLCP2004}><organizations><organization>${metadata('CAM 1.3')}</organization></organizations></manifest>`,
      );
      expect(detected.version).to.equal('2004');
      expect(detected.edition).to.equal('2nd');
      expect(detected.evidence.source).to.equal('namespace');
      expect(detected.evidence.detail).to.match(
        /edition from misplaced <organizations\/organization\/metadata\/schemaversion>/,
      );
    });

    it('ignores a misplaced schemaversion that contradicts the namespaces, reporting it', () => {
      const detected = detect(
        `<manifest ${CP12} ${ADLCP12}><organizations><organization>${metadata('2004 4th Edition')}</organization></organizations></manifest>`,
      );
      expect(detected).to.deep.include({ version: '1.2' });
      expect(detected.edition).to.equal(undefined);
      expect(detected.evidence.conflicts[0]).to.match(/says SCORM 2004/);
    });

    it('falls back to namespaces when schemaversion is not a SCORM version', () => {
      const detected = detect(`<manifest ${CP2004} ${ADLCP2004}>${metadata('1.1')}</manifest>`);
      expect(detected.version).to.equal('2004');
      expect(detected.evidence.conflicts).to.deep.equal([
        '<schemaversion> "1.1" is not a SCORM version',
      ]);
    });

    it('accepts a misplaced schemaversion when no SCORM namespace is declared', () => {
      const detected = detect(
        `<manifest><organizations>${metadata('1.2')}</organizations></manifest>`,
      );
      expect(detected.version).to.equal('1.2');
      expect(detected.evidence.detail).to.match(/misplaced/);
    });

    it('throws a HarnessError when nothing tells the version', () => {
      expect(() => detect('<manifest xmlns="urn:something-else"/>'))
        .to.throw(HarnessError, /does not say which SCORM version/)
        .with.property('code', 'MANIFEST_INVALID');
    });
  });
});
