// State machine and error codes of every API call in every state (scorm-runtime.md#state-model-2004,
// #api-2004, #cts-api-vectors).
import { expect } from 'chai';
import { Scorm2004Api } from '../../runtime-2004/index.ts';

type Phase = 'not-initialized' | 'running' | 'terminated';

function inPhase(phase: Phase): Scorm2004Api {
  const api = new Scorm2004Api();
  if (phase !== 'not-initialized') api.Initialize('');
  if (phase === 'terminated') api.Terminate('');
  return api;
}

type Call = (api: Scorm2004Api) => string;
const calls: Record<string, Call> = {
  'Initialize("")': (api) => api.Initialize(''),
  'Initialize("x")': (api) => api.Initialize('x'),
  'Terminate("")': (api) => api.Terminate(''),
  'Terminate("x")': (api) => api.Terminate('x'),
  'GetValue(cmi.location)': (api) => api.GetValue('cmi.location'),
  'GetValue("")': (api) => api.GetValue(''),
  'SetValue(cmi.location, a)': (api) => api.SetValue('cmi.location', 'a'),
  'SetValue("", a)': (api) => api.SetValue('', 'a'),
  'Commit("")': (api) => api.Commit(''),
  'Commit("x")': (api) => api.Commit('x'),
};

// [call, phase, result, error, phase after]
const table: [string, Phase, string, string, Phase][] = [
  ['Initialize("")', 'not-initialized', 'true', '0', 'running'],
  ['Initialize("")', 'running', 'false', '103', 'running'],
  ['Initialize("")', 'terminated', 'false', '104', 'terminated'],
  ['Initialize("x")', 'not-initialized', 'false', '201', 'not-initialized'],
  ['Initialize("x")', 'running', 'false', '201', 'running'],
  ['Initialize("x")', 'terminated', 'false', '104', 'terminated'],
  ['Terminate("")', 'not-initialized', 'false', '112', 'not-initialized'],
  ['Terminate("")', 'running', 'true', '0', 'terminated'],
  ['Terminate("")', 'terminated', 'false', '113', 'terminated'],
  ['Terminate("x")', 'not-initialized', 'false', '112', 'not-initialized'],
  ['Terminate("x")', 'running', 'false', '201', 'running'],
  ['Terminate("x")', 'terminated', 'false', '113', 'terminated'],
  ['GetValue(cmi.location)', 'not-initialized', '', '122', 'not-initialized'],
  ['GetValue(cmi.location)', 'running', '', '403', 'running'],
  ['GetValue(cmi.location)', 'terminated', '', '123', 'terminated'],
  ['GetValue("")', 'not-initialized', '', '301', 'not-initialized'],
  ['GetValue("")', 'running', '', '301', 'running'],
  ['GetValue("")', 'terminated', '', '123', 'terminated'],
  ['SetValue(cmi.location, a)', 'not-initialized', 'false', '132', 'not-initialized'],
  ['SetValue(cmi.location, a)', 'running', 'true', '0', 'running'],
  ['SetValue(cmi.location, a)', 'terminated', 'false', '133', 'terminated'],
  ['SetValue("", a)', 'not-initialized', 'false', '132', 'not-initialized'],
  ['SetValue("", a)', 'running', 'false', '351', 'running'],
  ['SetValue("", a)', 'terminated', 'false', '133', 'terminated'],
  ['Commit("")', 'not-initialized', 'false', '142', 'not-initialized'],
  ['Commit("")', 'running', 'true', '0', 'running'],
  ['Commit("")', 'terminated', 'false', '143', 'terminated'],
  ['Commit("x")', 'not-initialized', 'false', '201', 'not-initialized'],
  ['Commit("x")', 'running', 'false', '201', 'running'],
  ['Commit("x")', 'terminated', 'false', '143', 'terminated'],
];

describe('runtime-2004 API state machine', () => {
  for (const [name, phase, result, error, after] of table) {
    it(`${name} while ${phase} -> "${result}", ${error}, ${after}`, () => {
      const api = inPhase(phase);
      expect(calls[name]?.(api)).to.equal(result);
      expect(api.GetLastError()).to.equal(error);
      expect(api.state()).to.equal(after);
    });
  }

  it('support calls work in every state and never change the error', () => {
    for (const phase of ['not-initialized', 'running', 'terminated'] as const) {
      const api = inPhase(phase);
      api.Commit('bad');
      const error = api.GetLastError();
      expect(api.GetErrorString('0')).to.equal('No Error');
      expect(api.GetDiagnostic('')).to.be.a('string').with.length.below(256);
      expect(api.GetErrorString('')).to.equal('');
      expect(api.GetLastError()).to.equal(error);
    }
  });

  it('replays the CTS API.properties sequence', () => {
    const api = new Scorm2004Api();
    expect(api.GetLastError()).to.equal('0');
    expect(api.Commit('')).to.equal('false');
    expect(api.SetValue('cmi.location', 'test')).to.equal('false');
    expect(api.GetLastError()).to.equal('132');
    expect(api.Initialize('illegal')).to.equal('false');
    expect([api.GetLastError(), api.GetLastError(), api.GetLastError()]).to.deep.equal([
      '201',
      '201',
      '201',
    ]);
    expect(api.GetErrorString('')).to.equal('');
    expect(api.GetDiagnostic('')).to.have.length.below(255);
    expect(api.GetLastError()).to.equal('201');
    expect(api.Initialize('')).to.equal('true');
    expect(api.SetValue('cmi.location', 'test')).to.equal('true');
    expect(api.GetValue('cmi.location')).to.equal('test');
    expect(api.Commit('illegal')).to.equal('false');
    expect(api.Commit('')).to.equal('true');
    expect(api.GetErrorString('402')).to.equal('Unimplemented Data Model Element');
    expect(api.GetErrorString('001')).to.equal('');
    expect(api.GetErrorString('1444')).to.equal('');
    expect(api.GetDiagnostic('001')).to.equal('');
    expect(api.GetLastError()).to.equal('0');
  });

  it('has the spec string for every 2004 error code', () => {
    const api = new Scorm2004Api();
    const strings: Record<string, string> = {
      '101': 'General Exception',
      '103': 'Already Initialized',
      '104': 'Content Instance Terminated',
      '113': 'Termination After Termination',
      '122': 'Retrieve Data Before Initialization',
      '143': 'Commit After Termination',
      '201': 'General Argument Error',
      '301': 'General Get Failure',
      '351': 'General Set Failure',
      '391': 'General Commit Failure',
      '401': 'Undefined Data Model Element',
      '403': 'Data Model Element Value Not Initialized',
      '404': 'Data Model Element Is Read Only',
      '405': 'Data Model Element Is Write Only',
      '406': 'Data Model Element Type Mismatch',
      '407': 'Data Model Element Value Out Of Range',
      '408': 'Data Model Dependency Not Established',
    };
    for (const [code, text] of Object.entries(strings))
      expect(api.GetErrorString(code)).to.equal(text);
  });

  it('GetDiagnostic names the element and why the last call failed', () => {
    const api = new Scorm2004Api();
    api.Initialize('');
    api.SetValue('cmi.score.scaled', '1.5');
    expect(api.GetDiagnostic('')).to.contain('cmi.score.scaled').and.contain('above the maximum 1');
    expect(api.GetDiagnostic('407')).to.equal(api.GetDiagnostic(''));
    expect(api.GetDiagnostic('406')).to.equal('Data Model Element Type Mismatch');
  });
});
