import { expect } from 'chai';
import { HarnessError } from '../../../harness/errors.ts';
import {
  checkApiWindowDepth,
  checkLaunchMode,
  checkUnloadHandlers,
} from '../../../harness/session/launch-options.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof HarnessError ? e.code : 'not-a-harness-error';
  }
  return undefined;
}

describe('launch options checked before any browser work', () => {
  const unload: [unknown, string | undefined][] = [
    ['run', undefined],
    ['deprecated', undefined],
    ['Deprecated', 'CONFIG_INVALID'],
    ['off', 'CONFIG_INVALID'],
    [true, 'CONFIG_INVALID'],
  ];
  for (const [value, code] of unload) {
    it(`unloadHandlers ${JSON.stringify(value)}: ${code ?? 'accepted'}`, () => {
      expect(codeOf(() => checkUnloadHandlers(value))).to.equal(code);
    });
  }

  const modes: [string, string | undefined][] = [
    ['frameset', undefined],
    ['nested:3', undefined],
    ['nested:0', 'CONFIG_INVALID'],
    ['popup', undefined],
    ['popup:1', undefined],
    ['popup:1000', undefined],
    ['popup:0', 'CONFIG_INVALID'],
    ['popup:1001', 'CONFIG_INVALID'],
    ['popup:', 'CONFIG_INVALID'],
    ['tab', 'CONFIG_INVALID'],
  ];
  for (const [mode, code] of modes) {
    it(`launchMode ${mode}: ${code ?? 'accepted'}`, () => {
      expect(codeOf(() => checkLaunchMode(mode))).to.equal(code);
    });
  }

  const depths: [unknown, string, number | string][] = [
    [undefined, 'frameset', 0],
    [0, 'popup', 0],
    [1, 'frameset', 1],
    [1000, 'nested:3', 1000],
    [1001, 'frameset', 'CONFIG_INVALID'],
    [-1, 'frameset', 'CONFIG_INVALID'],
    [1.5, 'frameset', 'CONFIG_INVALID'],
    ['2', 'frameset', 'CONFIG_INVALID'],
    [1, 'popup', 'CONFIG_INVALID'],
    [2, 'popup:1', 'CONFIG_INVALID'],
  ];
  for (const [depth, mode, expected] of depths) {
    it(`apiWindowDepth ${JSON.stringify(depth)} with ${mode}: ${expected}`, () => {
      const check = () => checkApiWindowDepth(depth, mode as 'frameset');
      if (typeof expected === 'number') expect(check()).to.equal(expected);
      else expect(codeOf(check)).to.equal(expected);
    });
  }
});
