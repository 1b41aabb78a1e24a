import { expect } from 'chai';
import {
  connect,
  type ApiErrorRecord,
} from '../../../../../examples/sch-bridge/src/scorm/connection.ts';

/** A 2004-shaped API that refuses one element with 406, logging every call. */
function refusingApi(log: string[]) {
  let last = '0';
  return {
    Initialize: () => (log.push('Initialize'), 'true'),
    SetValue: (e: string, v: string) => {
      log.push(`SetValue ${e}=${v}`);
      last = e === 'cmi.score.raw' ? '406' : '0';
      return last === '0' ? 'true' : 'false';
    },
    GetValue: (e: string) => {
      log.push(`GetValue ${e}`);
      last = e === 'cmi.nope' ? '401' : '0';
      return e === 'cmi.nope' ? '' : 'x';
    },
    Commit: () => (log.push('Commit'), 0),
    Terminate: () => {
      throw new Error('LMS bug');
    },
    GetLastError: () => (log.push('GetLastError'), last),
    GetErrorString: (c: string) => (log.push(`GetErrorString ${c}`), `text ${c}`),
    GetDiagnostic: (c: string) => (log.push(`GetDiagnostic ${c}`), `diag ${c}`),
  };
}

describe('sch-bridge LMS connection', () => {
  it('after a "false" SetValue asks GetLastError, GetErrorString, GetDiagnostic and keeps going', () => {
    const log: string[] = [];
    const errors: ApiErrorRecord[] = [];
    const lms = connect('2004', refusingApi(log), (e) => errors.push(e));
    expect(lms.initialize()).to.equal(true);
    expect(lms.set('cmi.score.raw', 'abc')).to.equal(false);
    expect(lms.set('cmi.exit', 'suspend')).to.equal(true);
    expect(log).to.deep.equal([
      'Initialize',
      'SetValue cmi.score.raw=abc',
      'GetLastError',
      'GetErrorString 406',
      'GetDiagnostic 406',
      'SetValue cmi.exit=suspend',
    ]);
    expect(errors).to.deep.equal([
      {
        fn: 'SetValue',
        args: ['cmi.score.raw', 'abc'],
        code: '406',
        message: 'text 406',
        diagnostic: 'diag 406',
      },
    ]);
  });

  // The fake keeps its last error (401) until the next SetValue/GetValue, so Commit reports it.
  it('checks the error after an empty GetValue only, and survives odd returns and throws', () => {
    const log: string[] = [];
    const errors: ApiErrorRecord[] = [];
    const lms = connect('2004', refusingApi(log), (e) => errors.push(e));
    expect(lms.get('cmi.location')).to.equal('x');
    expect(lms.get('cmi.nope')).to.equal('');
    expect(lms.commit()).to.equal(false);
    expect(lms.terminate()).to.equal(false);
    expect(errors.map((e) => `${e.fn}:${e.code}`)).to.deep.equal([
      'GetValue:401',
      'Commit:401',
      'Terminate:401',
    ]);
  });

  it('uses the 1.2 function names on a 1.2 API', () => {
    const log: string[] = [];
    const api = {
      LMSInitialize: (a: string) => (log.push(`LMSInitialize(${a})`), 'true'),
      LMSSetValue: (e: string, v: string) => (log.push(`LMSSetValue(${e},${v})`), 'true'),
      LMSCommit: (a: string) => (log.push(`LMSCommit(${a})`), 'true'),
      LMSFinish: (a: string) => (log.push(`LMSFinish(${a})`), 'true'),
    };
    const lms = connect('1.2', api, () => log.push('error'));
    lms.initialize();
    lms.set('cmi.core.exit', 'suspend');
    lms.commit();
    lms.terminate();
    expect(log).to.deep.equal([
      'LMSInitialize()',
      'LMSSetValue(cmi.core.exit,suspend)',
      'LMSCommit()',
      'LMSFinish()',
    ]);
  });
});
