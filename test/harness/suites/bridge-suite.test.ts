import { expect } from 'chai';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitCodeFor } from '../../../harness/results/exit-code.ts';
import { createResults } from '../../../harness/results/totals.ts';
import { toResult } from '../../../harness/suites/bridge-suite.ts';
import { judgeTraces } from '../../../harness/suites/judge-trace.ts';
import { sampleRun, suspendTrace } from '../results/sample-results.ts';

describe('suites: a gate result in the results document', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'bridge-suite-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  const pkg = { version: '1.2' as const, scos: [] };
  const run = {
    id: 'resume-rehydrates',
    title: 'Resume',
    version: '1.2' as const,
    launchMode: 'frameset' as const,
    ok: true,
    durationMs: 12.4,
    traces: [suspendTrace(), suspendTrace()],
  };

  it("attaches the rules' findings per launch and keeps the scenario's pass", () => {
    const result = toResult({ ...run, status: 'pass' }, out, [pkg]);
    expect(result.status).to.equal('pass');
    expect(result.findings).to.deep.equal(judgeTraces(run.traces, []));
    expect(result.findings.some((f) => f.severity === 'error')).to.equal(true);
    expect(new Set(result.findings.map((f) => f.launch))).to.deep.equal(new Set([0, 1]));
    for (const ref of result.traces) expect(existsSync(ref.path!)).to.equal(true);
    expect(exitCodeFor(createResults(sampleRun(), [result]))).to.equal(0);
  });

  it("keeps the scenario's own failure message as the error", () => {
    const result = toResult({ ...run, status: 'fail', message: 'expected 100 to equal 70' }, out, [
      pkg,
    ]);
    expect(result.status).to.equal('fail');
    expect(result.error).to.equal('expected 100 to equal 70');
  });
});
