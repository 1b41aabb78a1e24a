// Error strings and diagnostics (ref: scorm-runtime.md#error-codes-12, #api-12).
import { expect } from 'chai';
import { Scorm12Api } from '../../runtime-1.2/index.ts';
import { running, set } from './session.ts';

// The standard strings of the ADL 1.2 sample RTE, as listed in the reference.
const strings: Array<[string, string]> = [
  ['0', 'No Error'],
  ['101', 'General Exception'],
  ['201', 'Invalid argument error'],
  ['202', 'Element cannot have children'],
  ['203', 'Element not an array - cannot have count'],
  ['301', 'Not initialized'],
  ['401', 'Not implemented error'],
  ['402', 'Invalid set value, element is a keyword'],
  ['403', 'Element is read only'],
  ['404', 'Element is write only'],
  ['405', 'Incorrect Data Type'],
];

describe('runtime-1.2 error strings and diagnostics', () => {
  for (const [code, text] of strings) {
    it(`LMSGetErrorString("${code}") is "${text}"`, () => {
      expect(new Scorm12Api().LMSGetErrorString(code)).to.equal(text);
    });
  }

  // 406-408 are 2004 codes; 1.2 must not define them.
  for (const code of ['', '001', '102', '351', '406', '407', '408', '999', 'abc']) {
    it(`LMSGetErrorString(${JSON.stringify(code)}) is "" (not a 1.2 code)`, () => {
      expect(new Scorm12Api().LMSGetErrorString(code)).to.equal('');
    });
  }

  it('LMSGetDiagnostic("") names the element and why the last call failed', () => {
    const api = running();
    set(api, 'cmi.core.score.raw', '101');
    expect(api.LMSGetDiagnostic('')).to.equal('cmi.core.score.raw: 101 is above the maximum 100');
    expect(api.LMSGetDiagnostic('405')).to.equal(
      'cmi.core.score.raw: 101 is above the maximum 100',
    );
  });

  it('LMSGetDiagnostic of another code gives that code\'s string, of an unknown code ""', () => {
    const api = running();
    set(api, 'cmi.core.student_id', 'x');
    expect(api.LMSGetDiagnostic('')).to.contain('cmi.core.student_id');
    expect(api.LMSGetDiagnostic('201')).to.equal('Invalid argument error');
    expect(api.LMSGetDiagnostic('1444')).to.equal('');
  });

  it('diagnostics are at most 255 characters', () => {
    const api = running();
    set(api, `cmi.core.${'x'.repeat(400)}`, '1');
    expect(api.LMSGetLastError()).to.equal('401');
    expect(api.LMSGetDiagnostic('').length).to.be.at.most(255);
  });

  it("after a success the diagnostic is the code's string", () => {
    const api = running();
    set(api, 'cmi.core.score.raw', '50');
    expect(api.LMSGetDiagnostic('')).to.equal('No Error');
  });
});
