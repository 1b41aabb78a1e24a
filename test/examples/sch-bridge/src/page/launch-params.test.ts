import { expect } from 'chai';
import { readLaunchParams } from '../../../../../examples/sch-bridge/src/page/launch-params.ts';

describe('sch-bridge launch parameters', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['', '', undefined],
    ['?schBackend=http%3A%2F%2F127.0.0.1%3A9%2Fsch&sid=s-1', 'http://127.0.0.1:9/sch', 's-1'],
    ['?schBackend=/sch-backend', '/sch-backend', undefined],
    ['?sid=', '', undefined],
  ];
  for (const [search, backendUrl, sid] of cases) {
    it(`reads "${search}"`, () =>
      expect(readLaunchParams(search)).to.deep.equal({ backendUrl, sid }));
  }
});
