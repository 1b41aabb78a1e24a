// The 1.2 data types on their own (ref: scorm-runtime.md#types-12).
import { expect } from 'chai';
import { checkType, type DataType } from '../../runtime-1.2/index.ts';

const cases: Array<[DataType, string[], string[]]> = [
  ['CMIBlank', [''], [' ', '0']],
  [
    'CMIDecimal',
    ['2', '2.2', '-2.2', '0', '007'],
    ['', '+2', '2.', '.2', '1e3', '2,2', 'NaN', '--1'],
  ],
  ['CMIIdentifier', ['a', 'obj_1', 'urn:a:b', '~!@#'], ['', 'a b', 'tab\t', 'é', 'x'.repeat(256)]],
  ['CMIInteger', ['0', '65536', '42'], ['-1', '65537', '1.0', '', '+1']],
  ['CMISInteger', ['-32768', '32768', '+5', '0'], ['-32769', '32769', '1.5', '']],
  ['CMIString255', ['', 'x'.repeat(255)], ['x'.repeat(256)]],
  ['CMIString4096', ['', 'x'.repeat(4096)], ['x'.repeat(4097)]],
  [
    'CMITime',
    ['00:00:00', '23:59:59', '12:30:00.5', '12:30:00.25'],
    ['24:00:00', '7:00:00', '12:30', '12:30:00.123', ''],
  ],
  [
    'CMITimespan',
    ['00:00:00', '0000:00:00.00', '9999:59:59.99', '123:00:00'],
    ['0:00:00', '10000:00:00', '00:00', 'PT0S', ''],
  ],
  ['CMIFeedback', ['', 'x'.repeat(255)], ['x'.repeat(256)]],
];

describe('runtime-1.2 data types', () => {
  for (const [type, valid, invalid] of cases) {
    it(`${type} accepts ${valid.map((v) => JSON.stringify(v.slice(0, 12))).join(' ')}`, () => {
      for (const value of valid) expect(checkType(type, value), value).to.equal(null);
    });
    it(`${type} refuses ${invalid.map((v) => JSON.stringify(v.slice(0, 12))).join(' ')}`, () => {
      for (const value of invalid) expect(checkType(type, value), value).to.not.equal(null);
    });
  }

  it('CMIVocabulary accepts exactly its tokens, case-sensitively', () => {
    expect(checkType('CMIVocabulary', 'credit', ['credit', 'no-credit'])).to.equal(null);
    expect(checkType('CMIVocabulary', 'Credit', ['credit', 'no-credit'])).to.not.equal(null);
  });

  it('an element range narrows the type, and the failure says which bound', () => {
    expect(checkType('CMIDecimal', '101', undefined, { min: 0, max: 100 })).to.deep.equal({
      kind: 'limit',
      reason: '101 is above the maximum 100',
    });
    expect(checkType('CMISInteger', '-2', undefined, { min: -1, max: 100 })).to.deep.equal({
      kind: 'limit',
      reason: '-2 is below the minimum -1',
    });
  });
});
