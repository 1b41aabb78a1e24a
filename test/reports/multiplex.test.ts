import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HarnessError } from '../../harness/errors.ts';
import { renderJson } from '../../reports/json.ts';
import { writeReports, type ReportOutput } from '../../reports/multiplex.ts';
import { sampleResults } from '../harness/results/sample-results.ts';

const broken: ReportOutput = {
  name: 'html',
  file: 'out/report.html',
  render() {
    throw new HarnessError({ code: 'CONFIG_INVALID', message: 'template broke', hint: 'fix it' });
  },
};

describe('report multiplexer', () => {
  it('keeps writing the others when one reporter throws, and says which failed', () => {
    const files = new Map<string, string>();
    const outcome = writeReports(
      sampleResults(),
      [broken, { name: 'json', file: 'out/results.json', render: (r) => renderJson(r) }],
      (file, text) => files.set(file, text),
    );
    expect(outcome.written).to.deep.equal([{ name: 'json', file: 'out/results.json' }]);
    expect(outcome.failed).to.deep.equal([
      { name: 'html', file: 'out/report.html', error: 'template broke (fix: fix it)' },
    ]);
    expect(JSON.parse(files.get('out/results.json')!)).to.have.property('schemaVersion', 1);
  });

  it('records a write that fails without stopping the next output', () => {
    const outcome = writeReports(
      sampleResults(),
      [
        { name: 'junit', file: 'full-disk.xml', render: () => '<testsuites/>' },
        { name: 'json', file: 'ok.json', render: () => '{}' },
      ],
      (file) => {
        if (file === 'full-disk.xml') throw new Error('ENOSPC: no space left on device');
      },
    );
    expect(outcome.failed.map((f) => f.error)).to.deep.equal(['ENOSPC: no space left on device']);
    expect(outcome.written.map((w) => w.name)).to.deep.equal(['json']);
  });

  it('writes files by default, creating folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-'));
    try {
      const file = join(dir, 'nested', 'results.json');
      const outcome = writeReports(sampleResults(), [
        { name: 'json', file, render: (r) => renderJson(r) },
      ]);
      expect(outcome.failed).to.deep.equal([]);
      expect(readFileSync(file, 'utf8')).to.contain('"schemaVersion": 1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
