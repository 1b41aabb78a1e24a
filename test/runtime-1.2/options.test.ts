// Launch options: each LMS-supplied value lands in its element and is checked against its type.
import { expect } from 'chai';
import { Scorm12Api, type Scorm12Options } from '../../runtime-1.2/index.ts';
import { get, running } from './session.ts';

describe('runtime-1.2 options', () => {
  const supplied: Array<[Scorm12Options, string, string]> = [
    [{ learnerId: 'u-42' }, 'cmi.core.student_id', 'u-42'],
    [{ learnerName: 'Doe, Jane' }, 'cmi.core.student_name', 'Doe, Jane'],
    [{ credit: 'no-credit' }, 'cmi.core.credit', 'no-credit'],
    [{ mode: 'review' }, 'cmi.core.lesson_mode', 'review'],
    [{ launchData: 'level=2' }, 'cmi.launch_data', 'level=2'],
    [{ commentsFromLms: 'Well done' }, 'cmi.comments_from_lms', 'Well done'],
    [{ masteryScore: 70 }, 'cmi.student_data.mastery_score', '70'],
    [{ masteryScore: '72.5' }, 'cmi.student_data.mastery_score', '72.5'],
    [{ maxTimeAllowed: '00:30:00' }, 'cmi.student_data.max_time_allowed', '00:30:00'],
    [
      { timeLimitAction: 'exit,no message' },
      'cmi.student_data.time_limit_action',
      'exit,no message',
    ],
  ];
  for (const [options, element, value] of supplied) {
    it(`${JSON.stringify(options)} -> ${element} = ${JSON.stringify(value)}`, () => {
      expect(get(running(options), element)).to.deep.equal([value, '0']);
    });
  }

  const invalid: Array<[string, unknown]> = [
    ['learnerId', 'has space'],
    ['learnerName', 'x'.repeat(256)],
    ['credit', 'maybe'],
    ['mode', 'preview'],
    ['launchData', 'x'.repeat(4097)],
    ['masteryScore', 101],
    ['masteryScore', 'eighty'],
    ['maxTimeAllowed', 'PT30M'],
    ['timeLimitAction', 'exit'],
    ['learnerId', 42],
    ['feedbackCheck', 'none'],
    ['clock', 5],
    ['observer', 'log'],
  ];
  for (const [option, value] of invalid) {
    it(`refuses ${option}: ${JSON.stringify(value).slice(0, 30)} with a TypeError naming it`, () => {
      expect(() => new Scorm12Api({ [option]: value })).to.throw(TypeError, option);
    });
  }
});
