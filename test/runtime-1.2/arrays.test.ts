// Arrays, indexes and _count (ref: scorm-runtime.md#arrays, #interactions-data-12).
import { expect } from 'chai';
import { get, running, set } from './session.ts';

describe('runtime-1.2 arrays', () => {
  it('_count starts at 0 and a set at n = _count creates record n', () => {
    const api = running();
    expect(get(api, 'cmi.objectives._count')).to.deep.equal(['0', '0']);
    expect(set(api, 'cmi.objectives.0.id', 'o1')).to.deep.equal(['true', '0']);
    expect(get(api, 'cmi.objectives._count')).to.deep.equal(['1', '0']);
    expect(set(api, 'cmi.objectives.1.id', 'o2')).to.deep.equal(['true', '0']);
    expect(get(api, 'cmi.objectives._count')).to.deep.equal(['2', '0']);
  });

  it('1.2 has no dependency rule: any field may create the record', () => {
    const api = running();
    expect(set(api, 'cmi.objectives.0.score.raw', '50')).to.deep.equal(['true', '0']);
    expect(set(api, 'cmi.interactions.0.result', 'correct')).to.deep.equal(['true', '0']);
    expect(get(api, 'cmi.objectives._count')[0]).to.equal('1');
    expect(get(api, 'cmi.interactions._count')[0]).to.equal('1');
  });

  it('a set that skips an index is 201 and creates nothing', () => {
    const api = running();
    expect(set(api, 'cmi.objectives.1.id', 'o2')).to.deep.equal(['false', '201']);
    expect(set(api, 'cmi.interactions.3.id', 'q4')).to.deep.equal(['false', '201']);
    expect(api.LMSGetDiagnostic('')).to.contain('cmi.interactions._count is 0');
    expect(get(api, 'cmi.objectives._count')[0]).to.equal('0');
    expect(get(api, 'cmi.interactions._count')[0]).to.equal('0');
  });

  it('a get at n >= _count is 201', () => {
    const api = running();
    expect(get(api, 'cmi.objectives.0.id')).to.deep.equal(['', '201']);
    set(api, 'cmi.objectives.0.id', 'o1');
    expect(get(api, 'cmi.objectives.0.id')).to.deep.equal(['o1', '0']);
    expect(get(api, 'cmi.objectives.1.id')).to.deep.equal(['', '201']);
    expect(get(api, 'cmi.objectives.1.score._children')).to.deep.equal(['', '201']);
  });

  it('a failed set does not leave a record behind', () => {
    const api = running();
    expect(set(api, 'cmi.objectives.0.id', 'not an id')).to.deep.equal(['false', '405']);
    expect(get(api, 'cmi.objectives._count')[0]).to.equal('0');
    expect(set(api, 'cmi.interactions.0.objectives.0.id', 'bad id')).to.deep.equal([
      'false',
      '405',
    ]);
    expect(get(api, 'cmi.interactions._count')[0]).to.equal('0');
  });

  it('records of records: interactions.n.objectives and correct_responses count per interaction', () => {
    const api = running();
    expect(set(api, 'cmi.interactions.0.objectives.0.id', 'o1')).to.deep.equal(['true', '0']);
    expect(set(api, 'cmi.interactions.0.objectives.1.id', 'o2')).to.deep.equal(['true', '0']);
    expect(set(api, 'cmi.interactions.1.correct_responses.0.pattern', 'a')).to.deep.equal([
      'true',
      '0',
    ]);
    expect(get(api, 'cmi.interactions._count')).to.deep.equal(['2', '0']);
    expect(get(api, 'cmi.interactions.0.objectives._count')).to.deep.equal(['2', '0']);
    expect(get(api, 'cmi.interactions.0.correct_responses._count')).to.deep.equal(['0', '0']);
    expect(get(api, 'cmi.interactions.1.correct_responses._count')).to.deep.equal(['1', '0']);
    expect(get(api, 'cmi.interactions.1.objectives._count')).to.deep.equal(['0', '0']);
    expect(set(api, 'cmi.interactions.1.objectives.1.id', 'o2')).to.deep.equal(['false', '201']);
  });

  it('the _count of a record that does not exist is 201', () => {
    expect(get(running(), 'cmi.interactions.0.objectives._count')).to.deep.equal(['', '201']);
  });

  it('interactions.n.objectives and correct_responses have no _children (202)', () => {
    const api = running();
    set(api, 'cmi.interactions.0.id', 'q1');
    expect(get(api, 'cmi.interactions.0.objectives._children')).to.deep.equal(['', '202']);
    expect(get(api, 'cmi.interactions.0.correct_responses._children')).to.deep.equal(['', '202']);
  });

  it('overwriting a field of an existing record is allowed, including an objective id', () => {
    const api = running();
    set(api, 'cmi.objectives.0.id', 'o1');
    expect(set(api, 'cmi.objectives.0.id', 'o9')).to.deep.equal(['true', '0']);
    expect(get(api, 'cmi.objectives.0.id')).to.deep.equal(['o9', '0']);
    expect(get(api, 'cmi.objectives._count')[0]).to.equal('1');
  });

  it('duplicate interaction ids across records are allowed', () => {
    const api = running();
    expect(set(api, 'cmi.interactions.0.id', 'q1')).to.deep.equal(['true', '0']);
    expect(set(api, 'cmi.interactions.1.id', 'q1')).to.deep.equal(['true', '0']);
  });

  it('an index is decimal digits; leading zeros name the same record', () => {
    const api = running();
    set(api, 'cmi.objectives.0.id', 'o1');
    expect(get(api, 'cmi.objectives.00.id')).to.deep.equal(['o1', '0']);
    expect(get(api, 'cmi.objectives.0x0.id')).to.deep.equal(['', '401']);
  });
});
