// Relaunch from persistedState() (ref: scorm-runtime.md#entry-exit-12, the runtime contract's resume option).
import { expect } from 'chai';
import { Scorm12Api, type PersistedState } from '../../runtime-1.2/index.ts';
import { get, running, set } from './session.ts';

function firstSession(exit: string | undefined): PersistedState {
  const api = running({ learnerId: 'u1' });
  set(api, 'cmi.core.lesson_status', 'incomplete');
  set(api, 'cmi.core.lesson_location', 'page-4');
  set(api, 'cmi.suspend_data', '{"step":4}');
  set(api, 'cmi.core.score.raw', '40');
  set(api, 'cmi.objectives.0.id', 'o1');
  set(api, 'cmi.objectives.0.status', 'passed');
  set(api, 'cmi.interactions.0.id', 'q1');
  set(api, 'cmi.student_preference.audio', '50');
  set(api, 'cmi.comments', 'hard');
  if (exit !== undefined) set(api, 'cmi.core.exit', exit);
  api.LMSFinish('');
  return api.persistedState();
}

describe('runtime-1.2 resume', () => {
  it('a first launch has entry ab-initio', () => {
    expect(get(running(), 'cmi.core.entry')).to.deep.equal(['ab-initio', '0']);
  });

  it('after exit "suspend": entry resume, and everything comes back', () => {
    const api = running({ resume: firstSession('suspend'), learnerId: 'u1' });
    expect(get(api, 'cmi.core.entry')).to.deep.equal(['resume', '0']);
    expect(get(api, 'cmi.core.lesson_location')).to.deep.equal(['page-4', '0']);
    expect(get(api, 'cmi.suspend_data')).to.deep.equal(['{"step":4}', '0']);
    expect(get(api, 'cmi.core.lesson_status')).to.deep.equal(['incomplete', '0']);
    expect(get(api, 'cmi.core.score.raw')).to.deep.equal(['40', '0']);
    expect(get(api, 'cmi.objectives._count')).to.deep.equal(['1', '0']);
    expect(get(api, 'cmi.objectives.0.status')).to.deep.equal(['passed', '0']);
    expect(get(api, 'cmi.interactions._count')).to.deep.equal(['1', '0']);
    expect(get(api, 'cmi.student_preference.audio')).to.deep.equal(['50', '0']);
    expect(get(api, 'cmi.comments')).to.deep.equal(['hard', '0']);
  });

  for (const exit of ['', 'logout', 'time-out', undefined]) {
    it(`after exit ${exit === undefined ? 'never set' : JSON.stringify(exit)}: entry "", location and suspend_data start empty`, () => {
      const api = running({ resume: firstSession(exit) });
      expect(get(api, 'cmi.core.entry')).to.deep.equal(['', '0']);
      expect(get(api, 'cmi.core.lesson_location')).to.deep.equal(['', '0']);
      expect(get(api, 'cmi.suspend_data')).to.deep.equal(['', '0']);
      expect(get(api, 'cmi.core.lesson_status')).to.deep.equal(['incomplete', '0']);
      expect(get(api, 'cmi.objectives._count')).to.deep.equal(['1', '0']);
    });
  }

  it('exit and session_time start empty in the new session', () => {
    const api = running({ resume: firstSession('suspend') });
    api.LMSCommit('');
    expect(api.persistedState().exit).to.equal('');
    expect(api.persistedState().sessionTime).to.equal('');
  });

  it('LMS-supplied values come from the new launch, not from the previous state', () => {
    const api = running({
      resume: firstSession('suspend'),
      learnerId: 'u2',
      credit: 'no-credit',
      launchData: 'L',
    });
    expect(get(api, 'cmi.core.student_id')).to.deep.equal(['u2', '0']);
    expect(get(api, 'cmi.core.credit')).to.deep.equal(['no-credit', '0']);
    expect(get(api, 'cmi.launch_data')).to.deep.equal(['L', '0']);
  });

  it('restores records in index order whatever the order of the keys', () => {
    const api = running();
    for (let i = 0; i < 12; i++) set(api, `cmi.objectives.${i}.id`, `o${i}`);
    set(api, 'cmi.core.exit', 'suspend');
    api.LMSFinish('');
    const state = api.persistedState();
    const reversed = Object.fromEntries(Object.entries(state.data).reverse());
    const next = running({ resume: { ...state, data: reversed } });
    expect(get(next, 'cmi.objectives._count')).to.deep.equal(['12', '0']);
    expect(get(next, 'cmi.objectives.10.id')).to.deep.equal(['o10', '0']);
  });

  it('persistedState() is the launch state before any commit, and only what was committed after one', () => {
    const api = running();
    expect(api.persistedState()).to.include({
      version: '1.2',
      terminated: false,
      exit: '',
      totalTime: '0000:00:00.00',
    });
    expect(api.persistedState().data['cmi.core.lesson_status']).to.equal('not attempted');
    set(api, 'cmi.suspend_data', 'a');
    api.LMSCommit('');
    set(api, 'cmi.suspend_data', 'b');
    expect(api.persistedState().data['cmi.suspend_data']).to.equal('a');
    expect(api.snapshot()['cmi.suspend_data']).to.equal('b');
    expect(api.persistedState().terminated).to.equal(false);
  });

  it('persistedState() has no keywords, and returns a copy', () => {
    const api = running();
    const state = api.persistedState();
    expect(Object.keys(state.data).filter((k) => k.includes('._'))).to.deep.equal([]);
    state.data['cmi.suspend_data'] = 'changed';
    expect(api.persistedState().data['cmi.suspend_data']).to.equal('');
  });

  it('refuses a 2004 state, an unknown element and a bad total time', () => {
    const good = firstSession('suspend');
    expect(() => new Scorm12Api({ resume: { ...good, version: '2004' } })).to.throw(
      TypeError,
      /2004/,
    );
    expect(() => new Scorm12Api({ resume: { ...good, data: { 'cmi.location': 'x' } } })).to.throw(
      TypeError,
      /cmi\.location/,
    );
    expect(
      () => new Scorm12Api({ resume: { ...good, data: { 'cmi.objectives.3.id': 'x' } } }),
    ).to.throw(TypeError, /cmi\.objectives/);
    expect(() => new Scorm12Api({ resume: { ...good, totalTime: 'PT1H' } })).to.throw(
      TypeError,
      /totalTime/,
    );
  });
});
