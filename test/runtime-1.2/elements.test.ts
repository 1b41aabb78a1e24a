// Every element of the 1.2 data model: initial value, valid sets, wrong type, out of range or too
// long, wrong-direction access, and the 301 of the two non-running states
// (ref: scorm-runtime.md#data-model-12, #types-12, #error-decision-table). Written from the
// reference's tables, not from runtime-1.2/data-model.ts.
import { expect } from 'chai';
import { apiIn, get, running, set } from './session.ts';

interface Row {
  element: string;
  access: 'ro' | 'wo' | 'rw';
  /** What LMSGetValue returns before any set (readable elements of a first launch, no options). */
  initial?: string;
  valid?: string[];
  wrongType?: string[];
  /** Right form, but out of range or too long. */
  beyondLimit?: string[];
  /** Sets needed first (an interaction type, for instance). */
  before?: Array<[string, string]>;
}

const long = (n: number) => 'x'.repeat(n);
const score = {
  valid: ['0', '100', '85', '99.5', '0.0', ''],
  wrongType: ['abc', '85%', '+5', '1e2', '.5', '5.', ' 5'],
  beyondLimit: ['101', '-1', '100.01'],
};

const rows: Row[] = [
  { element: 'cmi.core.student_id', access: 'ro', initial: '' },
  { element: 'cmi.core.student_name', access: 'ro', initial: '' },
  {
    element: 'cmi.core.lesson_location',
    access: 'rw',
    initial: '',
    valid: ['', 'page-3', long(255), 'Ünïcode'],
    beyondLimit: [long(256)],
  },
  { element: 'cmi.core.credit', access: 'ro', initial: 'credit' },
  {
    element: 'cmi.core.lesson_status',
    access: 'rw',
    initial: 'not attempted',
    valid: ['passed', 'completed', 'failed', 'incomplete', 'browsed'],
    // Only the LMS sets 'not attempted'; tokens are case-sensitive; 2004 tokens do not exist.
    wrongType: ['not attempted', 'Passed', 'unknown', 'not_attempted', ''],
  },
  { element: 'cmi.core.entry', access: 'ro', initial: 'ab-initio' },
  { element: 'cmi.core.score.raw', access: 'rw', initial: '', ...score },
  { element: 'cmi.core.score.min', access: 'rw', initial: '', ...score },
  { element: 'cmi.core.score.max', access: 'rw', initial: '', ...score },
  { element: 'cmi.core.total_time', access: 'ro', initial: '0000:00:00.00' },
  { element: 'cmi.core.lesson_mode', access: 'ro', initial: 'normal' },
  {
    element: 'cmi.core.exit',
    access: 'wo',
    valid: ['time-out', 'suspend', 'logout', ''],
    wrongType: ['normal', 'resume', 'Suspend'],
  },
  {
    element: 'cmi.core.session_time',
    access: 'wo',
    valid: ['00:10:00', '0001:02:03.5', '9999:59:59.99', '12:00:00.1'],
    // A 2004 duration, one hour digit, minutes or seconds of 60, 3 fraction digits.
    wrongType: ['PT1M', '1:00:00', '00:60:00', '00:00:60', '00:00:00.123', '00000:00:00', ''],
  },
  {
    element: 'cmi.suspend_data',
    access: 'rw',
    initial: '',
    valid: ['', '{"s":1}', long(4096)],
    beyondLimit: [long(4097)],
  },
  { element: 'cmi.launch_data', access: 'ro', initial: '' },
  {
    element: 'cmi.comments',
    access: 'rw',
    initial: '',
    valid: ['Good course', long(4096)],
    beyondLimit: [long(4097)],
  },
  { element: 'cmi.comments_from_lms', access: 'ro', initial: '' },
  {
    element: 'cmi.objectives.0.id',
    access: 'rw',
    valid: ['obj_1', 'urn:x:1', long(255)],
    wrongType: ['has space', '', 'tab\there'],
    beyondLimit: [long(256)],
  },
  { element: 'cmi.objectives.0.score.raw', access: 'rw', ...score },
  { element: 'cmi.objectives.0.score.min', access: 'rw', ...score },
  { element: 'cmi.objectives.0.score.max', access: 'rw', ...score },
  // The SCO may set 'not attempted' on an objective.
  {
    element: 'cmi.objectives.0.status',
    access: 'rw',
    valid: ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'],
    wrongType: ['unknown', 'satisfied', ''],
  },
  { element: 'cmi.student_data.mastery_score', access: 'ro', initial: '' },
  { element: 'cmi.student_data.max_time_allowed', access: 'ro', initial: '' },
  { element: 'cmi.student_data.time_limit_action', access: 'ro', initial: '' },
  {
    element: 'cmi.student_preference.audio',
    access: 'rw',
    initial: '0',
    valid: ['-1', '0', '100', '50'],
    wrongType: ['loud', '1.5', ''],
    beyondLimit: ['-2', '101'],
  },
  {
    element: 'cmi.student_preference.language',
    access: 'rw',
    initial: '',
    valid: ['en', 'fr-CA', ''],
    beyondLimit: [long(256)],
  },
  {
    element: 'cmi.student_preference.speed',
    access: 'rw',
    initial: '0',
    valid: ['-100', '0', '100'],
    wrongType: ['fast', '0.5'],
    beyondLimit: ['-101', '101'],
  },
  {
    element: 'cmi.student_preference.text',
    access: 'rw',
    initial: '0',
    valid: ['-1', '0', '1'],
    wrongType: ['on', 'true'],
    beyondLimit: ['2', '-2'],
  },
  {
    element: 'cmi.interactions.0.id',
    access: 'wo',
    valid: ['q1', long(255)],
    wrongType: ['q 1', ''],
    beyondLimit: [long(256)],
  },
  {
    element: 'cmi.interactions.0.objectives.0.id',
    access: 'wo',
    valid: ['obj_1'],
    wrongType: ['obj 1', ''],
    beyondLimit: [long(256)],
  },
  {
    element: 'cmi.interactions.0.time',
    access: 'wo',
    valid: ['13:45:00', '00:00:00', '23:59:59.99', '09:05:03.5'],
    wrongType: ['24:00:00', '1:00:00', '12:60:00', '12:00:60', '2026-01-01T10:00:00', ''],
  },
  {
    element: 'cmi.interactions.0.type',
    access: 'wo',
    valid: [
      'true-false',
      'choice',
      'fill-in',
      'matching',
      'performance',
      'likert',
      'sequencing',
      'numeric',
    ],
    // 'long-fill-in' and 'other' are 2004 types.
    wrongType: ['multiple-choice', 'long-fill-in', 'other', 'Choice', ''],
  },
  // Without a type the CMIFeedback format cannot be checked; the length always is.
  {
    element: 'cmi.interactions.0.correct_responses.0.pattern',
    access: 'wo',
    valid: ['a', 'anything at all', long(255)],
    beyondLimit: [long(256)],
  },
  {
    element: 'cmi.interactions.0.weighting',
    access: 'wo',
    valid: ['1', '-2.5', '0', '150'],
    wrongType: ['heavy', ''],
  },
  {
    element: 'cmi.interactions.0.student_response',
    access: 'wo',
    valid: ['a', '', long(255)],
    beyondLimit: [long(256)],
  },
  // 'incorrect' is the 2004 token; 1.2 says 'wrong'.
  {
    element: 'cmi.interactions.0.result',
    access: 'wo',
    valid: ['correct', 'wrong', 'unanticipated', 'neutral', '0.5', '-3', '100'],
    wrongType: ['incorrect', 'Correct', ''],
  },
  {
    element: 'cmi.interactions.0.latency',
    access: 'wo',
    valid: ['00:00:05.5', '0000:01:00'],
    wrongType: ['PT5S', '5', ''],
  },
];

