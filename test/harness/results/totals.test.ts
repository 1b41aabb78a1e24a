import { expect } from 'chai';
import { computeTotals, createResults } from '../../../harness/results/totals.ts';
import { sampleResults, sampleRun } from './sample-results.ts';

describe('results totals', () => {
  it('counts every status and every finding severity', () => {
    const totals = computeTotals(sampleResults().scenarios);
    expect(totals).to.deep.equal({
      scenarios: 6,
      statuses: { pass: 1, fail: 1, error: 1, timeout: 1, crash: 1, skip: 1 },
      findings: { error: 1, warning: 1, info: 1 },
    });
  });

  it('has every key at zero for an empty run', () => {
    const totals = computeTotals([]);
    expect(totals.scenarios).to.equal(0);
    expect(Object.values(totals.statuses)).to.deep.equal([0, 0, 0, 0, 0, 0]);
    expect(Object.values(totals.findings)).to.deep.equal([0, 0, 0]);
  });

  it('createResults stamps the schema version and derives the totals', () => {
    const results = createResults(sampleRun(), sampleResults().scenarios.slice(0, 2));
    expect(results.schemaVersion).to.equal(1);
    expect(results.totals.statuses).to.include({ pass: 1, fail: 1 });
  });
});
