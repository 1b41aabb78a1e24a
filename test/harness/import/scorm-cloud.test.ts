import { expect } from 'chai';
import { importLog } from '../../../harness/import/import-log.ts';
import { scormCloudParser } from '../../../harness/import/scorm-cloud.ts';
import { expectCalls, fixture } from './fixtures.ts';

describe('import: SCORM Cloud debug log', () => {
  it('reads every call, its time of day and the error from the GetLastError after it', async () => {
    const { trace, report } = await importLog(fixture('scorm-cloud-2004.log'));
    expect(report.format).to.equal('scorm-cloud');
    expect(trace.meta).to.include({
      version: '2004',
      profile: 'imported:scorm-cloud',
      package: 'scorm-cloud-2004',
    });
    expectCalls(trace, [
      ['Initialize', [''], 'true', '0', 0],
      ['GetValue', ['cmi.mode'], 'normal', '0', 6],
      ['GetLastError', [], '0', '0', 7],
      ['GetValue', ['cmi.completion_status'], 'unknown', '0', 11],
      ['SetValue', ['cmi.completion_status', 'incomplete'], 'true', '0', 17],
      ['GetValue', ['cmi.suspend_data'], '', '403', 26],
      ['GetLastError', [], '403', '403', 27],
      ['GetErrorString', ['403'], 'Data Model Element Value Not Initialized', '403', 28],
      ['SetValue', ['cmi.score.scaled', '1.5'], 'false', '407', 68386],
      ['GetLastError', [], '407', '407', 68387],
      ['SetValue', ['cmi.suspend_data', "p=3;it's done, ok"], 'true', '0', 68886],
      ['Commit', [''], 'true', '0', 68906],
      ['SetValue', ['cmi.exit', 'suspend'], 'true', '0', 69886],
      ['Terminate', [''], 'true', '0', 69896],
    ]);
    expect(trace.final).to.deep.equal({ ended: 'terminated', t: 69896, state: null, commits: 0 });
    expect(report.skipped).to.deep.equal([]);
    expect(report.ignoredLines).to.equal(1);
    expect(report.notes).to.include('3 error codes taken from the GetLastError call that follows');
  });

  it('carries the time across midnight', () => {
    const log = scormCloudParser.parse([
      "[23:59:59.900] Initialize('') returned 'true' in 0 seconds",
      "[00:00:00.100] Terminate('') returned 'true' in 0 seconds",
    ]);
    expect(log.calls.map((c) => c.at)).to.deep.equal([86_399_900, 86_400_100]);
  });
});
