import { expect } from 'chai';
import { formatDuration, parseDuration } from '../../../harness/cli/duration.ts';
import { HarnessError } from '../../../harness/errors.ts';

describe('command-line durations', () => {
  const valid: [string, number][] = [
    ['1500', 1500],
    ['250ms', 250],
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['1m30s', 90_000],
    ['1.5s', 1500],
  ];
  for (const [text, ms] of valid) {
    it(`reads ${text} as ${ms} ms`, () => expect(parseDuration(text, '--advance')).to.equal(ms));
  }

  for (const text of ['', '5x', 'm5', '1h 30m', '-5s', '90s!']) {
    it(`refuses ${JSON.stringify(text)} with CONFIG_INVALID naming the option`, () => {
      expect(() => parseDuration(text, '--advance'))
        .to.throw(HarnessError, /--advance .* is not a duration/)
        .with.property('code', 'CONFIG_INVALID');
    });
  }

  const formatted: [number, string][] = [
    [0, '0ms'],
    [999, '999ms'],
    [90_000, '1m30s'],
    [5_400_000, '1h30m'],
  ];
  for (const [ms, text] of formatted) {
    it(`writes ${ms} ms as ${text}`, () => expect(formatDuration(ms)).to.equal(text));
  }
});
