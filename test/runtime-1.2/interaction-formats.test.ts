// CMIFeedback per interaction type (ref: scorm-runtime.md#interactions-12). Format checks are the
// opt-in 'format' mode; the default checks length only (reference section 18), formats go to lint.
import { expect } from 'chai';
import { running, set } from './session.ts';

interface Row {
  type: string;
  validResponses: string[];
  invalidResponses: string[];
  validPatterns: string[];
  invalidPatterns: string[];
}

const rows: Row[] = [
  {
    type: 'true-false',
    validResponses: ['0', '1', 't', 'f'],
    invalidResponses: ['true', 'T', '2', ''],
    validPatterns: ['t', '0'],
    invalidPatterns: ['yes'],
  },
  {
    type: 'choice',
    validResponses: ['a', 'a,c', '3', 'z,0,9'],
    invalidResponses: ['choice_1', 'a,,b', 'A', 'a;b', 'ab', ''],
    validPatterns: ['a', 'a,b', '{a,b}'],
    invalidPatterns: ['{a,b', '{}', 'a b'],
  },
  {
    type: 'fill-in',
    validResponses: ['photosynthesis', ' spaced out ', ''],
    invalidResponses: ['x'.repeat(256)],
    validPatterns: ['any text'],
    invalidPatterns: ['x'.repeat(256)],
  },
  {
    type: 'numeric',
    validResponses: ['2.5', '-4', '0'],
    invalidResponses: ['two', '2,5', '1e3'],
    validPatterns: ['10'],
    invalidPatterns: ['ten'],
  },
  {
    type: 'likert',
    validResponses: ['3', 'a'],
    invalidResponses: ['10', 'strongly agree', ''],
    validPatterns: ['5'],
    invalidPatterns: ['5,4'],
  },
  {
    type: 'matching',
    validResponses: ['1.a', '1.a,2.c'],
    invalidResponses: ['1-a', '1.a,2', 'a'],
    validPatterns: ['1.a,2.b', '{1.a,2.b}'],
    invalidPatterns: ['1.ab'],
  },
  {
    type: 'performance',
    validResponses: ['step 1 then 2', ''],
    invalidResponses: ['x'.repeat(256)],
    validPatterns: ['anything'],
    invalidPatterns: ['x'.repeat(256)],
  },
  {
    type: 'sequencing',
    validResponses: ['c,a,b', 'a'],
    invalidResponses: ['c a b', 'cab', ''],
    validPatterns: ['a,b,c'],
    invalidPatterns: ['{a,b}'],
  },
];

const show = (v: string) => JSON.stringify(v.length > 20 ? `${v.length} chars` : v);

describe('runtime-1.2 interaction responses by type', () => {
  for (const row of rows) {
    describe(row.type, () => {
      const cases: Array<[string, string, boolean]> = [
        ...row.validResponses.map((v): [string, string, boolean] => ['student_response', v, true]),
        ...row.invalidResponses.map((v): [string, string, boolean] => [
          'student_response',
          v,
          false,
        ]),
        ...row.validPatterns.map((v): [string, string, boolean] => [
          'correct_responses.0.pattern',
          v,
          true,
        ]),
        ...row.invalidPatterns.map((v): [string, string, boolean] => [
          'correct_responses.0.pattern',
          v,
          false,
        ]),
      ];
      for (const [field, value, valid] of cases) {
        it(`${field} ${show(value)} -> ${valid ? 'accepted' : '405'}`, () => {
          const api = running({ feedbackCheck: 'format' });
          set(api, 'cmi.interactions.0.type', row.type);
          expect(set(api, `cmi.interactions.0.${field}`, value)).to.deep.equal(
            valid ? ['true', '0'] : ['false', '405'],
          );
        });
      }
    });
  }

  it("the format follows the record's own type", () => {
    const api = running({ feedbackCheck: 'format' });
    set(api, 'cmi.interactions.0.type', 'true-false');
    set(api, 'cmi.interactions.1.type', 'fill-in');
    expect(set(api, 'cmi.interactions.1.student_response', 'photosynthesis')).to.deep.equal([
      'true',
      '0',
    ]);
    expect(set(api, 'cmi.interactions.0.student_response', 'photosynthesis')).to.deep.equal([
      'false',
      '405',
    ]);
  });

  it('by default only the 255-character limit is enforced, as the ADL 1.2 RTE and Moodle do', () => {
    const api = running();
    set(api, 'cmi.interactions.0.type', 'choice');
    expect(set(api, 'cmi.interactions.0.student_response', 'choice_1')).to.deep.equal([
      'true',
      '0',
    ]);
    expect(set(api, 'cmi.interactions.0.student_response', 'x'.repeat(256))).to.deep.equal([
      'false',
      '405',
    ]);
  });
});
