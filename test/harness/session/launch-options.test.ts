import { expect } from 'chai';
import { HarnessError } from '../../../harness/errors.ts';
import { checkLaunchMode, checkUnloadHandlers } from '../../../harness/session/launch-options.ts';

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
});
