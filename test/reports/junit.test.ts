import { expect } from 'chai';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { createResults } from '../../harness/results/totals.ts';
import { renderJunit } from '../../reports/junit.ts';
import { HOSTILE, sampleResults, sampleRun } from '../harness/results/sample-results.ts';
import { XsdSubset } from './xsd-subset.ts';

const xsd = new XsdSubset(readFileSync(new URL('./data/junit-10.xsd', import.meta.url), 'utf8'));

interface Attrs {
  [name: string]: string;
}
interface Case {
  '@': Attrs;
  failure?: { '@': Attrs; '#text': string };
  error?: { '@': Attrs; '#text': string };
  skipped?: { '@': Attrs };
  'system-out': string;
}
interface Suite {
  '@': Attrs;
  properties: { property: { '@': Attrs }[] };
  testcase: Case[];
}
interface Doc {
  testsuites: { '@': Attrs; testsuite: Suite[] };
}

const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributesGroupName: '@',
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  }).parse(xml) as Doc;

describe('junit reporter', () => {
  const xml = renderJunit(sampleResults());
  const doc = parse(xml);
  const suites = doc.testsuites.testsuite;
  const cases = suites.flatMap((s) => s.testcase);
  const byName = (name: string) => cases.find((c) => c['@'].name === name)!;

  it('conforms to the JUnit XSD', () => {
    expect(xsd.check(xml)).to.deep.equal([]);
  });

  it('conforms with no scenarios at all', () => {
    expect(xsd.check(renderJunit(createResults(sampleRun(), [])))).to.deep.equal([]);
  });

  it('has only characters XML 1.0 allows', () => {
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(xml).not.to.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/);
  });

  it('groups scenarios into one testsuite per SCORM version, with counts', () => {
    expect(suites.map((s) => s['@'])).to.deep.equal([
      {
        name: 'sch-bridge (SCORM 1.2)',
        tests: '2',
        failures: '1',
        errors: '0',
        skipped: '0',
        time: '2.346',
        timestamp: '2025-01-01T00:00:00.000Z',
        package: 'examples/sch-bridge',
      },
      {
        name: 'sch-bridge (SCORM 2004)',
        tests: '4',
        failures: '0',
        errors: '3',
        skipped: '1',
        time: '30.430',
        timestamp: '2025-01-01T00:00:00.000Z',
        package: 'examples/sch-bridge',
      },
    ]);
    expect(doc.testsuites['@']).to.deep.equal({
      name: 'scorm-harness run sch-bridge',
      tests: '6',
      failures: '1',
      errors: '3',
      time: '33.000',
    });
  });

  it('uses <failure> for a content failure, with every finding and its trace slice', () => {
    const failed = byName('suspend/suspend-data-small');
    expect(failed['@'].classname).to.equal('sch-bridge.scorm12');
    expect(failed.failure!['@']).to.deep.equal({
      type: 'sch/suspend-data-session-only',
      message: 'suspend_data is 40 characters; the bridge stores only the session id',
    });
    const text = failed.failure!['#text'];
    expect(text).to.contain('scorm-runtime.md#cmi-suspend-data · blame content · event #5');
    expect(text).to.contain(`> #5 t=60000ms LMSSetValue("cmi.suspend_data", "${'x'.repeat(40)}")`);
    expect(text).to.contain('warning values-valid');
    expect(failed.error).to.equal(undefined);
  });

  it("a scenario's own assertion heads the failure; findings and the last events follow", () => {
    const results = sampleResults();
    const failed = results.scenarios.find((s) => s.status === 'fail')!;
    failed.error = 'expected 100 to be close to 70';
    const doc = parse(renderJunit(results));
    const testcase = doc.testsuites.testsuite
      .flatMap((s) => s.testcase)
      .find((c) => c['@'].name === failed.id)!;
    expect(testcase.failure!['@']).to.deep.equal({
      type: 'assertion',
      message: 'expected 100 to be close to 70',
    });
    const text = testcase.failure!['#text'];
    const last = failed.traces[1]!.trace!.events.at(-1)!;
    expect(text).to.match(
      /^expected 100 to be close to 70\n\nerror sch\/suspend-data-session-only/,
    );
    expect(text).to.contain(`the last events of launch 2:\n`);
    expect(text).to.contain(`    #${last.seq} t=${last.t}ms `);
  });

  it('uses <error> for error, timeout and crash, with the error text', () => {
    for (const [name, type] of [
      ['package/loads', 'error'],
      ['heartbeat/every-60s', 'timeout'],
      ['lifecycle/page-crash', 'crash'],
    ]) {
      const c = byName(name!);
      expect(c.error!['@'].type).to.equal(type);
      expect(c.error!['#text']).to.equal(c.error!['@'].message);
      expect(c.failure).to.equal(undefined);
    }
  });

  it('uses <skipped> with the reason, and nothing for a pass', () => {
    expect(byName('popup/blocked').skipped!['@'].message).to.contain('expected failure');
    const passed = byName('lifecycle/initialize-first');
    expect([passed.failure, passed.error, passed.skipped]).to.deep.equal([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('puts the title, version, launch mode and trace path in system-out', () => {
    expect(byName('lifecycle/initialize-first')['system-out']).to.equal(
      'Initializes before any other call\nSCORM 1.2, launch frameset\ntrace: out/traces/initialize-first.trace.json',
    );
    expect(byName('heartbeat/every-60s')['system-out']).to.contain(
      'SCORM 2004 4th, launch nested:2',
    );
  });

  it('records the run as properties', () => {
    const props = Object.fromEntries(
      suites[0]!.properties.property.map((p) => [p['@'].name, p['@'].value]),
    );
    expect(props).to.deep.equal({
      command: 'run',
      package: 'examples/sch-bridge',
      suite: 'sch-bridge',
      'harness.version': '0.1.0',
      shard: '1/2',
      workers: '2',
      node: 'v20.19.0',
      platform: 'linux',
      browser: 'Chromium 140',
      ci: 'true',
    });
  });

  it('reports an expected failure as skipped and an unexpected pass as a failure', () => {
    const results = sampleResults();
    const expected = { status: 'fail', reason: 'known defect', issue: '#7' } as const;
    results.scenarios[0]!.expected = expected;
    results.scenarios[1]!.expected = expected;
    const xmlOut = renderJunit(results);
    expect(xsd.check(xmlOut)).to.deep.equal([]);
    const suite = parse(xmlOut).testsuites.testsuite[0]!;
    expect(suite.testcase[0]!.failure!['@']).to.deep.equal({
      type: 'unexpected-pass',
      message: 'passed, but expected to fail: known defect (#7)',
    });
    expect(suite.testcase[1]!.skipped!['@'].message).to.equal(
      'expected failure: known defect (#7)',
    );
    expect(suite['@']).to.include({ failures: '1', skipped: '1' });
  });

  it('carries markup and quotes through intact, control characters made visible', () => {
    const results = sampleResults();
    const finding = results.scenarios[1]!.findings[0]!;
    finding.message = `bad ${HOSTILE}\nsecond line`;
    const c = parse(renderJunit(results)).testsuites.testsuite[0]!.testcase[1]!;
    expect(c.failure!['@'].message).to.equal(
      'bad a</script><b>&"\'\\u0001\\u001b[31m\\uffff\nsecond line',
    );
  });
});

describe('the XSD check itself', () => {
  const bad: [string, string, string][] = [
    [
      'a testsuite without name',
      '<testsuites><testsuite tests="0" failures="0" errors="0"/></testsuites>',
      'missing @name',
    ],
    ['skipped on testsuites', '<testsuites skipped="1"/>', 'attribute skipped not declared'],
    [
      'a testcase at the top',
      '<testsuites><testcase name="a"/></testsuites>',
      'children "testcase" not allowed',
    ],
    [
      'text in a testcase',
      '<testsuites><testsuite name="s" tests="1" failures="0" errors="0"><testcase name="a">hi</testcase></testsuite></testsuites>',
      'text not allowed',
    ],
    ['a bad time', '<testsuites time="1.2s"/>', '/testsuites/@time'],
    [
      'properties inside a testcase',
      '<testsuite name="s" tests="1" failures="0" errors="0"><testcase name="a"><properties/></testcase></testsuite>',
      'children "properties" not allowed',
    ],
    ['an unknown element', '<testsuites><testrun/></testsuites>', 'children "testrun" not allowed'],
    ['broken XML', '<testsuites>', 'not well-formed'],
  ];
  for (const [what, doc, problem] of bad) {
    it(`rejects ${what}`, () => {
      expect(xsd.check(doc).join('\n')).to.contain(problem);
    });
  }
});
