// Array records: creation at _count, gaps, dependencies, uniqueness, write-once ids and LMS-made
// records (scorm-runtime.md#arrays, #objectives-2004, #interactions-data-2004, #adl-data).
import { expect } from 'chai';
import { get, running, set } from './helpers.ts';

type Step = ['set', string, string, string, string] | ['get', string, string, string];

function replay(steps: Step[], api = running()) {
  for (const step of steps) {
    const actual = step[0] === 'set' ? set(api, step[1], step[2]) : get(api, step[1]);
    const expected = step[0] === 'set' ? [step[3], step[4]] : [step[2], step[3]];
    expect(actual, `${step[0]} ${step[1]}`).to.deep.equal(expected);
  }
  return api;
}

describe('runtime-2004 arrays', () => {
  it('an empty interaction array: every field but id is 408, index gaps are 351', () => {
    const fields = [
      'type',
      'objectives.0.id',
      'timestamp',
      'weighting',
      'learner_response',
      'result',
      'latency',
      'description',
      'correct_responses.0.pattern',
    ];
    replay([
      ...fields.map((f): Step => ['set', `cmi.interactions.0.${f}`, 'x', 'false', '408']),
      ['set', 'cmi.interactions.01.timestamp', '2004-04-01', 'false', '351'],
      ['set', 'cmi.interactions.1.id', 'i1', 'false', '351'],
      ['get', 'cmi.interactions.0.id', '', '301'],
      ['get', 'cmi.interactions._count', '0', '0'],
      ['set', 'cmi.interactions.0.id', 'i0', 'true', '0'],
      ['get', 'cmi.interactions._count', '1', '0'],
      ['set', 'cmi.interactions.0.learner_response', 'true', 'false', '408'],
      ['set', 'cmi.interactions.0.correct_responses.0.pattern', 'true', 'false', '408'],
      ...[
        'type',
        'timestamp',
        'weighting',
        'learner_response',
        'result',
        'latency',
        'description',
      ].map((f): Step => ['get', `cmi.interactions.0.${f}`, '', '403']),
      ['set', 'cmi.interactions.0.type', 'true-false', 'true', '0'],
      ['set', 'cmi.interactions.0.learner_response', 'true', 'true', '0'],
      ['set', 'cmi.interactions.01.timestamp', '2004-04-01T09:45:58.2', 'false', '408'],
      ['set', 'cmi.interactions.00.timestamp', '2004-04-01T09:45:58.2', 'true', '0'],
      ['get', 'cmi.interactions.0.timestamp', '2004-04-01T09:45:58.2', '0'],
      ['get', 'cmi.interactions.0.objectives._count', '0', '0'],
      ['get', 'cmi.interactions.0.correct_responses._count', '0', '0'],
    ]);
  });

  it('interaction fields take their types', () => {
    replay([
      ['set', 'cmi.interactions.0.id', 'urn:', 'false', '406'],
      ['set', 'cmi.interactions.0.id', '', 'false', '406'],
      ['set', 'cmi.interactions.0.id', 'i0', 'true', '0'],
      ['set', 'cmi.interactions.0.type', 'true', 'false', '406'],
      ['set', 'cmi.interactions.0.type', 'other-fill-in', 'false', '406'],
      ...['correct', 'incorrect', 'unanticipated', 'neutral', '35', '-3500.043', '82.3960'].map(
        (v): Step => ['set', 'cmi.interactions.0.result', v, 'true', '0'],
      ),
      ...['wrong', '34,000.00', ''].map((v): Step => [
        'set',
        'cmi.interactions.0.result',
        v,
        'false',
        '406',
      ]),
      ['set', 'cmi.interactions.0.weighting', '-12.5', 'true', '0'],
      ['set', 'cmi.interactions.0.latency', 'PT4H15M6.34S', 'true', '0'],
      ['set', 'cmi.interactions.0.latency', '04:15:06', 'false', '406'],
      ['set', 'cmi.interactions.0.description', '{lang=en}Question 1', 'true', '0'],
      ['set', 'cmi.interactions.0.description', '{lang=}x', 'false', '406'],
    ]);
  });

  it('interaction ids may repeat and change; interaction objective ids are unique per interaction', () => {
    replay([
      ['set', 'cmi.interactions.0.id', 'DUPLICATEID', 'true', '0'],
      ['set', 'cmi.interactions.1.id', 'DUPLICATEID', 'true', '0'],
      ['set', 'cmi.interactions.1.id', 'other', 'true', '0'],
      ['set', 'cmi.interactions.0.objectives.0.id', 'DUPLICATEID', 'true', '0'],
      ['set', 'cmi.interactions.0.objectives.1.id', 'DUPLICATEID', 'false', '351'],
      ['set', 'cmi.interactions.1.objectives.0.id', 'DUPLICATEID', 'true', '0'],
      ['set', 'cmi.interactions.0.objectives.2.id', 'x', 'false', '351'],
      ['get', 'cmi.interactions.0.objectives._count', '1', '0'],
    ]);
  });

  it('objectives: id first, unique, write-once; statuses start unknown', () => {
    replay([
      ['get', 'cmi.objectives.0.id', '', '301'],
      ['set', 'cmi.objectives.0.score.scaled', '0.5', 'false', '408'],
      ['set', 'cmi.objectives.0.success_status', 'passed', 'false', '408'],
      ['set', 'cmi.objectives.0.id', 'INTID0', 'true', '0'],
      ['set', 'cmi.objectives.0.id', 'WriteOnceViolation', 'false', '351'],
      ['set', 'cmi.objectives.0.id', 'INTID0', 'true', '0'],
      ['get', 'cmi.objectives.0.success_status', 'unknown', '0'],
      ['get', 'cmi.objectives.0.completion_status', 'unknown', '0'],
      ...[
        'progress_measure',
        'description',
        'score.scaled',
        'score.raw',
        'score.min',
        'score.max',
      ].map((f): Step => ['get', `cmi.objectives.0.${f}`, '', '403']),
      ['set', 'cmi.objectives.1.id', '', 'false', '406'],
      ['set', 'cmi.objectives.1.id', 'MYID01', 'true', '0'],
      ['set', 'cmi.objectives.2.id', 'MYID01', 'false', '351'],
      ['set', 'cmi.objectives.2.id', 'urn:', 'false', '406'],
      ['set', 'cmi.objectives.2.id', 'urn:adl:lms Test/OBJ01', 'false', '406'],
      ['set', 'cmi.objectives.2.id', 'urn:adl:lmsTest/OBJ01', 'true', '0'],
      ['set', 'cmi.objectives.3.id', `urn:adl:${'x'.repeat(4100)}`, 'true', '0'],
      ...['-2.0', '-101.0', '1.0000999', '1.9'].map((v): Step => [
        'set',
        'cmi.objectives.0.score.scaled',
        v,
        'false',
        '407',
      ]),
      ['set', 'cmi.objectives.0.score.raw', 'invalid', 'false', '406'],
      ['set', 'cmi.objectives.0.completion_status', '', 'false', '406'],
      ['set', 'cmi.objectives.0.progress_measure', '1.5', 'false', '407'],
      ['set', 'cmi.objectives.0.description', '{lang=de}Ziel', 'true', '0'],
      ['get', 'cmi.objectives.0.score._children', 'scaled,raw,min,max', '0'],
      ['get', 'cmi.objectives._count', '4', '0'],
    ]);
  });

  it('comments_from_learner: any field creates a record; comments_from_lms is read-only', () => {
    replay(
      [
        ['set', 'cmi.comments_from_learner.0.location', 'page 1', 'true', '0'],
        ['get', 'cmi.comments_from_learner.0.comment', '', '403'],
        ['set', 'cmi.comments_from_learner.2.comment', 'My Comment ', 'false', '351'],
        ['set', 'cmi.comments_from_learner.0.comment', '{lang=}', 'false', '406'],
        ['set', 'cmi.comments_from_learner.0.timestamp', '', 'false', '406'],
        [
          'set',
          'cmi.comments_from_learner.0.timestamp',
          '2004-06-30T14:00:00.10+05:59',
          'true',
          '0',
        ],
        ['get', 'cmi.comments_from_learner._count', '1', '0'],
        ['get', 'cmi.comments_from_lms._count', '1', '0'],
        ['get', 'cmi.comments_from_lms.0.comment', 'Well done', '0'],
        ['get', 'cmi.comments_from_lms.0.location', '', '403'],
        ['set', 'cmi.comments_from_lms.0.comment', 'x', 'false', '404'],
        ['set', 'cmi.comments_from_lms.1.comment', 'x', 'false', '404'],
      ],
      running({ commentsFromLms: [{ comment: 'Well done' }] }),
    );
  });

  it('adl.data (4th edition): LMS-made records, read/write per map', () => {
    const api = running({
      sharedData: [
        { targetId: 'tarID1' },
        { targetId: 'tarID2', write: false, value: 'from another SCO' },
        { targetId: 'tarID3', read: false },
        { targetId: 'tarID4', read: false, write: false },
      ],
    });
    replay(
      [
        ['get', 'adl.data._count', '4', '0'],
        ['get', 'adl.data.0.id', 'tarID1', '0'],
        ['set', 'adl.data.0.id', 'ill', 'false', '404'],
        ['get', 'adl.data.0.store', '', '403'],
        ['set', 'adl.data.0.store', 'TestValue', 'true', '0'],
        ['get', 'adl.data.0.store', 'TestValue', '0'],
        ['set', 'adl.data.0.store', '', 'true', '0'],
        ['get', 'adl.data.0.store', '', '403'],
        ['get', 'adl.data.1.store', 'from another SCO', '0'],
        ['set', 'adl.data.1.store', 'TestValue', 'false', '404'],
        ['set', 'adl.data.2.store', 'TestValue_tarID3', 'true', '0'],
        ['get', 'adl.data.2.store', '', '405'],
        ['set', 'adl.data.3.store', 'illegal', 'false', '404'],
        ['get', 'adl.data.3.store', '', '405'],
        ['get', 'adl.data.10.id', '', '301'],
        ['set', 'adl.data.10.store', 'ill', 'false', '351'],
        ['set', 'adl.data.4.store', 'ill', 'false', '351'],
      ],
      api,
    );
  });
});
