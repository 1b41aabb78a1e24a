import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import {
  buildBridge,
  BRIDGE_ROOT,
  type BridgeVariant,
} from '../../../examples/sch-bridge/build.ts';
import { loadPackage } from '../../../harness/package/index.ts';
import { HarnessError } from '../../../harness/errors.ts';
import { scratch } from '../../harness/package/fixtures.ts';

describe('sch-bridge build', function () {
  this.timeout(30_000);
  /** The private builds' folder; removed after the tests. */
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await scratch()));
  after(() => cleanup());

  const expected: Array<[BridgeVariant, '1.2' | '2004', string]> = [
    ['1.2', '1.2', '"1.2"'],
    ['2004', '2004', '"2004"'],
    ['auto', '2004', '"auto"'],
    ['auto-1.2', '1.2', '"auto"'],
  ];
  for (const [variant, version, apiLiteral] of expected) {
    it(`builds the ${variant} variant into a SCORM ${version} package the loader accepts`, async () => {
      const built = await buildBridge({ variant });
      const pkg = await loadPackage(built.packageDir);
      try {
        expect(pkg.version).to.equal(version);
        expect(pkg.versionEvidence.conflicts).to.deep.equal([]);
        expect(pkg.warnings).to.deep.equal([]);
        expect(pkg.scos).to.have.length(1);
        expect(pkg.scos[0]?.launchFile).to.equal('index.html');
        const settings = pkg.scos[0]?.settings;
        if (settings?.version === '2004') {
          expect(pkg.edition).to.equal('4th');
          expect(settings.deliveryControls).to.deep.equal({
            tracked: true,
            completionSetByContent: true,
            objectiveSetByContent: true,
          });
          expect(settings.scaledPassingScore).to.equal(undefined);
        } else {
          expect(settings?.masteryScore).to.equal(undefined);
        }
      } finally {
        await pkg.dispose();
      }
      const bundle = readFileSync(join(built.packageDir, 'bridge.js'), 'utf8');
      expect(bundle).to.include(apiLiteral).and.not.include('__SCH_API_VARIANT__');
      expect(readFileSync(join(built.packageDir, 'index.html'), 'utf8')).to.include(
        '<script src="bridge.js"></script>',
      );
    });
  }

  it('builds into dist/<variant> by default, reuses an unchanged build, rebuilds on force', async () => {
    expect((await buildBridge({ variant: '1.2' })).packageDir).to.equal(
      join(BRIDGE_ROOT, 'dist', '1.2'),
    );
    // A private folder, so forcing a rebuild never disturbs anyone using dist/.
    const outDir = join(dir, '1.2');
    const first = await buildBridge({ variant: '1.2', outDir });
    const again = await buildBridge({ variant: '1.2', outDir });
    expect(again).to.include({ cached: true, hash: first.hash, coreModule: `${outDir}.core.mjs` });
    const forced = await buildBridge({ variant: '1.2', outDir, force: true });
    expect(forced).to.include({ cached: false, hash: first.hash });
  });

  it('bakes launch parameters into the manifest item, in their own output folder', async () => {
    const built = await buildBridge({ variant: '2004', parameters: '?schBackend=/sch&sid=a"b' });
    expect(built.packageDir).to.match(/[/\\]dist[/\\]2004-p[0-9a-f]{8}$/);
    const pkg = await loadPackage(built.packageDir);
    try {
      expect(pkg.scos[0]?.launchUrl).to.equal('index.html?schBackend=/sch&sid=a"b');
    } finally {
      await pkg.dispose();
    }
    const plain = await buildBridge({ variant: '2004' });
    expect(plain.hash).to.not.equal(built.hash);
  });

  it('swaps one source module for a mutant and hashes the swap', async () => {
    const replacement = join(dir, 'score.ts');
    const original = join(BRIDGE_ROOT, 'src', 'core', 'score.ts');
    writeFileSync(
      replacement,
      `export * from ${JSON.stringify(original)};\n` +
        `export function rawScore(): number { return 4242; }\n`,
    );
    const built = await buildBridge({
      variant: '2004',
      outDir: join(dir, 'pkg'),
      swaps: { 'core/score.ts': replacement },
    });
    const reference = await buildBridge({ variant: '2004' });
    expect(built.hash).to.not.equal(reference.hash);
    expect(readFileSync(built.coreModule, 'utf8')).to.include('4242');
    expect(readFileSync(join(built.packageDir, 'bridge.js'), 'utf8')).to.include('4242');
    expect(readFileSync(reference.coreModule, 'utf8')).to.not.include('4242');
  });

  for (const [entry, output] of [
    ['main.ts', 'bridge.js'],
    ['core-entry.ts', 'core.mjs'],
  ] as const) {
    it(`swaps the entry point ${entry} too`, async () => {
      const replacement = join(dir, entry);
      writeFileSync(replacement, `console.log('swapped entry 4343');\n`);
      const built = await buildBridge({
        variant: '1.2',
        outDir: join(dir, `entry-${entry}`),
        swaps: { [entry]: replacement },
      });
      const file = output === 'bridge.js' ? join(built.packageDir, output) : built.coreModule;
      expect(readFileSync(file, 'utf8')).to.include('4343');
    });
  }

  it('swaps the manifest, hashing the replacement by content', async () => {
    const replacement = join(dir, 'imsmanifest-1.2.xml');
    const reference = readFileSync(join(BRIDGE_ROOT, 'manifests', 'imsmanifest-1.2.xml'), 'utf8');
    const withMastery = (score: number) =>
      reference.replace(
        '</title>\n      </item>',
        `</title>\n        <adlcp:masteryscore>${score}</adlcp:masteryscore>\n      </item>`,
      );
    writeFileSync(replacement, withMastery(80));
    const options = {
      variant: '1.2',
      outDir: join(dir, 'manifest'),
      swaps: { 'manifests/imsmanifest-1.2.xml': replacement },
    } as const;
    const built = await buildBridge(options);
    const plain = await buildBridge({ variant: '1.2' });
    expect(built.hash).to.not.equal(plain.hash);
    const pkg = await loadPackage(built.packageDir);
    try {
      const settings = pkg.scos[0]?.settings;
      expect(settings?.version === '1.2' && settings.masteryScore).to.equal(80);
    } finally {
      await pkg.dispose();
    }
    expect(readFileSync(join(built.packageDir, 'bridge.js'), 'utf8')).to.equal(
      readFileSync(join(plain.packageDir, 'bridge.js'), 'utf8'),
    );
    // Same swap path, new content: a new build.
    writeFileSync(replacement, withMastery(90));
    const edited = await buildBridge(options);
    expect(edited).to.include({ cached: false });
    expect(edited.hash).to.not.equal(built.hash);
    expect(readFileSync(join(edited.packageDir, 'imsmanifest.xml'), 'utf8')).to.include(
      '<adlcp:masteryscore>90</adlcp:masteryscore>',
    );
  });

  for (const target of ['core/nope.ts', 'manifests/imsmanifest.xml', 'imsmanifest-1.2.xml']) {
    it(`refuses a swap of ${target}, which is not a bridge source or manifest`, async () => {
      try {
        await buildBridge({ variant: '2004', swaps: { [target]: '/tmp/x.ts' } });
        expect.fail('no error');
      } catch (error) {
        expect(error).to.be.instanceOf(HarnessError);
        expect((error as HarnessError).code).to.equal('CONFIG_INVALID');
      }
    });
  }
});
