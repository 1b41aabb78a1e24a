import { expect } from 'chai';
import { ask, profiled } from './layer-fixture.ts';

const quirksOf = (p: ReturnType<typeof profiled>) => p.deviations.map((d) => d.quirk);

describe('profile quirks', () => {
  describe('auto-complete', () => {
    it('on commit: marks a SCO that set no status completed (1.2)', () => {
      const p = profiled('1.2', [{ quirk: 'auto-complete', on: 'commit' }]);
      ask(p, 'LMSInitialize', '');
      ask(p, 'LMSCommit', '');
      expect(ask(p, 'LMSGetValue', 'cmi.core.lesson_status')).to.deep.equal(['completed', '0']);
      expect(p.deviations[0]).to.include({ quirk: 'auto-complete', fn: 'LMSCommit' });
    });

    it('leaves a SCO that set its status alone', () => {
      const p = profiled('2004', [{ quirk: 'auto-complete', on: 'commit' }]);
      ask(p, 'Initialize', '');
      ask(p, 'SetValue', 'cmi.completion_status', 'incomplete');
      ask(p, 'Commit', '');
      expect(ask(p, 'GetValue', 'cmi.completion_status')).to.deep.equal(['incomplete', '0']);
      expect(p.deviations).to.deep.equal([]);
    });

    it('on finish: 2004 persists completed where the spec leaves unknown', () => {
      const p = profiled('2004', [{ quirk: 'auto-complete', on: 'finish' }]);
      ask(p, 'Initialize', '');
      ask(p, 'Commit', '');
      ask(p, 'Terminate', '');
      const last = p.events.filter((e) => e.type === 'commit').at(-1);
      expect(last?.type === 'commit' && last.state.data['cmi.completion_status']).to.equal(
        'completed',
      );
      expect(quirksOf(p)).to.deep.equal(['auto-complete']);
    });

    it('on finish: 1.2 in normal mode is the spec itself, so nothing is reported', () => {
      const p = profiled('1.2', [{ quirk: 'auto-complete', on: 'finish' }]);
      ask(p, 'LMSInitialize', '');
      ask(p, 'LMSFinish', '');
      expect(p.deviations).to.deep.equal([]);
    });
  });

  it('untouched-status-incomplete: 1.2 LMSFinish records incomplete', () => {
    const p = profiled('1.2', [{ quirk: 'untouched-status-incomplete' }]);
    ask(p, 'LMSInitialize', '');
    ask(p, 'LMSFinish', '');
    const last = p.events.filter((e) => e.type === 'commit').at(-1);
    expect(last?.type === 'commit' && last.state.data['cmi.core.lesson_status']).to.equal(
      'incomplete',
    );
    expect(quirksOf(p)).to.deep.equal(['untouched-status-incomplete']);
  });

  const launchCases: ['1.2' | '2004', 'completed' | 'passed', string][] = [
    ['1.2', 'completed', 'cmi.core.lesson_status'],
    ['2004', 'completed', 'cmi.completion_status'],
    ['2004', 'passed', 'cmi.success_status'],
  ];
  for (const [version, value, element] of launchCases) {
    it(`status-at-launch ${value}: ${version} ${element} reads "${value}" from Initialize on`, () => {
      const p = profiled(version, [{ quirk: 'status-at-launch', value }]);
      const [init, get] =
        version === '1.2' ? ['LMSInitialize', 'LMSGetValue'] : ['Initialize', 'GetValue'];
      expect(ask(p, init, '')).to.deep.equal(['true', '0']);
      expect(ask(p, get, element)).to.deep.equal([value, '0']);
      expect(p.deviations[0]).to.include({ quirk: 'status-at-launch', fn: init });
    });
  }

  describe('empty-status', () => {
    it('unset: "" with error 0 while the status is the initial one', () => {
      const p = profiled('2004', [{ quirk: 'empty-status', when: 'unset' }]);
      ask(p, 'Initialize', '');
      expect(ask(p, 'GetValue', 'cmi.success_status')).to.deep.equal(['', '0']);
      expect(p.deviations[0]).to.include({ specResult: 'unknown', result: '' });
      ask(p, 'SetValue', 'cmi.success_status', 'passed');
      expect(ask(p, 'GetValue', 'cmi.success_status')).to.deep.equal(['passed', '0']);
    });

    it('after-commit: "" for a status once a Commit went through (Chamilo)', () => {
      const p = profiled('1.2', [{ quirk: 'empty-status', when: 'after-commit' }]);
      ask(p, 'LMSInitialize', '');
      ask(p, 'LMSSetValue', 'cmi.core.lesson_status', 'incomplete');
      expect(ask(p, 'LMSGetValue', 'cmi.core.lesson_status')).to.deep.equal(['incomplete', '0']);
      ask(p, 'LMSCommit', '');
      expect(ask(p, 'LMSGetValue', 'cmi.core.lesson_status')).to.deep.equal(['', '0']);
    });
  });

  describe('suspend-data-limit', () => {
    const long = 'x'.repeat(5000);
    it('truncate at 4096 (1.2): accepted, the first 4096 characters kept', () => {
      const p = profiled('1.2', [{ quirk: 'suspend-data-limit', length: 4096, over: 'truncate' }]);
      ask(p, 'LMSInitialize', '');
      expect(ask(p, 'LMSSetValue', 'cmi.suspend_data', long)).to.deep.equal(['true', '0']);
      expect(p.api.LMSGetValue!('cmi.suspend_data')).to.have.length(4096);
      expect(p.deviations[0]).to.include({ specResult: 'false', specError: '405', result: 'true' });
    });

    it('truncate at 1000 (2004): the spec would keep all of it', () => {
      const p = profiled('2004', [{ quirk: 'suspend-data-limit', length: 1000, over: 'truncate' }]);
      ask(p, 'Initialize', '');
      expect(ask(p, 'SetValue', 'cmi.suspend_data', long)).to.deep.equal(['true', '0']);
      expect(p.api.GetValue!('cmi.suspend_data')).to.have.length(1000);
      expect(p.deviations[0]).to.include({ specResult: 'true', specError: '0' });
    });

    it('reject at 1000 (1.2): refused with 405, the old value kept', () => {
      const p = profiled('1.2', [{ quirk: 'suspend-data-limit', length: 1000, over: 'reject' }]);
      ask(p, 'LMSInitialize', '');
      ask(p, 'LMSSetValue', 'cmi.suspend_data', 'short');
      expect(ask(p, 'LMSSetValue', 'cmi.suspend_data', 'y'.repeat(2000))).to.deep.equal([
        'false',
        '405',
      ]);
      expect(p.api.LMSGetValue!('cmi.suspend_data')).to.equal('short');
      expect(quirksOf(p)).to.deep.equal(['suspend-data-limit']);
    });

    it('reject beyond 4096 in 1.2 is what the spec does: nothing reported', () => {
      const p = profiled('1.2', [{ quirk: 'suspend-data-limit', length: 4096, over: 'reject' }]);
      ask(p, 'LMSInitialize', '');
      expect(ask(p, 'LMSSetValue', 'cmi.suspend_data', long)).to.deep.equal(['false', '405']);
      expect(p.deviations).to.deep.equal([]);
    });
  });

  describe('commit-failure', () => {
    it('every 3rd Commit fails with 391 (2004) and persists nothing', () => {
      const p = profiled('2004', [{ quirk: 'commit-failure', every: 3 }]);
      ask(p, 'Initialize', '');
      const answers = [1, 2, 3, 4, 5, 6].map(() => ask(p, 'Commit', ''));
      expect(answers.map(([r]) => r)).to.deep.equal([
        'true',
        'true',
        'false',
        'true',
        'true',
        'false',
      ]);
      expect(answers[2]).to.deep.equal(['false', '391']);
      expect(p.events.filter((e) => e.type === 'commit')).to.have.length(4);
    });

    it('after a delay every Commit fails, with the configured answer', () => {
      const p = profiled('1.2', [{ quirk: 'commit-failure', after: 60_000, error: '0' }]);
      ask(p, 'LMSInitialize', '');
      expect(ask(p, 'LMSCommit', '')).to.deep.equal(['true', '0']);
      p.clock.t = 60_000;
      expect(ask(p, 'LMSCommit', '')).to.deep.equal(['false', '0']);
      expect(p.deviations).to.have.length(1);
    });

    it('leaves Commits the spec refuses to the spec', () => {
      const p = profiled('1.2', [{ quirk: 'commit-failure', every: 1 }]);
      expect(ask(p, 'LMSCommit', '')).to.deep.equal(['false', '301']);
      expect(p.deviations).to.deep.equal([]);
    });
  });

  it('other-version-elements: a 2004 API refuses 1.2 names with the given code', () => {
    const p = profiled('2004', [{ quirk: 'other-version-elements', error: '201' }]);
    ask(p, 'Initialize', '');
    expect(ask(p, 'GetValue', 'cmi.core.lesson_status')).to.deep.equal(['', '201']);
    expect(ask(p, 'SetValue', 'cmi.core.exit', 'suspend')).to.deep.equal(['false', '201']);
    expect(ask(p, 'GetValue', 'cmi.nonsense')).to.deep.equal(['', '401']);
    expect(p.deviations.map((d) => d.specError)).to.deep.equal(['401', '401']);
  });

  it('error-code: 1.2 unknown element 401 answered 201 (Moodle)', () => {
    const p = profiled('1.2', [{ quirk: 'error-code', from: '401', to: '201' }]);
    ask(p, 'LMSInitialize', '');
    expect(ask(p, 'LMSGetValue', 'cmi.core.nonsense')).to.deep.equal(['', '201']);
    expect(p.api.LMSGetDiagnostic!('201')).to.contain('error-code');
  });

  it('error-code limited to some functions leaves the others alone', () => {
    const p = profiled('1.2', [
      { quirk: 'error-code', from: '301', to: '101', fns: ['LMSSetValue'] },
    ]);
    expect(ask(p, 'LMSGetValue', 'cmi.core.lesson_status')).to.deep.equal(['', '301']);
    expect(ask(p, 'LMSSetValue', 'cmi.core.lesson_status', 'passed')).to.deep.equal([
      'false',
      '101',
    ]);
  });

  it('reinitialize: 1.2 LMSInitialize after LMSFinish answers true, data calls stay 301', () => {
    const p = profiled('1.2', [{ quirk: 'reinitialize' }]);
    ask(p, 'LMSInitialize', '');
    ask(p, 'LMSFinish', '');
    expect(ask(p, 'LMSInitialize', '')).to.deep.equal(['true', '0']);
    expect(ask(p, 'LMSGetValue', 'cmi.core.lesson_status')).to.deep.equal(['', '301']);
    expect(p.deviations[0]).to.include({ specResult: 'false', specError: '101' });
  });

  it('slow-calls: stalls the listed calls and reports each', () => {
    const p = profiled('1.2', [{ quirk: 'slow-calls', ms: 2000, fns: ['LMSCommit'] }]);
    ask(p, 'LMSInitialize', '');
    ask(p, 'LMSCommit', '');
    expect(p.stalls).to.deep.equal([2000]);
    expect(p.deviations[0]).to.include({ fn: 'LMSCommit', detail: 'answered after 2000 ms' });
  });

  it('strict-spm: 2004 refuses a value beyond its SPM and reports the refusal', () => {
    const p = profiled('2004', [{ quirk: 'strict-spm' }]);
    ask(p, 'Initialize', '');
    const [result, error] = ask(p, 'SetValue', 'cmi.location', 'l'.repeat(1001));
    expect([result, error]).to.deep.equal(['false', '406']);
    expect(p.deviations[0]).to.include({ quirk: 'strict-spm', specResult: 'true', specError: '0' });
  });

  it('api-via-opener changes no answer', () => {
    const p = profiled('1.2', [{ quirk: 'api-via-opener' }]);
    expect(ask(p, 'LMSInitialize', '')).to.deep.equal(['true', '0']);
    expect(p.deviations).to.deep.equal([]);
  });

  describe('recorded-answers', () => {
    const recorded = {
      quirk: 'recorded-answers' as const,
      launchValues: { 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': 'page=4' },
      refused: [
        { fn: 'LMSSetValue', args: ['cmi.core.exit', 'suspend'], result: 'false', error: '101' },
      ],
      commits: [
        { result: 'true', error: '0' },
        { result: 'false', error: '101' },
      ],
    };

    it('answers launch values until the content sets the element', () => {
      const p = profiled('1.2', [recorded]);
      ask(p, 'LMSInitialize', '');
      expect(ask(p, 'LMSGetValue', 'cmi.suspend_data')).to.deep.equal(['page=4', '0']);
      ask(p, 'LMSSetValue', 'cmi.suspend_data', 'page=5');
      expect(ask(p, 'LMSGetValue', 'cmi.suspend_data')).to.deep.equal(['page=5', '0']);
      expect(p.deviations.map((d) => d.specResult)).to.deep.equal(['']);
    });

    it('refuses what the customer LMS refused, keeping the old value', () => {
      const p = profiled('1.2', [recorded]);
      ask(p, 'LMSInitialize', '');
      expect(ask(p, 'LMSSetValue', 'cmi.core.exit', 'suspend')).to.deep.equal(['false', '101']);
      expect(ask(p, 'LMSSetValue', 'cmi.core.exit', '')).to.deep.equal(['true', '0']);
      const commit = p.api.LMSCommit!('');
      expect(commit).to.equal('true');
    });

    it('answers Commits in the recorded order, then as the spec', () => {
      const p = profiled('1.2', [recorded]);
      ask(p, 'LMSInitialize', '');
      const answers = [1, 2, 3].map(() => ask(p, 'LMSCommit', ''));
      expect(answers).to.deep.equal([
        ['true', '0'],
        ['false', '101'],
        ['true', '0'],
      ]);
    });
  });
});
