// time(second,10,0) and timeinterval(second,10,2) validation and duration arithmetic
// (scorm-runtime.md#type-time, #type-timeinterval, #session-time).
import { expect } from 'chai';
import { durationSeconds, sumDurations } from '../../runtime-2004/duration.ts';
import { checkIdentifier, checkTime, checkTimeInterval } from '../../runtime-2004/value-types.ts';

describe('runtime-2004 value types', () => {
  describe('time(second,10,0)', () => {
    const valid = [
      '2004',
      '2004-04',
      '2004-04-01',
      '2004-04-01T15',
      '2004-04-01T09:45',
      '2004-04-01T09:45:58',
      '2004-04-01T09:45:58.2',
      '2004-04-01T09:45:58.55Z',
      '2004-06-30T14:00:00.10+00',
      '2004-06-30T14:00:00.10+05:59',
      '2004-06-30T14:00:00.10-00',
      '2004-04-01T09:45:58.55-03:00',
      '1970-01-01',
      '2038-12-31',
      '2004-02-29',
    ];
    const invalid = [
      '',
      '1969',
      '2039',
      '1400',
      '3239',
      '2004-4',
      '2004-00',
      '2004-13',
      '2004-03-00',
      '2004-03-32',
      '2003-02-29',
      '2004-04-31',
      '2004-04-01T',
      '2004-04-01T9',
      '2004-04-01T24',
      '2004-04-01T60',
      '2004-04-01T09:45:58.',
      '2004-04-01T09:45:58.025',
      '2004-04-01T09:45:58Z',
      '2004-04-01T09:45+02:30',
      '2004-04-01T15Z',
      '2004-04-01T09:45:58.5+2',
      '2004-04-01T09:45:58.5+02:3',
      '2004-04-01T09:45:58.5+02:30.20',
      '2004-04-01T09:45:58.5Z+02:30',
      '2004-04-01T09:45:58.5+24',
    ];
    for (const v of valid) it(`accepts ${v}`, () => expect(checkTime(v)).to.equal(undefined));
    for (const v of invalid)
      it(`rejects ${JSON.stringify(v)}`, () => expect(checkTime(v)?.kind).to.equal('type'));
  });

  describe('timeinterval(second,10,2)', () => {
    const valid = [
      'P1Y6M14DT4H15M6.34S',
      'PT4H15M6.34S',
      'P1Y6M14D',
      'PT6.34S',
      'PT15M',
      'PT4H',
      'P1Y',
      'P6M',
      'P14D',
      'P1YT15M6.34S',
      'P01Y06M014DT04H015M06.34S',
      'PT0S',
    ];
    const invalid = [
      '',
      'P',
      'PT',
      'P1Y6M14DT',
      'P1Y6M14D4H15M6.34S',
      '1Y6M14DT4H15M6.34S',
      'P1W',
      '-PT1S',
      'PT1.345S',
      'PT1.S',
      'PT1H1H',
      'P1M1Y',
    ];
    for (const v of valid)
      it(`accepts ${v}`, () => expect(checkTimeInterval(v)).to.equal(undefined));
    for (const v of invalid)
      it(`rejects ${JSON.stringify(v)}`, () => expect(checkTimeInterval(v)?.kind).to.equal('type'));
  });

  describe('duration sums (CTS DMB total_time vectors)', () => {
    const table: [string, string, string][] = [
      ['PT0H0M0S', 'PT01M', 'PT0H1M0S'],
      ['PT0H1M0S', 'PT0H0M0S', 'PT0H1M0S'],
      ['PT0H1M0S', 'PT01H059M020S', 'PT2H0M20S'],
      ['PT2H0M20S', 'PT0H05M49S', 'PT2H6M9S'],
      ['PT0H0M0S', 'P0Y029DT0H', 'P29DT0H0M0S'],
      ['PT23H59M59.99S', 'PT0.01S', 'P1DT0H0M0S'],
      ['PT0.5S', 'PT0.25S', 'PT0H0M0.75S'],
      ['P1Y2M', 'P1M', 'P1Y3MT0H0M0S'],
    ];
    for (const [a, b, sum] of table)
      it(`${a} + ${b} = ${sum}`, () => expect(sumDurations(a, b)).to.equal(sum));
    it('compares numerically', () =>
      expect(durationSeconds('PT2H20S')).to.equal(durationSeconds('PT1H60M20S')));
  });

  describe('long_identifier_type', () => {
    for (const v of [
      'MYID01',
      'urn:adl:lmsTest/OBJ01',
      'for/the/long/identifier',
      'http://x.org/a?b=c#d',
      'uri.uri.uri.abcd',
      'caf\u00e9',
    ])
      it(`accepts ${v}`, () => expect(checkIdentifier(v)).to.equal(undefined));
    for (const v of [
      '',
      'urn:',
      'urn:adl',
      'urn:adl:lms Test/OBJ01',
      'a b',
      'a{b}',
      'a[b]',
      'a<b',
      '%zz',
      ':x',
      'a#b#c',
    ])
      it(`rejects ${JSON.stringify(v)}`, () => expect(checkIdentifier(v)?.kind).to.equal('type'));
  });
});
