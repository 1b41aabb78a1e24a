import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HarnessError } from '../../../harness/errors.ts';
import { loadPackage } from '../../../harness/package/index.ts';
import type { ScormPackage } from '../../../harness/package/index.ts';
import { scratch } from './fixtures.ts';

const NS12 =
  'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"';
const NS2004 =
  'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"';

function manifest(body: string, ns = NS12, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}
<manifest identifier="M" ${ns}>
${body}
  <resources>
    <resource identifier="RES" type="webcontent" adlcp:scormType="sco" href="index.html" />
  </resources>
</manifest>`;
}

function organization(items: string, attributes = 'default="ORG"'): string {
  return `<organizations ${attributes}><organization identifier="ORG"><title>T</title>${items}</organization></organizations>`;
}

const ITEM = '<item identifier="ITEM" identifierref="RES"><title>Lesson</title></item>';

describe('package/load: manifest oddities tolerated with warnings, links refused', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await scratch()));
  afterEach(() => cleanup());

  async function loadText(text: string | Buffer): Promise<ScormPackage> {
    await writeFile(join(dir, 'imsmanifest.xml'), text);
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Lesson</title>');
    return loadPackage(dir);
  }

  it('reads adlcp: used without an xmlns:adlcp declaration, and warns', async () => {
    const pkg = await loadText(
      manifest(organization(ITEM), 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"'),
    );
    expect(pkg.version).to.equal('1.2');
    expect(pkg.scos.map((sco) => sco.identifier)).to.deep.equal(['ITEM']);
    expect(pkg.warnings).to.deep.equal([
      'prefix "adlcp:" is used without an xmlns:adlcp declaration',
    ]);
  });

  it('reads a scormtype attribute that lost its adlcp: prefix, and warns', async () => {
    const pkg = await loadText(
      manifest(organization(ITEM)).replace('adlcp:scormType="sco"', 'scormtype="sco"'),
    );
    expect(pkg.scos.map((sco) => sco.identifier)).to.deep.equal(['ITEM']);
    expect(pkg.warnings).to.deep.equal(['resource "RES" has scormType without the adlcp: prefix']);
  });

  it('refuses a launch file that is a symbolic link out of a package folder', async () => {
    await mkdir(join(dir, 'pkg'));
    await writeFile(join(dir, 'outside.html'), 'not part of the package');
    await writeFile(join(dir, 'pkg', 'imsmanifest.xml'), manifest(organization(ITEM)));
    await symlink(join(dir, 'outside.html'), join(dir, 'pkg', 'index.html'));
    const error = await loadPackage(join(dir, 'pkg')).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(HarnessError);
    expect(error).to.deep.include({ code: 'PACKAGE_UNSAFE', file: join(dir, 'pkg', 'index.html') });
    expect((error as HarnessError).message).to.match(
      /is a link to ".*outside\.html", outside the package/,
    );
  });

  const organizations: Array<[string, string, string]> = [
    [
      'no default attribute, two organizations',
      `<organizations><organization identifier="A"><title>A</title>${ITEM}</organization><organization identifier="B"><title>B</title></organization></organizations>`,
      '<organizations> has no default attribute; the first organization is used',
    ],
    [
      'a default naming no organization',
      organization(ITEM, 'default="MISSING"'),
      '<organizations default="MISSING"> names no organization; the first is used',
    ],
  ];
  for (const [what, body, warning] of organizations) {
    it(`uses the first organization when there is ${what}`, async () => {
      const pkg = await loadText(manifest(body));
      expect(pkg.scos).to.have.length(1);
      expect(pkg.warnings).to.deep.equal([warning]);
    });
  }

  it('warns about a non-leaf item with identifierref and a leaf item without one', async () => {
    const pkg = await loadText(
      manifest(
        organization(
          `<item identifier="PARENT" identifierref="RES"><title>P</title>${ITEM}</item><item identifier="EMPTY"><title>E</title></item>`,
        ),
      ),
    );
    expect(pkg.scos.map((sco) => [sco.identifier, sco.parentTitles])).to.deep.equal([
      ['ITEM', ['P']],
    ]);
    expect(pkg.warnings).to.deep.equal([
      'item "PARENT" has child items and an identifierref; only leaf items launch',
      'leaf item "EMPTY" has no identifierref and launches nothing',
    ]);
  });

  it('warns about malformed values and keeps the defaults', async () => {
    const pkg = await loadText(
      manifest(
        organization(
          `<item identifier="ITEM" identifierref="RES" isvisible="yes"><title>L</title>
             <adlcp:masteryscore>eighty</adlcp:masteryscore></item>`,
        ),
      ),
    );
    expect(pkg.scos[0]?.isVisible).to.equal(true);
    expect(pkg.scos[0]?.settings).to.deep.equal({ version: '1.2' });
    expect(pkg.warnings).to.deep.equal([
      'item "ITEM" isvisible is "yes", not a boolean; the default true applies',
      'item "ITEM" adlcp:masteryscore is "eighty", not a decimal in [0, 100]; ignored',
    ]);
  });

  it('warns that adlcp:masteryscore means nothing in SCORM 2004', async () => {
    const pkg = await loadText(
      manifest(
        organization(
          '<item identifier="ITEM" identifierref="RES"><title>L</title><adlcp:masteryscore>80</adlcp:masteryscore></item>',
        ),
        NS2004,
      ),
    );
    expect(pkg.version).to.equal('2004');
    expect(pkg.warnings).to.deep.equal([
      'item "ITEM" has adlcp:masteryscore, which means nothing in SCORM 2004; ignored',
    ]);
  });

  it('reads manifests with a UTF-8 or UTF-16 byte order mark', async () => {
    const text = manifest(organization(ITEM.replace('Lesson', 'Leçon'))).replace('UTF-8', 'UTF-16');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await loadText(utf16)).scos[0]?.title).to.equal('Leçon');
    const bigEndian = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from(text, 'utf16le').swap16(),
    ]);
    expect((await loadText(bigEndian)).scos[0]?.title).to.equal('Leçon');
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect((await loadText(utf8)).scos[0]?.title).to.equal('Leçon');
  });

  describe('never fetches anything a DOCTYPE names', () => {
    let server: Server;
    let requests: string[];
    let origin: string;
    before(async () => {
      requests = [];
      server = createServer((request, response) => {
        requests.push(request.url ?? '');
        response.end('<!ENTITY leaked "LEAKED">');
      });
      await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((done) => server.close(() => done())));

    it('loads a manifest whose DOCTYPE names an external DTD without fetching it', async () => {
      const pkg = await loadText(
        manifest(organization(ITEM), NS12, `\n<!DOCTYPE manifest SYSTEM "${origin}/imscp.dtd">`),
      );
      expect(pkg.scos).to.have.length(1);
      expect(requests).to.deep.equal([]);
    });

    it('refuses an external entity without fetching it', async () => {
      const prolog = `\n<!DOCTYPE manifest [ <!ENTITY leak SYSTEM "${origin}/secret"> ]>`;
      const error = await loadText(
        manifest(organization(ITEM.replace('Lesson', '&leak;')), NS12, prolog),
      ).catch((caught: unknown) => caught);
      expect(error).to.deep.include({ code: 'MANIFEST_INVALID' });
      expect(requests).to.deep.equal([]);
    });
  });
});
