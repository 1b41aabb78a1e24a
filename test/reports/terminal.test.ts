import { expect } from 'chai';
import { colorEnabled, isCi, liveOutputEnabled } from '../../reports/terminal.ts';

describe('terminal policy', () => {
  const table: [string, boolean, Record<string, string>, boolean, boolean][] = [
    ['a TTY', true, {}, true, true],
    ['a pipe', false, {}, false, false],
    ['NO_COLOR', true, { NO_COLOR: '1' }, false, true],
    ['empty NO_COLOR', true, { NO_COLOR: '' }, true, true],
    ['CI=true', true, { CI: 'true' }, false, false],
    ['CI=1', true, { CI: '1' }, false, false],
    ['CI=false', true, { CI: 'false' }, true, true],
  ];
  for (const [what, isTTY, env, color, live] of table) {
    it(`${what}: color ${color}, live output ${live}`, () => {
      expect(colorEnabled({ isTTY }, env)).to.equal(color);
      expect(liveOutputEnabled({ isTTY }, env)).to.equal(live);
    });
  }

  it('reads CI the way CI services set it', () => {
    expect(isCi({ CI: 'true' })).to.equal(true);
    expect(isCi({ CI: '' })).to.equal(false);
    expect(isCi({})).to.equal(false);
  });
});
