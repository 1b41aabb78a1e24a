import { expect } from 'chai';
import {
  decodeSuspendData,
  encodeSuspendData,
} from '../../../../../examples/sch-bridge/src/core/suspend-data.ts';

describe('sch-bridge suspend_data envelope', () => {
  const bookmark = { topic: 'sqli', challenge: 'c1', phase: 2, hints: ['h1', 'h2'] };

  it('is exactly {"sid":"<id>"}: the bookmark stays on the server', () => {
    expect(encodeSuspendData({ sid: 'sch-session-1', bookmark })).to.equal(
      '{"sid":"sch-session-1"}',
    );
    expect(encodeSuspendData({ sid: 'a"b', bookmark })).to.equal('{"sid":"a\\"b"}');
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
