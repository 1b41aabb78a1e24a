import { expect } from 'chai';
import { HarnessError } from '../../harness/errors.ts';
import { parseResults } from '../../harness/results/validate.ts';
import { renderJson } from '../../reports/json.ts';
import { sampleResults } from '../harness/results/sample-results.ts';

describe('json reporter', () => {
  it('writes a valid document that keeps trace paths but drops embedded traces', () => {
    const parsed: unknown = JSON.parse(renderJson(sampleResults()));
    const results = parseResults(parsed);
    expect(results.scenarios[1]!.traces).to.deep.equal([
      { path: 'out/traces/suspend-data-small.trace.json' },
      { path: 'out/traces/suspend-data-small.2.trace.json' },
    ]);
  });

  it('embeds traces when asked', () => {
    const results = parseResults(JSON.parse(renderJson(sampleResults(), { embedTraces: true })));
    expect(results).to.deep.equal(sampleResults());
  });

  it('refuses to write an invalid document', () => {
    const results = sampleResults();
    results.totals.statuses.fail = 0;
    expect(() => renderJson(results)).to.throw(HarnessError, 'totals do not match');
  });
});
