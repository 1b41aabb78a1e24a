import { expect } from 'chai';
import { loadPackage } from '../../../harness/package/index.ts';
import type {
  Sco,
  Sco12Settings,
  Sco2004Settings,
  ScormPackage,
} from '../../../harness/package/index.ts';
import { fixture } from './fixtures.ts';

async function load(name: string): Promise<ScormPackage> {
  return loadPackage(fixture(name));
}

function settings2004(sco: Sco | undefined): Sco2004Settings {
  if (sco?.settings.version !== '2004') throw new Error('expected a SCORM 2004 SCO');
  return sco.settings;
}

function settings12(sco: Sco | undefined): Sco12Settings {
  if (sco?.settings.version !== '1.2') throw new Error('expected a SCORM 1.2 SCO');
  return sco.settings;
}

describe('package/manifest: fixture packages', () => {
  describe('version and edition', () => {
    const cases: Array<[string, string, string | undefined, 'schemaversion' | 'namespace']> = [
      ['scorm12-single', '1.2', undefined, 'schemaversion'],
      ['scorm2004-2nd', '2004', '2nd', 'schemaversion'],
      ['scorm2004-3rd', '2004', '3rd', 'schemaversion'],
      ['scorm2004-4th', '2004', '4th', 'schemaversion'],
      ['custom-prefixes', '2004', '4th', 'schemaversion'],
      ['metadata-in-organization', '2004', '3rd', 'namespace'],
      ['metadata-missing', '1.2', undefined, 'namespace'],
    ];
    for (const [name, version, edition, source] of cases) {
      it(`${name}: SCORM ${version}${edition ? ` ${edition} Edition` : ''}, decided by ${source}`, async () => {
        const pkg = await load(name);
        expect(pkg.version).to.equal(version);
        expect(pkg.edition).to.equal(edition);
        expect(pkg.versionEvidence.source).to.equal(source);
        expect(pkg.versionEvidence.conflicts).to.deep.equal([]);
      });
    }
  });

  it('scorm12-single: every SCORM 1.2 item extension (scorm-runtime.md#manifest-12)', async () => {
    const pkg = await load('scorm12-single');
    expect(pkg.root).to.equal(fixture('scorm12-single'));
    expect(pkg.manifestPath).to.equal(fixture('scorm12-single/imsmanifest.xml'));
    expect(pkg.manifestIdentifier).to.equal('fixture.scorm12.single');
    expect(pkg.organization).to.deep.equal({
      identifier: 'ORG-1',
      title: 'Fixture course (SCORM 1.2)',
    });
    expect(pkg.warnings).to.deep.equal([]);
    expect(pkg.scos).to.have.length(1);
    expect(pkg.scos[0]).to.deep.include({
      identifier: 'ITEM-1',
      title: 'Lesson one',
      resourceIdentifier: 'RES-1',
      href: 'index.html',
      launchUrl: 'index.html',
      launchFile: 'index.html',
      isVisible: true,
      parentTitles: [],
    });
    expect(settings12(pkg.scos[0])).to.deep.equal({
      version: '1.2',
      masteryScore: 80,
      dataFromLms: 'mode=practice&lang=en',
      maxTimeAllowed: '00:30:00',
      timeLimitAction: 'exit,message',
      prerequisites: { type: 'aicc_script', expression: 'ITEM-0' },
    });
  });

  it('scorm2004-2nd: completionThreshold as element text', async () => {
    const threshold = settings2004((await load('scorm2004-2nd')).scos[0]).completionThreshold;
    expect(threshold).to.deep.equal({
      form: 'text',
      completedByMeasure: false,
      minProgressMeasure: 0.5,
      progressWeight: 1,
      runtimeValue: 0.5,
    });
  });

  it('scorm2004-3rd: item extensions, sequencing objectives and delivery controls', async () => {
    const sco = (await load('scorm2004-3rd')).scos[0];
    expect(settings2004(sco)).to.deep.equal({
      version: '2004',
      dataFromLms: 'quiz=final',
      timeLimitAction: 'continue,message',
      completionThreshold: {
        form: 'text',
        completedByMeasure: false,
        minProgressMeasure: 0.75,
        progressWeight: 1,
        runtimeValue: 0.75,
      },
      attemptAbsoluteDurationLimit: 'PT1H30M',
      primaryObjective: {
        objectiveId: 'obj-quiz',
        satisfiedByMeasure: true,
        minNormalizedMeasure: 0.6,
      },
      scaledPassingScore: 0.6,
      objectiveIds: ['obj-quiz', 'obj-topic-a', 'obj-topic-b'],
      deliveryControls: {
        tracked: true,
        completionSetByContent: true,
        objectiveSetByContent: true,
      },
      hideLmsUi: [],
    });
  });

  describe('scorm2004-4th', () => {
    let scos: Sco[];
    before(async () => ({ scos } = await load('scorm2004-4th')));

    it('reads 4th Edition completionThreshold attributes (scorm-runtime.md#manifest-initial-values)', () => {
      expect(scos.map((sco) => settings2004(sco).completionThreshold)).to.deep.equal([
        {
          form: 'attributes',
          completedByMeasure: true,
          minProgressMeasure: 0.8,
          progressWeight: 0.5,
          runtimeValue: 0.8,
        },
        // completedByMeasure without minProgressMeasure: the threshold is 1.0
        {
          form: 'attributes',
          completedByMeasure: true,
          minProgressMeasure: 1,
          progressWeight: 1,
          runtimeValue: 1,
        },
        // neither: cmi.completion_threshold stays uninitialized
        {
          form: 'attributes',
          completedByMeasure: false,
          minProgressMeasure: 1,
          progressWeight: 0.25,
        },
      ]);
    });

    it('merges a sequencingCollection definition under the item’s own elements', () => {
      const intro = settings2004(scos[0]);
      expect(intro.sequencingIdRef).to.equal('SHARED');
      expect(intro.attemptAbsoluteDurationLimit).to.equal('PT45M');
      expect(intro.objectiveIds).to.deep.equal(['obj-shared', 'obj-shared-extra']);
      expect(intro.scaledPassingScore).to.equal(0.7);
      // the item's deliveryControls replace the shared ones as a whole
      expect(intro.deliveryControls).to.deep.equal({
        tracked: true,
        completionSetByContent: true,
        objectiveSetByContent: false,
      });
      expect(intro.hideLmsUi).to.deep.equal(['previous', 'continue']);
    });

    it('derives cmi.scaled_passing_score only from satisfiedByMeasure, 1.0 by default', () => {
      expect(scos.map((sco) => settings2004(sco).scaledPassingScore)).to.deep.equal([
        0.7,
        1,
        undefined,
      ]);
      expect(settings2004(scos[2]).primaryObjective).to.deep.equal({
        objectiveId: 'obj-plain',
        satisfiedByMeasure: false,
        minNormalizedMeasure: 0.9,
      });
    });

    it('applies delivery-control defaults and reads tracked="false"', () => {
      expect(scos.map((sco) => settings2004(sco).deliveryControls)).to.deep.equal([
        { tracked: true, completionSetByContent: true, objectiveSetByContent: false },
        { tracked: false, completionSetByContent: false, objectiveSetByContent: false },
        { tracked: true, completionSetByContent: false, objectiveSetByContent: false },
      ]);
    });

    it('lets two items launch one resource with different parameters', () => {
      expect(scos.map((sco) => sco.launchUrl)).to.deep.equal([
        'intro.html',
        'intro.html?page=2',
        'intro.html?page=3',
      ]);
    });
  });

  it('custom-prefixes: finds every extension whatever the prefixes are', async () => {
    const pkg = await load('custom-prefixes');
    const settings = settings2004(pkg.scos[0]);
    expect(pkg.organization.title).to.equal('Custom prefixes');
    expect(settings.dataFromLms).to.equal('prefix=ns1');
    expect(settings.completionThreshold?.runtimeValue).to.equal(0.6);
    expect(settings.primaryObjective).to.deep.equal({
      objectiveId: 'obj',
      satisfiedByMeasure: true,
      minNormalizedMeasure: 0.5,
    });
    expect(settings.hideLmsUi).to.deep.equal(['exitAll']);
    expect(pkg.warnings).to.deep.equal([]);
  });

  it('multi-sco: default organization, depth-first SCOs, assets skipped, xml:base chain', async () => {
    const pkg = await load('multi-sco');
    expect(pkg.organization.identifier).to.equal('ORG-MAIN');
    expect(
      pkg.scos.map((sco) => [
        sco.identifier,
        sco.launchUrl,
        sco.launchFile,
        sco.parentTitles,
        sco.isVisible,
      ]),
    ).to.deep.equal([
      [
        'M1-L1',
        'content/lessons/m1/index.html',
        'content/lessons/m1/index.html',
        ['Module 1'],
        true,
      ],
      [
        'M1-S-L1',
        'content/lessons/m1/section/page%201.html',
        'content/lessons/m1/section/page 1.html',
        ['Module 1', 'Module 1 section'],
        false,
      ],
      [
        'M2-L1',
        'content/lessons/m2/start.html',
        'content/lessons/m2/start.html',
        ['Module 2'],
        true,
      ],
      ['FINAL', 'content/lessons/final.html', 'content/lessons/final.html', [], true],
    ]);
    expect(settings12(pkg.scos[2]).masteryScore).to.equal(75.5);
  });

  it('parameters: joined per the launch-URL rules (scorm-runtime.md#launch-url)', async () => {
    const pkg = await load('parameters');
    expect(
      Object.fromEntries(pkg.scos.map((sco) => [sco.identifier, sco.launchUrl])),
    ).to.deep.equal({
      'P-QUERY': 'a.html?tc=DMI&act=1',
      'P-AMP': 'b.html?x=1&y=2',
      'P-BOTH': 'b.html?x=1&tc=DMI&act=1',
      'P-BARE': 'a.html?lang=fr',
      'P-FRAGMENT': 'a.html#chapter2',
      'P-FRAGMENT-TAKEN': 'c.html#top',
      'P-LEADING': 'a.html?mode=review',
      'P-EMPTY': 'a.html',
    });
    expect(pkg.scos.find((sco) => sco.identifier === 'P-AMP')?.parameters).to.equal('&y=2');
  });

  it('accepts the path of imsmanifest.xml itself', async () => {
    const pkg = await loadPackage(fixture('scorm12-single/imsmanifest.xml'));
    expect(pkg.root).to.equal(fixture('scorm12-single'));
    expect(pkg.scos).to.have.length(1);
  });

  it('leaves a folder in place on dispose()', async () => {
    const pkg = await load('scorm12-single');
    await pkg.dispose();
    expect((await load('scorm12-single')).scos).to.have.length(1);
  });
});
