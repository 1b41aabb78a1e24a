import { expect } from 'chai';
import { importLog } from '../../../harness/import/import-log.ts';
import { scormAgainParser } from '../../../harness/import/scorm-again.ts';
import { expectCalls, fixture } from './fixtures.ts';

describe('import: scorm-again console log', () => {
  it('reads padded call lines and takes each error from the error line logged before the call', async () => {
    const { trace, report } = await importLog(fixture('scorm-again-12.log'));
    expect(report.format).to.equal('scorm-again');
    expect(trace.meta.learner).to.deep.equal({ id: 'learner-7', name: '' });
    expectCalls(trace, [
      ['LMSInitialize', [''], 'true', '0', 0],
      ['LMSGetValue', ['cmi.core.student_id'], 'learner-7', '0', 0],
      ['LMSGetValue', ['cmi.core.lesson_status'], 'not attempted', '0', 0],
      ['LMSSetValue', ['cmi.core.lesson_status', 'incomplete'], 'true', '0', 0],
      ['LMSSetValue', ['cmi.core.student_id', 'someone-else'], 'false', '403', 0],
      ['LMSGetLastError', [], '403', '403', 0],
      ['LMSGetErrorString', [], 'Element is read only', '403', 0],
      ['LMSSetValue', ['cmi.core.score.raw', 'abc'], 'false', '405', 0],
      ['LMSSetValue', ['cmi.suspend_data', 'a: b'], 'true', '0', 0],
      ['LMSCommit', [''], 'true', '0', 0],
      ['LMSFinish', [''], 'true', '0', 0],
    ]);
    expect(report.ignoredLines).to.equal(4);
    expect(report.notes).to.include('the log has no timestamps: every event has t = 0');
  });

  it('reads an element too long to be padded', () => {
    const element = 'cmi.interactions.12.correct_responses.0.pattern_with_a_long_name';
    const log = scormAgainParser.parse([`SetValue            : ${element}: x: result: true`]);
    expect(log.calls.map((c) => c.args)).to.deep.equal([[element, 'x']]);
  });
});
