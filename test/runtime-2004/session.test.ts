// Sessions and attempts: resume through persistedState(), entry, total_time, editions, events,
// argument coercion and options (scorm-runtime.md#entry-exit-2004, #session-time,
// #edition-differences, #argument-coercion, #commit-persistence).
import { expect } from 'chai';
import {
  RuntimeOptionsError,
  Scorm2004Api,
  type PersistedState,
  type RuntimeEvent,
  type Scorm2004Options,
} from '../../runtime-2004/index.ts';
import { durationSeconds } from '../../runtime-2004/duration.ts';
import { get, running, set } from './helpers.ts';

function session(
  resume: PersistedState | undefined,
  sets: [string, string][],
  options: Scorm2004Options = {},
) {
  const api = running({ ...options, ...(resume && { resume }) });
  const seen = {
    entry: api.GetValue('cmi.entry'),
    totalTime: api.GetValue('cmi.total_time'),
    suspendData: get(api, 'cmi.suspend_data'),
  };
  for (const [element, value] of sets)
    expect(set(api, element, value), element).to.deep.equal(['true', '0']);
  api.Terminate('');
  return { seen, state: api.persistedState() };
}

describe('runtime-2004 sessions', () => {
  it('follows the CTS DMB total_time and entry vectors across seven launches', () => {
    // [session_time, exit, nav request, next entry, next total_time]
    const launches: [string | undefined, string | undefined, string | undefined, string, string][] =
      [
        ['PT01M', 'suspend', undefined, 'resume', 'PT1M'],
        ['PT0H0M0S', 'suspend', undefined, 'resume', 'PT1M'],
        ['PT01H059M020S', 'suspend', undefined, 'resume', 'PT2H20S'],
        ['PT0H05M49S', 'suspend', undefined, 'resume', 'PT2H6M9S'],
        ['PT1M', 'time-out', undefined, 'ab-initio', 'PT0H0M0S'],
        ['P0Y029DT0H', undefined, 'suspendAll', 'resume', 'P29D'],
        [undefined, 'normal', undefined, 'ab-initio', 'PT0H0M0S'],
      ];
    let state: PersistedState | undefined;
    for (const [sessionTime, exit, nav, entry, total] of launches) {
      const sets: [string, string][] = [];
      if (sessionTime) sets.push(['cmi.session_time', sessionTime]);
      if (exit) sets.push(['cmi.exit', exit]);
      if (nav) sets.push(['adl.nav.request', nav]);
      state = session(state, sets).state;
      const next = new Scorm2004Api({ resume: state });
      next.Initialize('');
      expect(next.GetValue('cmi.entry')).to.equal(entry);
      expect(durationSeconds(next.GetValue('cmi.total_time'))).to.equal(durationSeconds(total));
    }
  });

  it('resume restores the attempt; a new attempt starts fresh but keeps learner preferences', () => {
    const first = session(undefined, [
      ['cmi.location', 'p3'],
      ['cmi.suspend_data', 'visit=2'],
      ['cmi.score.scaled', '0.5'],
      ['cmi.interactions.0.id', 'i0'],
      ['cmi.interactions.1.id', 'i1'],
      ['cmi.objectives.0.id', 'o1'],
      ['cmi.learner_preference.audio_level', '3'],
      ['cmi.exit', 'suspend'],
    ]);
    expect(first.state).to.include({
      terminated: true,
      exit: 'suspend',
      version: '2004',
      edition: '4th',
    });
    const resumed = running({ resume: first.state });
    expect(get(resumed, 'cmi.entry')).to.deep.equal(['resume', '0']);
    expect(get(resumed, 'cmi.location')).to.deep.equal(['p3', '0']);
    expect(get(resumed, 'cmi.suspend_data')).to.deep.equal(['visit=2', '0']);
    expect(get(resumed, 'cmi.interactions.1.id')).to.deep.equal(['i1', '0']);
    expect(get(resumed, 'cmi.objectives.0.success_status')).to.deep.equal(['unknown', '0']);
    expect(get(resumed, 'cmi.exit')).to.deep.equal(['', '405']);
    resumed.SetValue('cmi.exit', 'normal');
    resumed.Terminate('');
    const fresh = running({ resume: resumed.persistedState() });
    expect(get(fresh, 'cmi.entry')).to.deep.equal(['ab-initio', '0']);
    expect(get(fresh, 'cmi.location')).to.deep.equal(['', '403']);
    expect(get(fresh, 'cmi.suspend_data')).to.deep.equal(['', '403']);
    expect(get(fresh, 'cmi.score.scaled')).to.deep.equal(['', '403']);
    expect(get(fresh, 'cmi.interactions._count')).to.deep.equal(['0', '0']);
    expect(get(fresh, 'cmi.learner_preference.audio_level')).to.deep.equal(['3', '0']);
  });

  it('an abnormal end (no Terminate) continues the attempt with entry ""', () => {
    const api = running();
    api.SetValue('cmi.location', 'p2');
    api.Commit('');
    const next = running({ resume: api.persistedState() });
    expect(get(next, 'cmi.entry')).to.deep.equal(['', '0']);
    expect(get(next, 'cmi.location')).to.deep.equal(['p2', '0']);
  });

  it('manifest objectives are pre-populated once and survive a resume', () => {
    const options = { objectives: ['primary', 'o2'] };
    const first = session(
      undefined,
      [
        ['cmi.objectives.1.success_status', 'passed'],
        ['cmi.exit', 'suspend'],
      ],
      options,
    );
    const api = running({ ...options, resume: first.state });
    expect(get(api, 'cmi.objectives._count')).to.deep.equal(['2', '0']);
    expect(get(api, 'cmi.objectives.1.success_status')).to.deep.equal(['passed', '0']);
    expect(set(api, 'cmi.objectives.2.id', 'o2')).to.deep.equal(['false', '351']);
  });

  it('persists on Commit and Terminate and reports every call to the observer', () => {
    const events: RuntimeEvent[] = [];
    let now = 0;
    const api = new Scorm2004Api({
      observer: (e) => events.push(e),
      clock: { now: () => (now += 10) },
    });
    expect(api.persistedState()).to.include({ terminated: false, exit: '', totalTime: 'PT0H0M0S' });
    api.Initialize('');
    api.SetValue('cmi.session_time', 'PT1M30S');
    api.SetValue('cmi.location', 'x');
    api.GetLastError();
    api.Commit('');
    const committed = api.persistedState();
    expect(committed.data['cmi.location']).to.equal('x');
    expect(committed.totalTime).to.equal('PT0H0M0S');
    api.SetValue('cmi.location', 'y');
    expect(api.persistedState().data['cmi.location']).to.equal('x');
    expect(api.snapshot()['cmi.location']).to.equal('y');
    api.Terminate('');
    expect(api.persistedState()).to.include({
      terminated: true,
      sessionTime: 'PT1M30S',
      totalTime: 'PT0H1M30S',
    });
    expect(api.persistedState().data['cmi.total_time']).to.equal('PT0H1M30S');
    const calls = events
      .filter((e) => e.type === 'call')
      .map((e) => e.type === 'call' && [e.fn, e.result, e.error]);
    expect(calls).to.deep.equal([
      ['Initialize', 'true', '0'],
      ['SetValue', 'true', '0'],
      ['SetValue', 'true', '0'],
      ['GetLastError', '0', '0'],
      ['Commit', 'true', '0'],
      ['SetValue', 'true', '0'],
      ['Terminate', 'true', '0'],
    ]);
    const commits = events.filter((e) => e.type === 'commit');
    expect(commits.map((e) => e.type === 'commit' && e.reason)).to.deep.equal([
      'commit',
      'terminate',
    ]);
    expect(events.map((e) => e.t)).to.deep.equal([...events.keys()].map((i) => (i + 1) * 10));
  });

  it('coerces non-string arguments and never throws', () => {
    const events: RuntimeEvent[] = [];
    const api = new Scorm2004Api({
      observer: (e) => {
        events.push(e);
        throw new Error('observer bug');
      },
    });
    expect(api.Initialize()).to.equal('true');
    expect(api.SetValue('cmi.score.raw', 85)).to.equal('true');
    expect(api.GetValue('cmi.score.raw')).to.equal('85');
    expect(api.SetValue('cmi.location', null)).to.equal('true');
    expect(api.GetValue('cmi.location')).to.equal('');
    expect(
      api.SetValue('cmi.location', {
        toString: () => {
          throw new Error('x');
        },
      }),
    ).to.equal('true');
    expect(api.GetValue('cmi.location')).to.equal('[unconvertible]');
    expect(api.SetValue({}, 'x')).to.equal('false');
    expect(api.GetLastError()).to.equal('401');
    expect(api.Commit(0)).to.equal('false');
    expect(api.GetLastError()).to.equal('201');
    expect(api.GetErrorString(406)).to.equal('Data Model Element Type Mismatch');
    const first = events[0];
    expect(first?.type === 'call' && first.args).to.deep.equal([]);
    const second = events[1];
    expect(second?.type === 'call' && second.args).to.deep.equal(['cmi.score.raw', '85']);
  });

  describe('editions', () => {
    it('adl.data and jump exist only in the 4th edition', () => {
      for (const edition of ['2nd', '3rd'] as const) {
        const api = running({ edition, sharedData: [{ targetId: 't' }] });
        expect(get(api, 'adl.data._count')).to.deep.equal(['', '401']);
        expect(set(api, 'adl.nav.request', '{target=a}jump')).to.deep.equal(['false', '406']);
        expect(get(api, 'adl.nav.request_valid.jump.{target=a}')).to.deep.equal(['', '401']);
        expect(set(api, 'adl.nav.request', '{target=a}choice')).to.deep.equal(['true', '0']);
      }
      const fourth = running({
        sharedData: [{ targetId: 't' }],
        requestValid: { jump: { a: 'true' } },
      });
      expect(get(fourth, 'adl.data._count')).to.deep.equal(['1', '0']);
      expect(get(fourth, 'adl.nav.request_valid.jump.{target=a}')).to.deep.equal(['true', '0']);
    });

    it('suspend_data SPM is 4000 in the 2nd edition and 64000 in the 3rd and 4th (strict SPM mode)', () => {
      const cases: [string, number][] = [
        ['2nd', 4000],
        ['3rd', 64000],
        ['4th', 64000],
      ];
      for (const [edition, spm] of cases) {
        const api = running({ edition: edition as '2nd', strictSpm: true });
        expect(set(api, 'cmi.suspend_data', 'x'.repeat(spm))).to.deep.equal(['true', '0']);
        expect(set(api, 'cmi.suspend_data', 'x'.repeat(spm + 1))).to.deep.equal(['false', '406']);
      }
    });

    it('beyond an SPM the default accepts and says so in GetDiagnostic', () => {
      const api = running({ edition: '2nd' });
      expect(set(api, 'cmi.suspend_data', 'x'.repeat(4001))).to.deep.equal(['true', '0']);
      expect(api.GetDiagnostic('')).to.contain('exceed the SPM of 4000');
    });
  });

  describe('credit and mode', () => {
    it('browse and review launches default to no-credit', () => {
      expect(get(running({ mode: 'review' }), 'cmi.credit')).to.deep.equal(['no-credit', '0']);
      expect(get(running({ mode: 'browse' }), 'cmi.mode')).to.deep.equal(['browse', '0']);
      expect(get(running({ mode: 'browse', credit: 'credit' }), 'cmi.credit')).to.deep.equal([
        'credit',
        '0',
      ]);
    });
  });

  describe('options validation', () => {
    const bad: [string, Scorm2004Options][] = [
      ['edition', { edition: '5th' as '4th' }],
      ['completionThreshold', { completionThreshold: 1.5 }],
      ['scaledPassingScore', { scaledPassingScore: -2 }],
      ['objectives', { objectives: ['a', 'a'] }],
      ['objectives', { objectives: ['a b'] }],
      ['maxTimeAllowed', { maxTimeAllowed: '01:00:00' }],
      ['learnerId', { learnerId: '' }],
      ['mode', { mode: 'preview' as 'normal' }],
      [
        'resume',
        {
          resume: {
            version: '1.2',
            data: {},
            terminated: true,
            exit: '',
            sessionTime: '',
            totalTime: '',
          },
        },
      ],
    ];
    for (const [option, options] of bad)
      it(`rejects a bad ${option}`, () => {
        expect(() => new Scorm2004Api(options)).to.throw(RuntimeOptionsError, option);
      });
  });
});
