import { expect } from 'chai';
import {
  decodeSuspendData,
  encodeSuspendData,
} from '../../../../../examples/sch-bridge/src/core/suspend-data.ts';

describe('sch-bridge suspend_data envelope', () => {
  it('is exactly {"sid":"<id>"}', () => {
    expect(encodeSuspendData('sch-session-1')).to.equal('{"sid":"sch-session-1"}');
    expect(encodeSuspendData('a"b')).to.equal('{"sid":"a\\"b"}');
  });

  const reads: Array<[string, string | undefined]> = [
    ['{"sid":"s-1"}', 's-1'],
    ['{"sid":"s-1","x":1}', 's-1'],
    ['', undefined],
    ['{"sid":""}', undefined],
    ['{"sid":7}', undefined],
    ['not json', undefined],
    ['null', undefined],
    ['"s-1"', undefined],
  ];
  for (const [value, sid] of reads) {
    it(`reads ${JSON.stringify(value)} as ${String(sid)}`, () =>
      expect(decodeSuspendData(value)).to.equal(sid));
  }
});
