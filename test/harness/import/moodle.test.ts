import { expect } from 'chai';
import { importLog } from '../../../harness/import/import-log.ts';
import { moodleParser } from '../../../harness/import/moodle.ts';
import { expectCalls, fixture } from './fixtures.ts';

describe('import: Moodle SCORM debug log', () => {
  it('reads a 1.2 session: error codes from the log, Commit and Finish from their result lines', async () => {
    const { trace, report } = await importLog(fixture('moodle-12.log'));
    expect(report.format).to.equal('moodle');
    expect(trace.meta).to.include({
      version: '1.2',
      package: 'Secure Coding 101',
      sco: 'item_1',
      started: '2024-01-15T09:23:40.000Z',
    });
    expect(trace.meta.learner).to.deep.equal({ id: '2', name: 'Student, Joe' });
    expectCalls(trace, [
      ['LMSInitialize', [''], 'true', '0', 1000],
      ['LMSGetValue', ['cmi.core.student_id'], '2', '0', 1000],
      ['LMSGetValue', ['cmi.core.student_name'], 'Student, Joe', '0', 1000],
      ['LMSGetValue', ['cmi.core.lesson_status'], 'not attempted', '0', 1000],
      ['LMSSetValue', ['cmi.core.lesson_status', 'incomplete'], 'true', '0', 2000],
      ['LMSSetValue', ['cmi.interactions.0.id', 'q1'], 'true', '0', 50000],
      ['LMSSetValue', ['cmi.core.score.raw', '120'], 'false', '405', 50000],
      ['LMSGetErrorString', ['405'], 'Incorrect data type', '405', 50000],
      ['LMSCommit', [''], 'true', '0', 51000],
      ['LMSSetValue', ['cmi.core.exit', 'suspend'], 'true', '0', 60000],
      ['LMSFinish', [''], 'true', '0', 61000],
    ]);
    expect(report.skipped).to.deep.equal([]);
    expect(report.notes).to.include(
      'Moodle leaves GetLastError calls out of its log: any the content made are missing',
    );
  });

  it('reads a 2004 session with its internal array names and a Terminate logged only by its result', async () => {
    const { trace } = await importLog(fixture('moodle-2004.log'));
    expect(trace.meta).to.include({ version: '2004', package: 'Phishing basics', sco: 'sco-01' });
    expectCalls(trace, [
      ['Initialize', [''], 'true', '0', 1000],
      ['GetValue', ['cmi.entry'], 'ab-initio', '0', 1000],
      ['SetValue', ['cmi.interactions.0.id', 'q1'], 'true', '0', 5000],
      ['GetValue', ['cmi.location'], '', '403', 6000],
      ['Terminate', [''], 'true', '0', 9000],
    ]);
  });

  it('records a failed store as Moodle reports it: result false, error 101', () => {
    const log = moodleParser.parse([
      'Tue, 16 Jan 2024 14:00:01 GMT: Initialize("", "") => 0',
      'Tue, 16 Jan 2024 14:00:09 GMT: Terminate("AJAXResult", "false") => 0',
      'Tue, 16 Jan 2024 14:00:09 GMT: Terminate("result", "false") => 101',
    ]);
    expect(log.calls.map((c) => [c.fn, c.result, c.error])).to.deep.equal([
      ['Initialize', 'true', '0'],
      ['Terminate', 'false', '101'],
    ]);
  });

  it('reads a call refused before it reaches the data model', () => {
    const log = moodleParser.parse(['Tue, 16 Jan 2024 14:00:01 GMT: LMSFinish("", "") => 301']);
    expect(log.calls.map((c) => [c.fn, c.args, c.result, c.error])).to.deep.equal([
      ['LMSFinish', [''], 'false', '301'],
    ]);
  });
});
