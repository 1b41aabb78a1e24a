import { expect } from 'chai';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { HarnessError } from '../../../harness/errors.ts';
import { loadPackage } from '../../../harness/package/index.ts';
import { fixture, fixtureEntries, scratch, writeZip } from './fixtures.ts';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('package/load: zip packages', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await scratch()));
  afterEach(() => cleanup());

  it('extracts into a temporary folder that dispose() removes', async () => {
    const zip = await writeZip(join(dir, 'course.zip'), await fixtureEntries('scorm2004-4th'));
    const pkg = await loadPackage(zip, { tempDir: dir });
    expect(pkg.source).to.equal(zip);
    expect(pkg.root.startsWith(join(dir, 'scorm-harness-package-'))).to.equal(true);
    expect(pkg.manifestPath).to.equal(join(pkg.root, 'imsmanifest.xml'));
    const fromFolder = await loadPackage(fixture('scorm2004-4th'));
    expect(pkg.scos).to.deep.equal(fromFolder.scos);
    expect(pkg.edition).to.equal('4th');
    for (const sco of pkg.scos) expect(await exists(join(pkg.root, sco.launchFile))).to.equal(true);

    await pkg.dispose();
    expect(await exists(pkg.root)).to.equal(false);
    await pkg.dispose();
    expect(await readdir(dir)).to.deep.equal(['course.zip']);
  });

  it('extracts nested folders and xml:base launch paths', async () => {
    const zip = await writeZip(join(dir, 'multi.zip'), await fixtureEntries('multi-sco'));
    const pkg = await loadPackage(zip, { tempDir: dir });
    try {
      expect(pkg.scos.map((sco) => sco.identifier)).to.deep.equal([
        'M1-L1',
        'M1-S-L1',
        'M2-L1',
        'FINAL',
      ]);
      expect(await exists(join(pkg.root, 'content/lessons/m1/section/page 1.html'))).to.equal(true);
    } finally {
      await pkg.dispose();
    }
  });

  it('names the nested manifest when the parent folder was zipped, and cleans up', async () => {
    const zip = await writeZip(
      join(dir, 'parent.zip'),
      await fixtureEntries('scorm12-single', 'My Course/'),
    );
    const error = await loadPackage(zip, { tempDir: dir }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(HarnessError);
    expect(error).to.deep.include({ code: 'MANIFEST_MISSING', file: zip });
    expect((error as HarnessError).message).to.match(/but one at "My Course\/imsmanifest\.xml"/);
    expect((error as HarnessError).hint).to.match(/zip the contents of "My Course\/"/);
    expect(await readdir(dir)).to.deep.equal(['parent.zip']);
  });

  it('refuses a zip-slip entry, writes nothing outside and removes the temporary folder', async () => {
    const entries = [
      ...(await fixtureEntries('scorm12-single')),
      { name: '../../escaped.html', data: 'x' },
    ];
    const zip = await writeZip(join(dir, 'slip.zip'), entries);
    const error = await loadPackage(zip, { tempDir: dir }).catch((caught: unknown) => caught);
    expect(error).to.deep.include({ code: 'PACKAGE_UNSAFE', file: zip });
    expect((error as HarnessError).message).to.include('"../../escaped.html"');
    expect(await readdir(dir)).to.deep.equal(['slip.zip']);
    expect(await exists(join(dir, '..', 'escaped.html'))).to.equal(false);
  });

  it('says when options.tempDir cannot hold the extraction', async () => {
    const zip = await writeZip(join(dir, 'course.zip'), await fixtureEntries('scorm12-single'));
    const missing = join(dir, 'no-such-folder');
    const error = await loadPackage(zip, { tempDir: missing }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(HarnessError);
    expect(error).to.deep.include({ code: 'CONFIG_INVALID', file: missing });
    expect((error as HarnessError).hint).to.include('options.tempDir');
  });

  it('passes options.limits to the extraction', async () => {
    const zip = await writeZip(join(dir, 'course.zip'), await fixtureEntries('scorm12-single'));
    const error = await loadPackage(zip, { tempDir: dir, limits: { maxEntries: 1 } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).to.deep.include({ code: 'PACKAGE_TOO_LARGE', file: zip });
    expect(await readdir(dir)).to.deep.equal(['course.zip']);
  });
});
