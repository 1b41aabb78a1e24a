import { expect } from 'chai';
import {
  describeExitCode,
  exitCodeFor,
  exitCodeForOutcomes,
  outcomeOf,
  type ExitCode,
} from '../../../harness/results/exit-code.ts';
import { STATUSES, type Status } from '../../../harness/results/types.ts';
import { sampleResults } from './sample-results.ts';

describe('exit codes', () => {
  const table: [Status[], ExitCode][] = [
    [['pass'], 0],
    [['pass', 'skip'], 0],
    [['skip'], 0],
    [['pass', 'fail'], 1],
    [['fail', 'skip'], 1],
    [['error'], 2],
    [['timeout'], 2],
    [['crash'], 2],
    [['fail', 'error'], 2],
    [['pass', 'fail', 'crash', 'skip'], 2],
    [[], 2],
  ];
  for (const [statuses, code] of table) {
    it(`[${statuses.join(', ')}] -> ${code}`, () => {
      expect(exitCodeForOutcomes(statuses.map((status) => outcomeOf({ status })))).to.equal(code);
    });
  }

  it('maps every status to an outcome', () => {
    expect(STATUSES.map((status) => outcomeOf({ status }))).to.deep.equal([
      'passed',
      'content-failed',
      'harness-failed',
      'harness-failed',
      'harness-failed',
      'skipped',
    ]);
  });

  const expected = { status: 'fail', reason: 'known bridge defect' } as const;
  const withExpectation: [Status, string, ExitCode][] = [
    ['fail', 'expected-failure', 0],
    ['pass', 'unexpected-pass', 1],
    ['error', 'harness-failed', 2],
    ['timeout', 'harness-failed', 2],
    ['skip', 'skipped', 0],
  ];
  for (const [status, outcome, code] of withExpectation) {
    it(`expected to fail, ${status} -> ${outcome}, exit ${code}`, () => {
      expect(outcomeOf({ status, expected })).to.equal(outcome);
      expect(exitCodeForOutcomes([outcomeOf({ status, expected })])).to.equal(code);
    });
  }

  it('reads a whole results document', () => {
    const results = sampleResults();
    expect(exitCodeFor(results)).to.equal(2);
    results.scenarios = results.scenarios.filter((s) => s.status === 'pass' || s.status === 'fail');
    expect(exitCodeFor(results)).to.equal(1);
  });

  it('an empty shard exits 0; an empty unsharded run exits 2', () => {
    const empty = sampleResults();
    empty.scenarios = [];
    expect(exitCodeFor(empty)).to.equal(0);
    expect(describeExitCode(0, empty)).to.equal('no scenario selected for shard 1/2');
    delete empty.run.shard;
    expect(exitCodeFor(empty)).to.equal(2);
  });

  it('describes each code', () => {
    expect(describeExitCode(0)).to.contain('passed');
    expect(describeExitCode(1)).to.contain('content');
    expect(describeExitCode(2)).to.contain('harness');
  });
});
