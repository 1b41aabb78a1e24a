// Arguments that are not strings (ref: scorm-runtime.md#argument-coercion).
import { expect } from 'chai';
import { Scorm12Api, type RuntimeEvent } from '../../runtime-1.2/index.ts';
import { get, running, set } from './session.ts';

describe('runtime-1.2 argument coercion', () => {
  for (const [label, args] of [
    ['no argument', []],
    ['undefined', [undefined]],
    ['null', [null]],
  ] as const) {
    it(`LMSInitialize with ${label} is treated as ""`, () => {
      const api = new Scorm12Api();
      expect(api.LMSInitialize(...args)).to.equal('true');
      expect(api.LMSGetLastError()).to.equal('0');
      expect(api.LMSCommit(...args)).to.equal('true');
      expect(api.LMSFinish(...args)).to.equal('true');
    });
  }

  for (const value of [0, false, 'null', {}]) {
    it(`LMSInitialize(${JSON.stringify(value)}) is not "" -> 201`, () => {
      const api = new Scorm12Api();
      expect(api.LMSInitialize(value)).to.equal('false');
      expect(api.LMSGetLastError()).to.equal('201');
    });
  }

  it('numbers are converted with String(): 85 -> "85"', () => {
    const api = running();
    expect(set(api, 'cmi.core.score.raw', 85)).to.deep.equal(['true', '0']);
    expect(set(api, 'cmi.student_preference.speed', -20)).to.deep.equal(['true', '0']);
    expect(get(api, 'cmi.core.score.raw')).to.deep.equal(['85', '0']);
    expect(set(api, 'cmi.core.score.raw', 1e21)).to.deep.equal(['false', '405']);
  });

  it('an object becomes "[object Object]", which then meets the element\'s checks', () => {
    const api = running();
    expect(set(api, 'cmi.core.score.raw', { raw: 1 })).to.deep.equal(['false', '405']);
    expect(set(api, 'cmi.suspend_data', { raw: 1 })).to.deep.equal(['true', '0']);
    expect(get(api, 'cmi.suspend_data')[0]).to.equal('[object Object]');
  });

  it('a missing value is ""', () => {
    const api = running();
    expect(api.LMSSetValue('cmi.core.lesson_location')).to.equal('true');
    expect(get(api, 'cmi.core.lesson_location')).to.deep.equal(['', '0']);
  });

  it('a value whose conversion throws is 201, and the call still returns a string', () => {
    const api = running();
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(set(api, 'cmi.suspend_data', hostile)).to.deep.equal(['false', '201']);
    expect(get(api, hostile)).to.deep.equal(['', '201']);
    expect(api.LMSGetErrorString(hostile)).to.equal('');
  });

  it('the functions work detached from the object, as some content wrappers call them', () => {
    const { LMSInitialize, LMSGetValue, LMSGetLastError } = new Scorm12Api();
    expect(LMSInitialize('')).to.equal('true');
    expect(LMSGetValue('cmi.core.lesson_mode')).to.equal('normal');
    expect(LMSGetLastError()).to.equal('0');
  });

  it('every function returns strings, never booleans or numbers', () => {
    const api = new Scorm12Api();
    const results = [
      api.LMSInitialize(''),
      api.LMSGetLastError(),
      api.LMSGetValue('cmi.core._count'),
      api.LMSGetLastError(),
      api.LMSCommit(''),
    ];
    for (const result of results) expect(result).to.be.a('string');
    expect(results[1]).to.equal('0');
  });
});

describe('runtime-1.2 observer', () => {
  it('reports every call, support calls included, with coerced args, result and error', () => {
    const events: RuntimeEvent[] = [];
    let now = 1000;
    const api = new Scorm12Api({
      observer: (e) => events.push(e),
      clock: { now: () => (now += 10) },
    });
    api.LMSInitialize();
    api.LMSSetValue('cmi.core.score.raw', 101);
    api.LMSGetLastError();
    api.LMSGetDiagnostic('');
    api.LMSGetErrorString(405);
    const calls = events.filter((e) => e.type === 'call');
    expect(calls.map((e) => [e.fn, e.args, e.result, e.error])).to.deep.equal([
      ['LMSInitialize', [], 'true', '0'],
      ['LMSSetValue', ['cmi.core.score.raw', '101'], 'false', '405'],
      ['LMSGetLastError', [], '405', '405'],
      ['LMSGetDiagnostic', [''], 'cmi.core.score.raw: 101 is above the maximum 100', '405'],
      ['LMSGetErrorString', ['405'], 'Incorrect Data Type', '405'],
    ]);
    expect(calls.map((e) => e.t)).to.deep.equal([1010, 1020, 1030, 1040, 1050]);
  });

  it('reports a commit event for LMSCommit and LMSFinish, before the call event', () => {
    const events: RuntimeEvent[] = [];
    const api = new Scorm12Api({ observer: (e) => events.push(e) });
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    api.LMSCommit('');
    api.LMSFinish('');
    const kinds = events.map((e) => (e.type === 'commit' ? `commit:${e.reason}` : e.fn));
    expect(kinds).to.deep.equal([
      'LMSInitialize',
      'LMSSetValue',
      'commit:commit',
      'LMSCommit',
      'commit:terminate',
      'LMSFinish',
    ]);
    const last = events[4];
    expect(last?.type === 'commit' && last.state.terminated).to.equal(true);
    expect(last?.type === 'commit' && last.state.data['cmi.core.lesson_status']).to.equal(
      'incomplete',
    );
    expect(last?.type === 'commit' && last.t).to.equal(0);
  });

  it('an observer that throws does not change what the content sees', () => {
    const api = new Scorm12Api({
      observer: () => {
        throw new Error('observer bug');
      },
    });
    expect(api.LMSInitialize('')).to.equal('true');
    expect(api.LMSGetLastError()).to.equal('0');
  });
});
