// total_time accumulation and the time arithmetic behind it (ref: scorm-runtime.md#session-time).
import { expect } from 'chai';
import { Scorm12Api } from '../../runtime-1.2/index.ts';
import { addTimespans, formatTimespan, parseTimespan } from '../../runtime-1.2/timespan.ts';
import { get, running, set } from './session.ts';

describe('runtime-1.2 total_time', () => {
  it('LMSFinish adds session_time to total_time', () => {
    const api = running();
    set(api, 'cmi.core.session_time', '00:10:00');
    api.LMSFinish('');
    const state = api.persistedState();
    expect(state.totalTime).to.equal('0000:10:00.00');
    expect(state.data['cmi.core.total_time']).to.equal('0000:10:00.00');
    expect(state.sessionTime).to.equal('00:10:00');
  });

  it('only the last session_time of a session counts', () => {
    const api = running();
    set(api, 'cmi.core.session_time', '00:01:00');
    set(api, 'cmi.core.session_time', '00:02:30.5');
    api.LMSFinish('');
    expect(api.persistedState().totalTime).to.equal('0000:02:30.50');
  });

  it('a session that never set session_time leaves the total unchanged', () => {
    const api = running();
    api.LMSFinish('');
    expect(api.persistedState().totalTime).to.equal('0000:00:00.00');
    expect(api.persistedState().sessionTime).to.equal('');
  });

  it('the total of a commit before LMSFinish does not include the running session', () => {
    const api = running();
    set(api, 'cmi.core.session_time', '00:05:00');
    api.LMSCommit('');
    expect(api.persistedState().totalTime).to.equal('0000:00:00.00');
    expect(api.persistedState().sessionTime).to.equal('00:05:00');
  });

  it('accumulates over relaunches, and total_time reads the sum', () => {
    const first = running();
    set(first, 'cmi.core.session_time', '00:10:00');
    first.LMSFinish('');
    const second = running({ resume: first.persistedState() });
    expect(get(second, 'cmi.core.total_time')).to.deep.equal(['0000:10:00.00', '0']);
    set(second, 'cmi.core.session_time', '01:59:30.5');
    second.LMSFinish('');
    const third = new Scorm12Api({ resume: second.persistedState() });
    third.LMSInitialize('');
    expect(get(third, 'cmi.core.total_time')).to.deep.equal(['0002:09:30.50', '0']);
  });
});

describe('runtime-1.2 CMITimespan arithmetic', () => {
  const sums: Array<[string, string, string]> = [
    ['0000:00:00.00', '00:00:00', '0000:00:00.00'],
    ['0000:00:59.99', '00:00:00.01', '0000:01:00.00'],
    ['0000:59:59.5', '00:00:00.5', '0001:00:00.00'],
    ['0010:00:00', '0005:30:00.1', '0015:30:00.10'],
    ['9999:59:59.99', '00:00:01', '9999:59:59.99'],
  ];
  for (const [total, session, expected] of sums) {
    it(`${total} + ${session} = ${expected}`, () => {
      expect(addTimespans(total, session)).to.equal(expected);
    });
  }

  it('reads a one-digit fraction as tenths', () => {
    expect(parseTimespan('00:00:01.5')).to.equal(150);
    expect(parseTimespan('00:00:01.05')).to.equal(105);
  });

  it('refuses what is not a CMITimespan', () => {
    for (const text of ['PT1M', '1:00:00', '00:60:00', '', '00:00:00.123'])
      expect(parseTimespan(text)).to.equal(undefined);
  });

  it('formats hours with at least 4 digits and 2 fraction digits', () => {
    expect(formatTimespan(((25 * 60 + 3) * 60 + 4) * 100 + 7)).to.equal('0025:03:04.07');
  });
});
