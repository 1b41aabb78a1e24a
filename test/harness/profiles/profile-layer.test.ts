import { expect } from 'chai';
import { Scorm12Api, type RuntimeEvent } from '../../../runtime-1.2/index.ts';
import { ask, profiled } from './layer-fixture.ts';

describe('profile layer', () => {
  it('with no quirks answers and records exactly what the spec runtime does', () => {
    const spec: RuntimeEvent[] = [];
    const bare = new Scorm12Api({ observer: (e) => spec.push(e) });
    const p = profiled('1.2', []);
    const script: [string, ...unknown[]][] = [
      ['LMSGetValue', 'cmi.core.lesson_status'],
      ['LMSInitialize', ''],
      ['LMSSetValue', 'cmi.core.lesson_status', 'bogus'],
      ['LMSGetLastError'],
      ['LMSGetDiagnostic', ''],
      ['LMSSetValue', 'cmi.core.score.raw', 85],
      ['LMSGetValue', 'cmi.core.score.raw'],
      ['LMSCommit', ''],
      ['LMSFinish', ''],
    ];
    for (const [fn, ...args] of script) {
      const bareApi = bare as unknown as Record<string, (...a: unknown[]) => string>;
      expect(p.api[fn]!(...args), fn).to.equal(bareApi[fn]!(...args));
    }
    expect(p.events).to.deep.equal(spec);
    expect(p.deviations).to.deep.equal([]);
  });

  it('exposes the eight functions of each version and works detached', () => {
    expect(Object.keys(profiled('2004', []).api)).to.have.members([
      'Initialize',
      'Terminate',
      'GetValue',
      'SetValue',
      'Commit',
      'GetLastError',
      'GetErrorString',
      'GetDiagnostic',
    ]);
    const { Initialize } = profiled('2004', []).api;
    expect(Initialize!('')).to.equal('true');
  });

  it("makes GetLastError and GetDiagnostic answer for the quirk's error until the next call", () => {
    const p = profiled('1.2', [{ quirk: 'commit-failure', every: 1 }]);
    ask(p, 'LMSInitialize', '');
    expect(ask(p, 'LMSCommit', '')).to.deep.equal(['false', '101']);
    expect(p.api.LMSGetDiagnostic!('')).to.contain('commit-failure');
    expect(p.api.LMSGetErrorString!('101')).to.equal('General Exception');
    expect(ask(p, 'LMSGetValue', 'cmi.core.lesson_status')).to.deep.equal(['not attempted', '0']);
  });

  it('records the call as the content saw it, then the deviation', () => {
    const p = profiled('1.2', [{ quirk: 'commit-failure', every: 1 }]);
    ask(p, 'LMSInitialize', '');
    p.clock.t = 1500;
    ask(p, 'LMSCommit', '');
    const commit = p.events.find((e) => e.type === 'call' && e.fn === 'LMSCommit');
    expect(commit).to.deep.include({ result: 'false', error: '101', t: 1500 });
    expect(p.deviations).to.deep.equal([
      {
        quirk: 'commit-failure',
        fn: 'LMSCommit',
        args: [''],
        specResult: 'true',
        specError: '0',
        result: 'false',
        error: '101',
        detail: 'Commit 1 refused: nothing was persisted',
      },
    ]);
    expect(p.events.filter((e) => e.type === 'commit')).to.have.length(0);
  });
});
