import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { writeRunReports } from '../../../harness/suites/write-reports.ts';
import type { Results } from '../../../harness/results/types.ts';
import { sampleResults } from '../results/sample-results.ts';

function streams() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { ctx: { stdout, stderr, env: { CI: 'true' } }, text: () => ({ out, err }) };
}

describe('suites: writing the run reports', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'run-reports-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes results.json even when only the console was asked for', () => {
    const { ctx, text } = streams();
    expect(writeRunReports(sampleResults(), ['console'], dir, ctx)).to.equal(true);
    const written = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Results;
    expect(written.totals).to.deep.equal(sampleResults().totals);
    expect(text().out).to.include('scorm-harness');
    expect(existsSync(join(dir, 'junit.xml'))).to.equal(false);
  });

  it('a reporter that throws costs nothing else; the raw document still lands', () => {
    const broken = sampleResults();
    // The JSON reporter refuses a document its schema rejects: an error result without its error.
    broken.scenarios[0] = { ...broken.scenarios[0]!, status: 'error' };
    delete broken.scenarios[0].error;
    const { ctx, text } = streams();
    expect(writeRunReports(broken, ['junit', 'json'], dir, ctx)).to.equal(false);
    expect(existsSync(join(dir, 'junit.xml'))).to.equal(true);
    const raw = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Results;
    expect(raw.scenarios[0]!.status).to.equal('error');
    expect(raw.scenarios.flatMap((s) => s.traces).some((t) => t.trace !== undefined)).to.equal(
      false,
    );
    expect(text().err).to.match(/could not write the json report/);
    expect(text().err).to.include('wrote the unchecked results document instead');
  });
});
