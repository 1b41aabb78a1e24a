import { expect } from 'chai';
import { consoleParser } from '../../../harness/import/console.ts';
import { importLog } from '../../../harness/import/import-log.ts';
import { expectCalls, fixture } from './fixtures.ts';

describe('import: browser console lines', () => {
  it('reads wrapper lines in both quote styles, with console timestamps', async () => {
    const { trace, report } = await importLog(fixture('console-wrapper-12.log'));
    expect(report.format).to.equal('console');
    expectCalls(trace, [
      ['LMSInitialize', [''], 'true', '0', 0],
      ['LMSGetValue', ['cmi.core.lesson_status'], 'not attempted', '0', 5],
      ['LMSSetValue', ['cmi.core.lesson_status', 'incomplete'], 'true', '0', 10],
      ['LMSSetValue', ['cmi.core.lesson_location', 'slide-2'], 'true', '0', 2380],
      ['LMSGetLastError', [], '0', '0', 2381],
      ['LMSCommit', [''], 'true', '0', 2880],
      ['LMSFinish', [''], 'true', '0', 6130],
    ]);
    expect(report.ignoredLines).to.equal(1);
  });

  it('reads pipwerks traces: a get with its value, a failed get with its code; a failed set is skipped', async () => {
    const { trace, report } = await importLog(fixture('console-pipwerks-2004.log'));
    expectCalls(trace, [
      ['GetValue', ['cmi.completion_status'], 'unknown', '0', 0],
      ['GetValue', ['cmi.location'], '', '403', 0],
    ]);
    expect(trace.final.ended).to.equal('closed');
    expect(report.skipped).to.deep.equal([
      { line: 7, reason: 'pipwerks logged a failed data.set (error 0) without its value' },
    ]);
  });

  it('reads arrow lines with bare arguments and skips a set printed without its result', async () => {
    const { trace, report } = await importLog(fixture('console-imc-2004.log'));
    expectCalls(trace, [
      ['Initialize', [], 'true', '0', 0],
      ['GetValue', ['cmi.completion_status'], 'incomplete', '0', 0],
      ['Terminate', [], 'true', '0', 0],
    ]);
    expect(report.skipped).to.deep.equal([
      { line: 3, reason: 'shows an API call without its return value' },
    ]);
  });

  it('keeps a value holding parentheses', () => {
    const log = consoleParser.parse([`SetValue('cmi.location', 'page (2)') returned 'true'`]);
    expect(log.calls.map((c) => c.args)).to.deep.equal([['cmi.location', 'page (2)']]);
  });
});
