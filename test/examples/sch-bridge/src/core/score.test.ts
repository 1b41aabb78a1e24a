import { expect } from 'chai';
import {
  formatDecimal,
  rawScore,
  scaledScore,
  type ChallengeProgress,
} from '../../../../../examples/sch-bridge/src/core/score.ts';

const done = (score: number, id = 'c'): ChallengeProgress => ({ id, completed: true, score });
const open = (score: number, id = 'o'): ChallengeProgress => ({ id, completed: false, score });

describe('sch-bridge score: min(avg(completed challenge scores) / 1.6, 100)', () => {
  const cases: Array<[string, ChallengeProgress[], number | undefined]> = [
    ['no challenges: no score', [], undefined],
    ['only unfinished challenges: no score', [open(150)], undefined],
    ['one perfect challenge: 160 / 1.6', [done(160)], 100],
    ['zero points', [done(0)], 0],
    ['exactly the passing line: 112 / 1.6', [done(112)], 70],
    ['average of two', [done(100), done(60)], 50],
    ['unfinished challenges do not count', [done(160), open(0), open(10)], 100],
    ['repeating decimals rounded to 7 places', [done(100), done(100), done(101)], 62.7083333],
    ['a negative backend score is clamped to 0', [done(-40)], 0],
    ['above 160 is capped at 100', [done(200), done(180)], 100],
  ];
  for (const [what, challenges, expected] of cases) {
    it(what, () => expect(rawScore(challenges)).to.equal(expected));
  }

  it('scaled = raw / 100', () => {
    expect(scaledScore(70)).to.equal(0.7);
    expect(scaledScore(62.7083333)).to.equal(0.6270833);
    expect(scaledScore(100)).to.equal(1);
  });

  const formats: Array<[number, string]> = [
    [70, '70'],
    [0, '0'],
    [62.7083333, '62.7083333'],
    [0.0000001, '0.0000001'],
    [0.5, '0.5'],
    [100, '100'],
  ];
  for (const [value, text] of formats) {
    it(`formats ${value} as "${text}" (decimal notation, never exponent)`, () =>
      expect(formatDecimal(value)).to.equal(text));
  }
});
