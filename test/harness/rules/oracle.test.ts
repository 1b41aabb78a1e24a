import { expect } from 'chai';
import { oracle12 } from '../../../harness/rules/oracle-12.ts';
import { oracle2004 } from '../../../harness/rules/oracle-2004.ts';
import type { Oracle } from '../../../harness/rules/verdict.ts';

const none = () => undefined;
const o2004 = oracle2004('4th');

/** [oracle, element, value, expected code, expected kind]; undefined code = depends on the session. */
const SETS: Array<[string, Oracle, string, string, string | undefined, string | undefined]> = [
  ['1.2', oracle12, 'cmi.core.exit', 'normal', '405', 'vocabulary'],
  ['1.2', oracle12, 'cmi.core.exit', 'suspend', '0', undefined],
  ['1.2', oracle12, 'cmi.core.score.raw', '101', '405', 'range'],
  ['1.2', oracle12, 'cmi.suspend_data', 'x'.repeat(4097), '405', 'length'],
  ['1.2', oracle12, 'cmi.core.total_time', '0000:01:00', '403', 'read-only'],
  ['1.2', oracle12, 'cmi.objectives._count', '1', '402', 'keyword'],
  ['1.2', oracle12, 'cmi.score.raw', '50', '401', 'unknown'],
  ['1.2', oracle12, 'cmi.objectives.7.id', 'obj 1', '405', 'type'],
  ['1.2', oracle12, 'cmi.interactions.3.result', 'wrong', '0', undefined],
  ['2004', o2004, 'cmi.interactions.3.result', 'wrong', '406', 'vocabulary'],
  ['2004', o2004, 'cmi.score.scaled', '1.5', '407', 'range'],
  ['2004', o2004, 'cmi.session_time', '00:01:00', '406', 'type'],
  ['2004', o2004, 'cmi.credit', 'no-credit', '404', 'read-only'],
  ['2004', o2004, 'cmi.objectives._count', '1', '404', 'keyword'],
  ['2004', o2004, 'cmi.objectives.4.score.scaled', '0.5', '0', undefined],
  ['2004', o2004, 'cmi.interactions.0.learner_response', 'true', undefined, undefined],
];

describe('oracles (our runtimes judging one call)', () => {
  for (const [version, oracle, element, value, code, kind] of SETS) {
    it(`${version} SetValue(${element}, ${value.slice(0, 12)}) → ${code ?? 'undetermined'}`, () => {
      const verdict = oracle.set(element, value, none);
      expect(verdict?.code).to.equal(code);
      expect(verdict?.kind).to.equal(kind);
    });
  }

  it('2004: suspend_data over the edition’s SPM is accepted and marked', () => {
    expect(oracle2004('2nd').set('cmi.suspend_data', 'x'.repeat(4001), none)).to.include({
      code: '0',
      overSpm: true,
    });
    expect(oracle2004('3rd').set('cmi.suspend_data', 'x'.repeat(4001), none)?.overSpm).to.equal(
      false,
    );
  });

  it('uses a known interaction type to judge responses', () => {
    const typed = (element: string) =>
      element === 'cmi.interactions.2.type' ? 'true-false' : undefined;
    expect(o2004.set('cmi.interactions.2.learner_response', 'yes', typed)?.code).to.equal('406');
    // 1.2 LMSs check CMIFeedback's length only; the format is interaction-response-format's.
    expect(oracle12.set('cmi.interactions.2.student_response', 'yes', typed)?.code).to.equal('0');
  });

  it('gets: write-only, keyword misuse, unknown; records are the session’s business', () => {
    expect(oracle12.get('cmi.core.session_time')?.kind).to.equal('write-only');
    expect(oracle12.get('cmi.core.lesson_status._children')?.kind).to.equal('keyword');
    expect(oracle12.get('cmi.objectives.3.id')).to.equal(undefined);
    expect(o2004.get('cmi.exit')?.kind).to.equal('write-only');
    expect(o2004.get('cmi.location._count')?.kind).to.equal('keyword');
    expect(o2004.get('cmi.core.exit')?.kind).to.equal('unknown');
    expect(o2004.get('cmi.objectives.5.id')?.code).to.equal('0');
  });

  it('holds: what an LMS may answer to a successful GetValue', () => {
    expect(oracle12.holds('cmi.core.lesson_status', 'not attempted', none)).to.equal(true);
    expect(oracle12.holds('cmi.core.lesson_status', '', none)).to.equal(false);
    expect(oracle12.holds('cmi.core.credit', 'credit', none)).to.equal(true);
    expect(o2004.holds('cmi.completion_status', '', none)).to.equal(false);
    expect(o2004.holds('cmi.learner_id', 'anything', none)).to.equal(undefined);
  });
});
