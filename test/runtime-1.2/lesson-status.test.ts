// What the LMS records at LMSFinish (ref: scorm-runtime.md#lesson-status-12, #credit-mode): the
// reference's default, which follows the spec text.
import { expect } from 'chai';
import type { Scorm12Options } from '../../runtime-1.2/index.ts';
import { running, set } from './session.ts';

interface Row {
  name: string;
  options?: Scorm12Options;
  /** What the SCO sets before LMSFinish. */
  sets: Array<[string, string]>;
  recorded: string;
}

const rows: Row[] = [
  { name: 'status never set -> completed', sets: [], recorded: 'completed' },
  {
    name: 'status never set, browse mode -> browsed',
    options: { mode: 'browse' },
    sets: [],
    recorded: 'browsed',
  },
  {
    name: 'status never set, review mode -> completed',
    options: { mode: 'review' },
    sets: [],
    recorded: 'completed',
  },
  {
    name: 'status never set, no-credit -> completed',
    options: { credit: 'no-credit' },
    sets: [],
    recorded: 'completed',
  },
  {
    name: 'status set by the SCO, no mastery score -> kept',
    sets: [['cmi.core.lesson_status', 'incomplete']],
    recorded: 'incomplete',
  },
  {
    name: 'no mastery score: the LMS must not override the SCO (failed with raw 95 stays failed)',
    sets: [
      ['cmi.core.lesson_status', 'failed'],
      ['cmi.core.score.raw', '95'],
    ],
    recorded: 'failed',
  },
  {
    name: 'status never set, mastery 80, raw 85 -> passed',
    options: { masteryScore: 80 },
    sets: [['cmi.core.score.raw', '85']],
    recorded: 'passed',
  },
  {
    name: 'raw equal to the mastery score passes',
    options: { masteryScore: '80' },
    sets: [
      ['cmi.core.lesson_status', 'completed'],
      ['cmi.core.score.raw', '80'],
    ],
    recorded: 'passed',
  },
  {
    name: 'completed with raw 70 under mastery 80 -> failed',
    options: { masteryScore: 80 },
    sets: [
      ['cmi.core.lesson_status', 'completed'],
      ['cmi.core.score.raw', '70'],
    ],
    recorded: 'failed',
  },
  {
    name: 'the SCO\'s "passed" with raw under the mastery score -> failed',
    options: { masteryScore: 80 },
    sets: [
      ['cmi.core.lesson_status', 'passed'],
      ['cmi.core.score.raw', '79.99'],
    ],
    recorded: 'failed',
  },
  {
    name: 'the SCO\'s "failed" with raw over the mastery score -> passed',
    options: { masteryScore: 50 },
    sets: [
      ['cmi.core.lesson_status', 'failed'],
      ['cmi.core.score.raw', '60'],
    ],
    recorded: 'passed',
  },
  {
    name: 'incomplete is never re-evaluated',
    options: { masteryScore: 80 },
    sets: [
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.score.raw', '95'],
    ],
    recorded: 'incomplete',
  },
  {
    name: 'mastery score without a raw score -> no change',
    options: { masteryScore: 80 },
    sets: [['cmi.core.lesson_status', 'completed']],
    recorded: 'completed',
  },
  {
    name: 'a blank raw score counts as none',
    options: { masteryScore: 80 },
    sets: [
      ['cmi.core.lesson_status', 'completed'],
      ['cmi.core.score.raw', ''],
    ],
    recorded: 'completed',
  },
  {
    name: 'no-credit: the mastery score changes nothing',
    options: { masteryScore: 80, credit: 'no-credit' },
    sets: [
      ['cmi.core.lesson_status', 'completed'],
      ['cmi.core.score.raw', '10'],
    ],
    recorded: 'completed',
  },
  {
    name: 'review mode: the mastery score changes nothing',
    options: { masteryScore: 80, mode: 'review' },
    sets: [
      ['cmi.core.lesson_status', 'completed'],
      ['cmi.core.score.raw', '10'],
    ],
    recorded: 'completed',
  },
  {
    name: 'browse mode, nothing reported, mastery score -> browsed',
    options: { masteryScore: 80, mode: 'browse' },
    sets: [],
    recorded: 'browsed',
  },
];

describe('runtime-1.2 lesson_status at LMSFinish', () => {
  for (const row of rows) {
    it(row.name, () => {
      const api = running(row.options);
      for (const [element, value] of row.sets)
        expect(set(api, element, value)).to.deep.equal(['true', '0']);
      expect(api.LMSFinish('')).to.equal('true');
      expect(api.persistedState().data['cmi.core.lesson_status']).to.equal(row.recorded);
    });
  }

  it('LMSCommit does not evaluate: the status is persisted as the SCO left it', () => {
    const api = running({ masteryScore: 80 });
    set(api, 'cmi.core.score.raw', '90');
    api.LMSCommit('');
    expect(api.persistedState().data['cmi.core.lesson_status']).to.equal('not attempted');
  });
});
