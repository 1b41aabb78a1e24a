import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HarnessError } from '../../../harness/errors.ts';
import { readResults } from '../../../harness/results/results-file.ts';
import { parseResults } from '../../../harness/results/validate.ts';
import { createResults } from '../../../harness/results/totals.ts';
import { sampleResults, sampleRun } from './sample-results.ts';

function errorOf(fn: () => unknown): HarnessError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(HarnessError);
    return e as HarnessError;
  }
  return expect.fail('did not throw');
}

describe('results validation', () => {
  it('accepts the sample document, embedded traces included', () => {
    const results = sampleResults();
    expect(parseResults(JSON.parse(JSON.stringify(results)))).to.deep.equal(results);
  });

  it('accepts a shard with no runs', () => {
    const empty = createResults(sampleRun(), []);
    expect(parseResults(JSON.parse(JSON.stringify(empty)))).to.deep.equal(empty);
  });

  const broken: [
    string,
    (r: Record<string, unknown> & ReturnType<typeof sampleResults>) => void,
    string,
  ][] = [
    [
      'an unknown status',
      (r) => Object.assign(r.scenarios[0]!, { status: 'flaky' }),
      '/scenarios/0/status',
    ],
    ['an error without its text', (r) => delete r.scenarios[2]!.error, '/scenarios/2'],
    ['a crash without its text', (r) => delete r.scenarios[4]!.error, '/scenarios/4'],
    [
      'a finding with an unknown blame',
      (r) => Object.assign(r.scenarios[1]!.findings[0]!, { blame: 'user' }),
      '/scenarios/1/findings/0/blame',
    ],
    [
      'a ref that is not a spec anchor',
      (r) => Object.assign(r.scenarios[1]!.findings[0]!, { ref: 'see the spec' }),
      '/scenarios/1/findings/0/ref',
    ],
    ['an unknown key', (r) => Object.assign(r, { extra: 1 }), 'additional'],
    [
      'a bad launch mode',
      (r) => Object.assign(r.scenarios[0]!, { launchMode: 'nested:0' }),
      'launchMode',
    ],
    [
      'an invalid embedded trace',
      (r) => Object.assign(r.scenarios[0]!.traces[0]!.trace!, { events: [{ seq: -1 }] }),
      '/scenarios/0/traces/0/trace',
    ],
    [
      'a finding in a launch the scenario does not have',
      (r) => Object.assign(r.scenarios[1]!.findings[2]!, { launch: 2 }),
      '/scenarios/1/findings/2/launch',
    ],
    ['zero workers', (r) => Object.assign(r.run, { workers: 0 }), '/run/workers'],
    [
      'totals that disagree with the scenarios',
      (r) => (r.totals.statuses.pass = 5),
      'totals do not match',
    ],
  ];
  for (const [what, breakIt, where] of broken) {
    it(`refuses ${what}, naming where`, () => {
      const results = sampleResults() as Record<string, unknown> & ReturnType<typeof sampleResults>;
      breakIt(results);
      const e = errorOf(() => parseResults(results, 'results.json'));
      expect(e.code).to.equal('RESULTS_INVALID');
      expect(e.message).to.match(/^results\.json: not a valid results document/);
      expect(e.message).to.contain(where);
    });
  }

  it('refuses a newer schema version with an upgrade hint', () => {
    const e = errorOf(() => parseResults({ ...sampleResults(), schemaVersion: 2 }));
    expect(e.code).to.equal('RESULTS_VERSION');
    expect(e.hint).to.contain('upgrade');
  });

  describe('from a file', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'results-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('reads a valid document', () => {
      const file = join(dir, 'results.json');
      writeFileSync(file, JSON.stringify(sampleResults()));
      expect(readResults(file).totals.scenarios).to.equal(6);
    });

    it('says so when the file is missing or not JSON', () => {
      expect(errorOf(() => readResults(join(dir, 'none.json'))).message).to.contain('cannot read');
      const file = join(dir, 'report.html');
      writeFileSync(file, '<html>');
      expect(errorOf(() => readResults(file)).message).to.contain('not JSON');
    });
  });
});
