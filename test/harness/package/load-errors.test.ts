import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { HarnessError, type HarnessErrorCode } from '../../../harness/errors.ts';
import { loadPackage } from '../../../harness/package/index.ts';
import { fixture } from './fixtures.ts';

async function loadError(path: string): Promise<HarnessError> {
  const error = await loadPackage(path).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).to.be.instanceOf(HarnessError);
  return error as HarnessError;
}

interface BrokenCase {
  name: string;
  code: HarnessErrorCode;
  /** The file the error names, relative to the fixtures folder. */
  file: string;
  message: RegExp;
  hint: RegExp;
  line?: number;
}

const broken: BrokenCase[] = [
  {
    name: 'broken/does-not-exist',
    code: 'PACKAGE_NOT_FOUND',
    file: 'broken/does-not-exist',
    message: /does not exist/,
    hint: /Check the path/,
  },
  {
    name: 'broken/not-a-zip.zip',
    code: 'PACKAGE_NOT_FOUND',
    file: 'broken/not-a-zip.zip',
    message: /neither a folder nor a zip archive/,
    hint: /imsmanifest\.xml at its root/,
  },
  {
    name: 'broken/not-scorm',
    code: 'MANIFEST_MISSING',
    file: 'broken/not-scorm',
    message: /has no imsmanifest\.xml at its root$/,
    hint: /export the course as SCORM/,
  },
  {
    name: 'broken/zipped-parent',
    code: 'MANIFEST_MISSING',
    file: 'broken/zipped-parent',
    message: /but one at "course\/imsmanifest\.xml"/,
    hint: /zipped from its parent folder: zip the contents of "course\/"/,
  },
  {
    name: 'broken/bad-xml',
    code: 'MANIFEST_INVALID',
    file: 'broken/bad-xml/imsmanifest.xml',
    message: /not well-formed XML: Expected closing tag 'title' \(opened in line 9/,
    hint: /Fix the XML at that line/,
    line: 11,
  },
  {
    name: 'broken/not-a-manifest',
    code: 'MANIFEST_INVALID',
    file: 'broken/not-a-manifest/imsmanifest.xml',
    message: /has <html> as its root element/,
    hint: /root element is <manifest>/,
  },
  {
    name: 'broken/unknown-version',
    code: 'MANIFEST_INVALID',
    file: 'broken/unknown-version/imsmanifest.xml',
    message: /does not say which SCORM version/,
    hint: /schemaversion/,
  },
  {
    name: 'broken/no-organization',
    code: 'MANIFEST_NO_SCO',
    file: 'broken/no-organization/imsmanifest.xml',
    message: /has no <organization>/,
    hint: /<organizations default=/,
  },
  {
    name: 'broken/only-assets',
    code: 'MANIFEST_NO_SCO',
    file: 'broken/only-assets/imsmanifest.xml',
    message: /organization "ORG" has no item that launches a SCO/,
    hint: /Every item launches an asset/,
    line: 8,
  },
  {
    name: 'broken/untyped-resource',
    code: 'MANIFEST_NO_SCO',
    file: 'broken/untyped-resource/imsmanifest.xml',
    message: /has no item that launches a SCO/,
    hint: /Resources "RES" have no adlcp:scormType/,
    line: 8,
  },
  {
    name: 'broken/missing-resource',
    code: 'MANIFEST_INVALID',
    file: 'broken/missing-resource/imsmanifest.xml',
    message: /item "ITEM" refers to resource "RES", which <resources> does not define/,
    hint: /identifierref/,
    line: 10,
  },
  {
    name: 'broken/resource-no-href',
    code: 'MANIFEST_INVALID',
    file: 'broken/resource-no-href/imsmanifest.xml',
    message: /resource "RES" \(launched by item "ITEM"\) has no href/,
    hint: /Add href=/,
    line: 14,
  },
  {
    name: 'broken/escaping-href',
    code: 'MANIFEST_INVALID',
    file: 'broken/escaping-href/imsmanifest.xml',
    message: /launches "\.\.\/scorm12-single\/index\.html", which is not a file inside the package/,
    hint: /inside the package/,
    line: 14,
  },
  {
    name: 'broken/absolute-href',
    code: 'MANIFEST_INVALID',
    file: 'broken/absolute-href/imsmanifest.xml',
    message: /an absolute URL the mock LMS cannot serve/,
    hint: /relative path/,
    line: 14,
  },
  {
    name: 'broken/launch-missing',
    code: 'LAUNCH_FILE_MISSING',
    file: 'broken/launch-missing/imsmanifest.xml',
    message: /SCO "ITEM" launches "start\.html", which is not in the package/,
    hint: /fix the href of resource "RES"/,
  },
  {
    name: 'broken/launch-wrong-case',
    code: 'LAUNCH_FILE_MISSING',
    file: 'broken/launch-wrong-case/imsmanifest.xml',
    message: /launches "index\.html"/,
    hint: /The package has "Index\.html": names are case-sensitive/,
  },
];

describe('package/load: broken packages get a HarnessError naming the file and the fix', () => {
  for (const { name, code, file, message, hint, line } of broken) {
    it(`${name} → ${code}`, async () => {
      const error = await loadError(fixture(name));
      expect(error.code).to.equal(code);
      expect(error.file).to.equal(fixture(file));
      expect(error.message).to.match(message);
      expect(error.hint).to.match(hint);
      expect(error.line).to.equal(line);
      expect(error.describe()).to.include('fix: ');
    });
  }

  it('external-entity: refuses the manifest and never reads the file the entity names', async () => {
    const secret = (await readFile(fixture('external-entity/secret.txt'), 'utf8')).trim();
    const error = await loadError(fixture('external-entity'));
    expect(error.code).to.equal('MANIFEST_INVALID');
    expect(error.file).to.equal(fixture('external-entity/imsmanifest.xml'));
    expect(error.line).to.equal(3);
    expect(error.message).to.match(/external entity "secret"/);
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.to.include(
      secret,
    );
  });
});
