// Keywords and element names (ref: scorm-runtime.md#keywords-12, #not-in-12, #error-decision-table).
import { expect } from 'chai';
import { get, running, set } from './session.ts';

const children: Array<[string, string]> = [
  [
    'cmi._children',
    'core,suspend_data,launch_data,comments,objectives,student_data,student_preference,interactions',
  ],
  [
    'cmi.core._children',
    'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time',
  ],
  ['cmi.core.score._children', 'raw,min,max'],
  ['cmi.objectives._children', 'id,score,status'],
  ['cmi.student_data._children', 'mastery_score,max_time_allowed,time_limit_action'],
  ['cmi.student_preference._children', 'audio,language,speed,text'],
  [
    'cmi.interactions._children',
    'id,objectives,time,type,correct_responses,weighting,student_response,result,latency',
  ],
];

// Lists may come in any order, so compare them as sets.
const sorted = (list: string) => list.split(',').sort();

describe('runtime-1.2 keywords', () => {
  it('cmi._version is "3.4"', () => {
    expect(get(running(), 'cmi._version')).to.deep.equal(['3.4', '0']);
  });

  for (const [element, list] of children) {
    it(`${element} lists ${list}`, () => {
      const [value, error] = get(running(), element);
      expect(error).to.equal('0');
      expect(sorted(value)).to.deep.equal(sorted(list));
    });
  }

  it('cmi.objectives.n.score._children is raw,min,max once the objective exists', () => {
    const api = running();
    set(api, 'cmi.objectives.0.id', 'o1');
    expect(sorted(get(api, 'cmi.objectives.0.score._children')[0])).to.deep.equal([
      'max',
      'min',
      'raw',
    ]);
  });

  const keywordSets = [
    'cmi._version',
    'cmi._children',
    'cmi.core._children',
    'cmi.core.score._children',
    'cmi.objectives._children',
    'cmi.objectives._count',
    'cmi.interactions._count',
    'cmi.student_data._children',
    'cmi.student_preference._children',
    'cmi.interactions._children',
  ];
  for (const element of keywordSets) {
    it(`LMSSetValue("${element}") is "false", 402`, () => {
      expect(set(running(), element, '1')).to.deep.equal(['false', '402']);
    });
  }

  for (const element of [
    'cmi.core.lesson_status._children',
    'cmi.suspend_data._children',
    'cmi.core.score.raw._children',
  ]) {
    it(`${element}: the element has no children -> 202`, () => {
      expect(get(running(), element)).to.deep.equal(['', '202']);
    });
  }

  for (const element of [
    'cmi._count',
    'cmi.core._count',
    'cmi.core.score._count',
    'cmi.suspend_data._count',
    'cmi.student_data._count',
  ]) {
    it(`${element}: not an array -> 203`, () => {
      expect(get(running(), element)).to.deep.equal(['', '203']);
    });
  }
});

describe('runtime-1.2 element names', () => {
  const unknown = [
    'cmi.core.foo',
    // 2004 names do not exist in 1.2.
    'cmi.score.raw',
    'cmi.location',
    'cmi.session_time',
    'cmi.completion_status',
    'cmi.core.score.scaled',
    'cmi.interactions.0.learner_response',
    // Case-sensitive.
    'cmi.Core.lesson_status',
    'CMI.core.lesson_status',
    // Categories and arrays are not elements; an incomplete or malformed path is not one either.
    'cmi',
    'cmi.core',
    'cmi.objectives',
    'cmi.objectives.0',
    'foo.bar',
    'cmi..core',
    'cmi.core.lesson_status.',
    'cmi.objectives.n.id',
    'cmi.objectives.-1.id',
    'cmi.core._version',
    '_count',
  ];
  for (const element of unknown) {
    it(`"${element}" is not implemented: get "" / 401, set "false" / 401`, () => {
      const api = running();
      expect(get(api, element)).to.deep.equal(['', '401']);
      expect(set(api, element, 'x')).to.deep.equal(['false', '401']);
    });
  }

  it('an empty element name is an invalid argument (201)', () => {
    const api = running();
    expect(get(api, '')).to.deep.equal(['', '201']);
    expect(set(api, '', 'x')).to.deep.equal(['false', '201']);
  });
});
