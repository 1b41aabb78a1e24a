import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { Sco } from '../../../harness/package/types.ts';
import { judgeTrace, judgeTraces } from '../../../harness/suites/judge-trace.ts';
import type { Trace } from '../../../harness/trace/types.ts';
import { suspendTrace } from '../results/sample-results.ts';

/** A 2004 SCO that never sets completion_status: fine only when the manifest leaves it to content. */
const fixture = JSON.parse(
  readFileSync(
    new URL(
      '../../../harness/rules/__fixtures__/status-not-set-on-launch/ok-completion-set-by-content.trace.json',
      import.meta.url,
    ),
    'utf8',
  ),
) as { trace: Trace };

function sco2004(completionSetByContent: boolean): Sco {
  return {
    identifier: 'sco-1',
    title: 'SCO',
    resourceIdentifier: 'res-1',
    href: 'index.html',
    launchUrl: 'index.html',
    launchFile: 'index.html',
    isVisible: true,
    parentTitles: [],
    settings: {
      version: '2004',
      deliveryControls: { tracked: true, completionSetByContent, objectiveSetByContent: false },
      objectiveIds: [],
      hideLmsUi: [],
    },
  };
}

const ids = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId);

describe('suites: judging a launch trace', () => {
  it('takes completionSetByContent from the SCO the trace launched', () => {
    expect(ids(judgeTrace(fixture.trace, sco2004(true)))).to.not.include(
      'status-not-set-on-launch',
    );
    expect(ids(judgeTrace(fixture.trace, sco2004(false)))).to.include('status-not-set-on-launch');
    expect(ids(judgeTraces([fixture.trace], [sco2004(true)]))).to.not.include(
      'status-not-set-on-launch',
    );
  });

  it('points each finding into its own launch', () => {
    const one = judgeTrace(suspendTrace(), undefined);
    expect(one.length).to.be.greaterThan(0);
    expect(one.every((f) => f.launch === undefined)).to.equal(true);
    const both = judgeTraces([suspendTrace(), suspendTrace()], []);
    expect(both.map((f) => [f.ruleId, f.seq, f.launch])).to.deep.equal([
      ...one.map((f) => [f.ruleId, f.seq, 0]),
      ...one.map((f) => [f.ruleId, f.seq, 1]),
    ]);
  });
});
