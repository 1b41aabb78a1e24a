import { expect } from 'chai';
import {
  discoverApi,
  findApi,
  type WindowLike,
} from '../../../../../examples/sch-bridge/src/scorm/api-discovery.ts';

type Win = WindowLike & { API?: object; API_1484_11?: object; name: string };

/** A chain of windows: index 0 is the content, each next one its parent; the last is top. */
function chain(depth: number): Win[] {
  const wins: Win[] = [];
  for (let i = 0; i <= depth; i += 1) wins.push({ name: `w${i}`, parent: null, opener: null });
  wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
  return wins;
}
const top = (wins: Win[]) => wins[wins.length - 1] as Win;
const content = (wins: Win[]) => wins[0] as Win;

describe('sch-bridge API discovery (scorm-runtime.md#api-discovery)', () => {
  const api12 = { kind: '1.2' };
  const api2004 = { kind: '2004' };

  const depths: Array<['1.2' | '2004', number, boolean]> = [
    ['1.2', 1, true],
    ['1.2', 7, true],
    ['1.2', 8, false],
    ['2004', 1, true],
    ['2004', 10, true],
    // The 2004 scan starts at the parent and then allows 500 more steps up.
    ['2004', 501, true],
    ['2004', 502, false],
  ];
  for (const [version, depth, found] of depths) {
    it(`${version}: API ${depth} level(s) up is ${found ? 'found' : 'not found'}`, () => {
      const wins = chain(depth);
      top(wins)[version === '1.2' ? 'API' : 'API_1484_11'] = version === '1.2' ? api12 : api2004;
      expect(findApi(content(wins), version)).to.equal(
        found ? (version === '1.2' ? api12 : api2004) : undefined,
      );
    });
  }

  it("1.2 looks at the content's own window; 2004 starts at the parent", () => {
    const wins = chain(0);
    content(wins).API = api12;
    content(wins).API_1484_11 = api2004;
    expect(findApi(content(wins), '1.2')).to.equal(api12);
    expect(findApi(content(wins), '2004')).to.equal(undefined);
  });

  it('falls back to the opener chain', () => {
    const wins = chain(0);
    const opener = chain(2);
    top(opener).API_1484_11 = api2004;
    content(wins).opener = content(opener);
    expect(findApi(content(wins), '2004')).to.equal(api2004);
  });

  it('treats a cross-origin window (throwing on access) as no API', () => {
    const wins = chain(1);
    Object.defineProperty(top(wins), 'API_1484_11', {
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(findApi(content(wins), '2004')).to.equal(undefined);
  });

  it('auto prefers 2004 and falls back to 1.2; fixed builds look for their version only', () => {
    const both = chain(1);
    top(both).API = api12;
    top(both).API_1484_11 = api2004;
    expect(discoverApi(content(both), 'auto')).to.deep.equal({ version: '2004', api: api2004 });
    const only12 = chain(1);
    top(only12).API = api12;
    expect(discoverApi(content(only12), 'auto')).to.deep.equal({ version: '1.2', api: api12 });
    expect(discoverApi(content(only12), '2004')).to.equal(undefined);
    expect(discoverApi(content(both), '1.2')).to.deep.equal({ version: '1.2', api: api12 });
  });
});