describe('runtime-1.2 data model elements', () => {
  for (const row of rows) {
    describe(row.element, () => {
      if (row.initial !== undefined) {
        it(`reads ${JSON.stringify(row.initial)} on a first launch`, () => {
          expect(get(running(), row.element)).to.deep.equal([row.initial, '0']);
        });
      }

      if (row.access === 'ro') {
        it('is read-only: LMSSetValue -> "false", 403, value unchanged', () => {
          const api = running();
          expect(set(api, row.element, 'x')).to.deep.equal(['false', '403']);
          expect(get(api, row.element)).to.deep.equal([row.initial, '0']);
        });
      }

      if (row.access === 'wo') {
        it('is write-only: LMSGetValue -> "", 404, also after a set', () => {
          const api = running();
          expect(get(api, row.element)).to.deep.equal(['', '404']);
          const [value = ''] = row.valid ?? [];
          expect(set(api, row.element, value)).to.deep.equal(['true', '0']);
          expect(get(api, row.element)).to.deep.equal(['', '404']);
        });
      }

      for (const value of row.valid ?? []) {
        it(`accepts ${JSON.stringify(value.length > 20 ? `${value.length} chars` : value)}`, () => {
          const api = running();
          expect(set(api, row.element, value)).to.deep.equal(['true', '0']);
          if (row.access === 'rw') expect(get(api, row.element)).to.deep.equal([value, '0']);
        });
      }

      for (const value of [...(row.wrongType ?? []), ...(row.beyondLimit ?? [])]) {
        it(`refuses ${JSON.stringify(value.length > 20 ? `${value.length} chars` : value)} with 405 and keeps the old value`, () => {
          const api = running();
          const [good] = row.valid ?? [];
          if (good !== undefined) set(api, row.element, good);
          expect(set(api, row.element, value)).to.deep.equal(['false', '405']);
          expect(api.LMSGetDiagnostic('')).to.match(
            new RegExp(`^${row.element.replace(/\./g, '\\.')}: `),
          );
          if (row.access === 'rw' && good !== undefined)
            expect(get(api, row.element)).to.deep.equal([good, '0']);
        });
      }

      for (const state of ['not-initialized', 'terminated'] as const) {
        it(`answers 301 to get and set when ${state}`, () => {
          const api = apiIn(state);
          expect(get(api, row.element)).to.deep.equal(['', '301']);
          expect(set(api, row.element, row.valid?.[0] ?? 'x')).to.deep.equal(['false', '301']);
        });
      }
    });
  }
});
