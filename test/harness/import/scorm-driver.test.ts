import { expect } from 'chai';
import { importLog } from '../../../harness/import/import-log.ts';
import { scormDriverParser } from '../../../harness/import/scorm-driver.ts';
import { expectCalls, fixture } from './fixtures.ts';

const stamp = (n: number, message: string): string =>
  `${n}:Tue Jan 16 2024 08:00:00 GMT+0000 (Coordinated Universal Time) - ${message}`;

describe('import: Rustici SCORM Driver debug log', () => {
  it("reads each call from its opening line and strResult, and the driver's own error lookups", async () => {
    const { trace, report } = await importLog(fixture('scorm-driver-12.log'));
    expect(report.format).to.equal('scorm-driver');
    expect(trace.meta.started).to.equal('2024-01-15T09:23:45.000Z');
    expectCalls(trace, [
      ['LMSInitialize', [''], 'true', '0', 0],
      ['LMSGetValue', ['cmi.core.lesson_status'], 'not attempted', '0', 0],
      ['LMSGetLastError', [], '0', '0', 0],
      ['LMSSetValue', ['cmi.core.lesson_status', 'incomplete'], 'true', '0', 0],
      ['LMSSetValue', ['cmi.core.score.raw', 'abc'], 'false', '405', 65000],
      ['LMSGetLastError', [], '405', '405', 65000],
      ['LMSGetErrorString', ['405'], 'Incorrect Data Type', '405', 65000],
      ['LMSGetDiagnostic', [''], '', '405', 65000],
      ['LMSCommit', [''], 'true', '0', 77000],
      ['LMSFinish', [''], 'true', '0', 77000],
    ]);
    expect(report.skipped).to.deep.equal([]);
  });

  it('reads the 2004 driver and skips a call whose result never came', () => {
    const log = scormDriverParser.parse([
      stamp(0, 'In SCORM2004_CallInitialize'),
      stamp(1, 'strResult=true'),
      stamp(2, 'SCORM2004_CallSetValue strElement=cmi.location, strValue=p2'),
      stamp(3, 'In SCORM2004_CallGetValue strElement=cmi.entry'),
      stamp(4, 'strResult=resume'),
      stamp(5, 'intSCORM2004Error=0'),
    ]);
    expect(log.calls.map((c) => [c.fn, c.args, c.result])).to.deep.equal([
      ['Initialize', [''], 'true'],
      ['GetValue', ['cmi.entry'], 'resume'],
      ['GetLastError', [], '0'],
    ]);
    expect(log.skipped).to.deep.equal([
      { line: 3, reason: 'SetValue was called but its result was not logged' },
    ]);
  });
});
