import { expect } from 'chai';
import { adlTestSuiteParser } from '../../../harness/import/adl-test-suite.ts';
import { importLog } from '../../../harness/import/import-log.ts';
import { expectCalls, fixture } from './fixtures.ts';

describe('import: ADL test suite log', () => {
  it('joins wrapped lines, reads the first SCO launch and stops at the second', async () => {
    const { trace, report } = await importLog(fixture('adl-test-suite-12.log'));
    expect(report.format).to.equal('adl-test-suite');
    expect(trace.meta).to.include({ version: '1.2', sco: 'SCO 01' });
    expect(trace.meta.learner).to.deep.equal({ id: 'learner-42', name: 'Learner, Ada' });
    expectCalls(trace, [
      ['LMSInitialize', [''], 'true', '0', 0],
      ['LMSGetValue', ['cmi.core.student_id'], 'learner-42', '0', 0],
      ['LMSGetValue', ['cmi.core.student_name'], 'Learner, Ada', '0', 0],
      ['LMSSetValue', ['cmi.core.lesson_location', 'page-2'], 'true', '0', 0],
      ['LMSGetValue', ['cmi.core.lesson_status'], 'not attempted', '0', 0],
      ['LMSSetValue', ['cmi.core.exit', ''], 'true', '0', 0],
      ['LMSCommit', [''], 'true', '0', 0],
      ['LMSFinish', [''], 'true', '0', 0],
    ]);
    expect(report.skipped).to.deep.equal([
      {
        line: 29,
        reason:
          'the log goes on with another SCO launch; a trace holds one launch, so the rest is not imported',
      },
    ]);
  });

  it('skips a call line that joining cannot complete and reads the lines after it', () => {
    const log = adlTestSuiteParser.parse([
      'LMSInitialize completed successfully',
      'LMSGetValue(cmi.core.credit) returned: "cre',
      'LMSSetValue(cmi.core.exit, "") succeeded',
      'LMSCommit completed successfully',
    ]);
    expect(log.calls.map((c) => [c.line, c.fn])).to.deep.equal([
      [1, 'LMSInitialize'],
      [3, 'LMSSetValue'],
      [4, 'LMSCommit'],
    ]);
    expect(log.skipped).to.deep.equal([{ line: 2, reason: 'cannot read this call line' }]);
  });
});
