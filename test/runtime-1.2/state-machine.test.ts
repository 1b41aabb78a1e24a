// The 1.2 state machine: every function in every state (ref: scorm-runtime.md#state-model-12, #api-12).
import { expect } from 'chai';
import { Scorm12Api } from '../../runtime-1.2/index.ts';
import { apiIn, type ApiStateName } from './session.ts';

type ApiFunction = 'LMSInitialize' | 'LMSFinish' | 'LMSGetValue' | 'LMSSetValue' | 'LMSCommit';
type Call = [fn: ApiFunction, ...args: unknown[]];

interface Row {
  call: Call;
  /** [result, error code] in not-initialized, running, terminated. */
  expected: Record<ApiStateName, [string, string]>;
}

const rows: Row[] = [
  {
    call: ['LMSInitialize', ''],
    // Re-initialize while running: 101; after LMSFinish: the reference's default "false"/101.
    expected: {
      'not-initialized': ['true', '0'],
      running: ['false', '101'],
      terminated: ['false', '101'],
    },
  },
  {
    call: ['LMSFinish', ''],
    expected: {
      'not-initialized': ['false', '301'],
      running: ['true', '0'],
      terminated: ['false', '301'],
    },
  },
  {
    call: ['LMSGetValue', 'cmi.core.lesson_status'],
    expected: {
      'not-initialized': ['', '301'],
      running: ['not attempted', '0'],
      terminated: ['', '301'],
    },
  },
  {
    call: ['LMSSetValue', 'cmi.core.lesson_status', 'incomplete'],
    expected: {
      'not-initialized': ['false', '301'],
      running: ['true', '0'],
      terminated: ['false', '301'],
    },
  },
  {
    call: ['LMSCommit', ''],
    expected: {
      'not-initialized': ['false', '301'],
      running: ['true', '0'],
      terminated: ['false', '301'],
    },
  },
  // A non-"" argument to LMSInitialize/LMSFinish/LMSCommit is 201, checked before the state (Moodle's order).
  {
    call: ['LMSInitialize', 'x'],
    expected: {
      'not-initialized': ['false', '201'],
      running: ['false', '201'],
      terminated: ['false', '201'],
    },
  },
  {
    call: ['LMSFinish', 'x'],
    expected: {
      'not-initialized': ['false', '201'],
      running: ['false', '201'],
      terminated: ['false', '201'],
    },
  },
  {
    call: ['LMSCommit', 'false'],
    expected: {
      'not-initialized': ['false', '201'],
      running: ['false', '201'],
      terminated: ['false', '201'],
    },
  },
  // Empty element name: 201 when initialized; 301 wins before.
  {
    call: ['LMSGetValue', ''],
    expected: { 'not-initialized': ['', '301'], running: ['', '201'], terminated: ['', '301'] },
  },
  {
    call: ['LMSSetValue', '', 'x'],
    expected: {
      'not-initialized': ['false', '301'],
      running: ['false', '201'],
      terminated: ['false', '301'],
    },
  },
];

describe('runtime-1.2 state machine', () => {
  for (const { call, expected } of rows) {
    const [fn, ...args] = call;
    for (const state of ['not-initialized', 'running', 'terminated'] as const) {
      it(`${fn}(${args.map((a) => JSON.stringify(a)).join(', ')}) when ${state} -> ${expected[state].join(' / ')}`, () => {
        const api = apiIn(state);
        const result = api[fn](...args);
        expect([result, api.LMSGetLastError()]).to.deep.equal(expected[state]);
      });
    }
  }

  it('moves not-initialized -> running -> terminated and never back', () => {
    const api = new Scorm12Api();
    expect(api.state()).to.equal('not-initialized');
    api.LMSInitialize('');
    expect(api.state()).to.equal('running');
    api.LMSFinish('');
    expect(api.state()).to.equal('terminated');
    api.LMSInitialize('');
    expect(api.state()).to.equal('terminated');
  });

  it('a failed LMSInitialize leaves the API not initialized', () => {
    const api = new Scorm12Api();
    expect(api.LMSInitialize('x')).to.equal('false');
    expect(api.state()).to.equal('not-initialized');
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('');
    expect(api.LMSGetLastError()).to.equal('301');
  });

  it('each data call resets the error to 0 when it succeeds', () => {
    const api = apiIn('running');
    api.LMSSetValue('cmi.core.score.raw', '500');
    expect(api.LMSGetLastError()).to.equal('405');
    expect(api.LMSGetValue('cmi.core.score.raw')).to.equal('');
    expect(api.LMSGetLastError()).to.equal('0');
  });

  it('the support functions work in every state and never change the error', () => {
    for (const state of ['not-initialized', 'running', 'terminated'] as const) {
      const api = apiIn(state);
      api.LMSCommit('x');
      expect(api.LMSGetLastError()).to.equal('201');
      expect(api.LMSGetErrorString('201')).to.equal('Invalid argument error');
      expect(api.LMSGetDiagnostic('')).to.not.equal('');
      expect(api.LMSGetErrorString('999')).to.equal('');
      expect(api.LMSGetLastError()).to.equal('201');
    }
  });

  it('LMSGetLastError is "0" before any call', () => {
    expect(new Scorm12Api().LMSGetLastError()).to.equal('0');
  });
});
