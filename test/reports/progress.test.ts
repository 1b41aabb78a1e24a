import { expect } from 'chai';
import { Writable } from 'node:stream';
import { createProgress } from '../../reports/progress.ts';

function fakeStream(
  isTTY: boolean,
): Writable & { isTTY: boolean; columns: number; text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, {
    isTTY,
    columns: 120,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    text: () => chunks.join(''),
  });
}

describe('run progress', () => {
  it('draws a bar with the count and the last scenario at a terminal', () => {
    const stream = fakeStream(true);
    const progress = createProgress({ stream, env: {} });
    progress.start(3);
    progress.scenarioDone('a/one', 'pass');
    progress.scenarioDone('a/two', 'fail');
    progress.stop();
    expect(stream.text()).to.contain('2/3 scenarios · 1 not passed · a/two fail');
  });

  for (const [what, isTTY, env] of [
    ['in CI', true, { CI: 'true' }],
    ['in a pipe', false, {}],
  ] as const) {
    it(`stays silent ${what}`, () => {
      const stream = fakeStream(isTTY);
      const progress = createProgress({ stream, env });
      progress.start(2);
      progress.scenarioDone('a/one', 'pass');
      progress.stop();
      expect(stream.text()).to.equal('');
    });
  }
});
