import { expect } from 'chai';
import { renderConsole } from '../../reports/console.ts';
import { createResults } from '../../harness/results/totals.ts';
import { HOSTILE, sampleResults, sampleRun } from '../harness/results/sample-results.ts';

const ESC = '\u001b';

describe('console reporter', () => {
  const plain = renderConsole(sampleResults());
  const lines = plain.split('\n');

  it('heads with command, suite, package, count and shard', () => {
    expect(lines[0]).to.equal(
      'scorm-harness run · sch-bridge · examples/sch-bridge · 6 scenarios · shard 1/2',
    );
  });

  it('prints one line per scenario with its mark', () => {
    expect(lines.filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().split(' ')[0])).to.deep.equal(
      ['✔', '✘', '!', '⧗', '☠', '-'],
    );
    expect(plain).to.contain('- popup/blocked  Popup launch is blocked');
    expect(plain).to.contain('expected failure on profile moodle (issue #12)');
  });

  it('explains the failure with the trace slice around the finding, the event marked', () => {
    const start = lines.findIndex((l) => l.startsWith('1) suspend/suspend-data-small'));
    expect(start).to.be.greaterThan(0);
    const block = lines.slice(start, start + 12).join('\n');
    expect(block).to.contain('error sch/suspend-data-session-only: suspend_data is 40 characters');
    expect(block).to.contain('scorm-runtime.md#cmi-suspend-data · blame content · event #5');
    expect(block).to.contain('fix: store progress on the backend');
    expect(block).to.match(
      /^ {6}> #5 t=60000ms LMSSetValue\("cmi.suspend_data", "x{40}"\) -> "true" \[0\]$/m,
    );
    expect(block).to.match(
      /^ {8}#6 t=60010ms LMSSetValue\("cmi.core.exit", "suspend"\) -> "true" \[0\]$/m,
    );
    expect(block).to.match(/^ {8}#2 t=15ms LMSGetValue\("cmi.core.entry"\)/m);
    expect(plain).to.contain('trace (launch 1): out/traces/suspend-data-small.trace.json');
    expect(plain).to.contain('trace (launch 2): out/traces/suspend-data-small.2.trace.json');
  });

  it('ends a failure with the last events of its last launch (an assertion names no event)', () => {
    const results = sampleResults();
    const failed = results.scenarios.find((s) => s.status === 'fail')!;
    failed.findings = [];
    const text = renderConsole(results);
    const last = failed.traces[1]!.trace!.events.at(-1)!;
    const block = text.slice(text.indexOf('1) suspend/suspend-data-small'));
    expect(block).to.contain('    the last events of launch 2:\n');
    expect(block).to.contain(`        #${last.seq} t=${last.t}ms `);
    const passed = results.scenarios.find((s) => s.status === 'pass')!;
    // A pass shown for its findings is not explained by its last events.
    passed.findings = [
      { ruleId: 'commit-storm', severity: 'warning', message: 'm', blame: 'content' },
    ];
    const again = renderConsole(results);
    expect(again).to.contain('1) lifecycle/initialize-first');
    expect(again.match(/the last events/g)).to.have.length(1);
  });

  it('takes the slice from the launch the finding names', () => {
    expect(plain).to.contain('event #2 of launch 2');
    expect(plain).to.match(/^ {6}> #2 t=6ms LMSGetValue\("cmi.core.entry"\) -> "resume" \[0\]$/m);
  });

  it('gives the error text for error, timeout and crash', () => {
    expect(plain).to.contain('2) package/loads: Package loads (error)\n    MANIFEST_INVALID');
    expect(plain).to.contain('3) heartbeat/every-60s: Heartbeat every 60 s (timed out)');
    expect(plain).to.contain('Chromium renderer crashed');
  });

  it('ends with totals and the exit code from the one exit-code module', () => {
    expect(lines.at(-3)).to.equal(
      '1 passed, 1 failed, 1 error, 1 timed out, 1 crashed, 1 skipped · findings: 1 error, 1 warning, 1 info · 33.0 s',
    );
    expect(lines.at(-2)).to.equal('exit 2: the harness could not run everything');
  });

  it('never lets content write escape codes to the terminal', () => {
    expect(plain).not.to.contain(ESC);
    expect(plain).not.to.contain(HOSTILE);
  });

  it('colors only when asked', () => {
    const colored = renderConsole(sampleResults(), { color: true });
    expect(colored).to.contain(`${ESC}[32m✔ lifecycle/initialize-first`);
    expect(colored.replaceAll(new RegExp(`${ESC}\\[\\d+m`, 'g'), '')).to.equal(plain);
  });

  it('explains an unexpected pass and an expected failure, and exits by them', () => {
    const results = sampleResults();
    const expected = { status: 'fail', reason: 'known defect', issue: '#7' } as const;
    results.scenarios = results.scenarios.slice(0, 2).map((s) => ({ ...s, expected }));
    const text = renderConsole(createResults(results.run, results.scenarios));
    expect(text).to.contain(
      '1) lifecycle/initialize-first: Initializes before any other call (passed, but expected to fail)',
    );
    expect(text).to.contain(
      '2) suspend/suspend-data-small: suspend_data holds only the session id (failed as expected)',
    );
    expect(text).to.contain('    expected to fail: known defect (#7)');
    expect(text).to.contain('exit 1: the content failed a check');
  });

  it('says when nothing ran: exit 2 unsharded', () => {
    const run = sampleRun();
    delete run.shard;
    expect(renderConsole(createResults(run, [])))
      .to.contain('nothing ran')
      .and.contain('exit 2');
  });

  it('says a shard left empty by the split had nothing to do: exit 0', () => {
    expect(renderConsole(createResults(sampleRun(), []))).to.contain(
      'exit 0: no scenario selected for shard 1/2',
    );
  });
});
