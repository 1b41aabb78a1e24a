// Every element: a valid set, an invalid type, out-of-range values, the wrong-access call and the
// initial value (scorm-runtime.md#data-model-2004, #cts-dm-vectors, #error-decision-table).
import { expect } from 'chai';
import { Scorm2004Api } from '../../runtime-2004/index.ts';
import { get, running, set } from './helpers.ts';

interface Row {
  element: string;
  /** GetValue right after Initialize: [value, error]. */
  initial: [string, string];
  valid?: string[];
  typeMismatch?: string[];
  outOfRange?: string[];
}

const ro = (element: string, initial: [string, string]): Row => ({ element, initial });
const rows: Row[] = [
  ro('cmi._version', ['1.0', '0']),
  ro('cmi.completion_threshold', ['', '403']),
  ro('cmi.credit', ['credit', '0']),
  ro('cmi.entry', ['ab-initio', '0']),
  ro('cmi.launch_data', ['', '403']),
  ro('cmi.learner_id', ['learner', '0']),
  ro('cmi.learner_name', ['Learner', '0']),
  ro('cmi.max_time_allowed', ['', '403']),
  ro('cmi.mode', ['normal', '0']),
  ro('cmi.scaled_passing_score', ['', '403']),
  ro('cmi.time_limit_action', ['continue,no message', '0']),
  ro('cmi.total_time', ['PT0H0M0S', '0']),
  ro('cmi.comments_from_learner._count', ['0', '0']),
  ro('cmi.interactions._count', ['0', '0']),
  ro('cmi.objectives._count', ['0', '0']),
  ro('cmi.score._children', ['scaled,raw,min,max', '0']),
  ro('adl.nav.request_valid.continue', ['unknown', '0']),
  ro('adl.nav.request_valid.previous', ['unknown', '0']),
  ro('adl.nav.request_valid.choice.{target=a.b}', ['unknown', '0']),
  ro('adl.data._count', ['0', '0']),
  {
    element: 'cmi.completion_status',
    initial: ['unknown', '0'],
    valid: ['completed', 'incomplete', 'not attempted', 'unknown'],
    typeMismatch: ['', 'complete', 'Completed', 'passed'],
  },
  {
    element: 'cmi.success_status',
    initial: ['unknown', '0'],
    valid: ['passed', 'failed', 'unknown'],
    typeMismatch: ['', 'pass', 'completed'],
  },
  {
    element: 'cmi.exit',
    initial: ['', '405'],
    valid: ['time-out', 'suspend', 'logout', 'normal', ''],
    typeMismatch: ['illegal_state', 'Suspend'],
  },
  {
    element: 'cmi.location',
    initial: ['', '403'],
    valid: ['', 'z', 'x'.repeat(1000), '\u6B22\u8FCE Unicode', '{l[]}<>'],
  },
  {
    element: 'cmi.suspend_data',
    initial: ['', '403'],
    valid: ['', 'visit=2', 'y'.repeat(64000)],
  },
  {
    element: 'cmi.progress_measure',
    initial: ['', '403'],
    valid: ['0', '1.0', '0.000099999887765544', '.5'],
    typeMismatch: ['', 'abc', '1e-1', '+0.5', 'NaN', '0,5'],
    outOfRange: ['-1.0', '1.0000001', '-0.0001', '100'],
  },
  {
    element: 'cmi.score.scaled',
    initial: ['', '403'],
    valid: ['-1.0', '1', '0.5', '0.70'],
    typeMismatch: ['invalid', ''],
    outOfRange: ['-2.0', '1.0000999', '1.9', '-101.0'],
  },
  {
    element: 'cmi.score.raw',
    initial: ['', '403'],
    valid: ['-300.5', '7.000099999887765544', '1000000'],
    typeMismatch: ['invalid', '1,5'],
  },
  { element: 'cmi.score.min', initial: ['', '403'], valid: ['-1000'], typeMismatch: ['x'] },
  { element: 'cmi.score.max', initial: ['', '403'], valid: ['1000'], typeMismatch: ['x'] },
  {
    element: 'cmi.session_time',
    initial: ['', '405'],
    valid: ['P1Y6M14DT4H15M6.34S', 'PT15M', 'P01Y06M014DT04H015M06.34S'],
    typeMismatch: [
      '1Y6M14DT4H15M6.34S',
      'P1Y6M14D4H15M6.34S',
      'P1Y6M14DT',
      'P',
      '00:01:00',
      'PT1.345S',
      'P1W',
    ],
  },
  {
    element: 'cmi.learner_preference.audio_level',
    initial: ['1', '0'],
    valid: ['0', '50', '100.0', '50.000099999887765544'],
    typeMismatch: ['loud'],
    outOfRange: ['-1.0'],
  },
  {
    element: 'cmi.learner_preference.delivery_speed',
    initial: ['1', '0'],
    valid: ['0.5', '2'],
    outOfRange: ['-0.1'],
  },
  {
    element: 'cmi.learner_preference.language',
    initial: ['', '0'],
    valid: ['', 'en', 'EN', 'eng', 'en-US', 'zh-Hant', 'de-CH-1901', 'i-klingon', 'x-private'],
    typeMismatch: ['sp', 'frl', 'exg', 'ruq-JM', 'english', 'en-toolongsubtag', 'en_US'],
  },
  {
    element: 'cmi.learner_preference.audio_captioning',
    initial: ['0', '0'],
    valid: ['-1', '0', '1'],
    typeMismatch: ['', '2', 'on'],
  },
  {
    element: 'adl.nav.request',
    initial: ['_none_', '0'],
    valid: [
      'continue',
      'previous',
      'exit',
      'exitAll',
      'abandon',
      'abandonAll',
      'suspendAll',
      '_none_',
      '{target=activity_2}choice',
      '{target=activity_2}jump',
    ],
    typeMismatch: ['', 'choice', 'jump', 'Continue', '{target=}choice', 'start'],
  },
];

describe('runtime-2004 data model elements', () => {
  for (const row of rows) {
    describe(row.element, () => {
      it(`reads ${JSON.stringify(row.initial)} after Initialize`, () => {
        expect(get(running(), row.element)).to.deep.equal(row.initial);
      });
      if (!row.valid) {
        it('is read-only (404) and stays unchanged', () => {
          const api = running();
          expect(set(api, row.element, row.initial[0] || 'x')).to.deep.equal(['false', '404']);
          expect(get(api, row.element)).to.deep.equal(row.initial);
        });
      }
      for (const value of row.valid ?? []) {
        it(`accepts ${JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}… (${value.length})` : value)}`, () => {
          const api = running();
          expect(set(api, row.element, value)).to.deep.equal(['true', '0']);
          if (row.initial[1] !== '405') expect(get(api, row.element)).to.deep.equal([value, '0']);
          else expect(get(api, row.element)).to.deep.equal(['', '405']);
        });
      }
      for (const value of row.typeMismatch ?? []) {
        it(`rejects ${JSON.stringify(value)} with 406`, () => {
          const api = running();
          expect(set(api, row.element, value)).to.deep.equal(['false', '406']);
          expect(get(api, row.element)).to.deep.equal(row.initial);
        });
      }
      for (const value of row.outOfRange ?? []) {
        it(`rejects ${JSON.stringify(value)} with 407`, () => {
          expect(set(running(), row.element, value)).to.deep.equal(['false', '407']);
        });
      }
      it('answers 122/132 before Initialize and 123/133 after Terminate', () => {
        const api = new Scorm2004Api();
        expect(get(api, row.element)).to.deep.equal(['', '122']);
        expect(set(api, row.element, 'x')).to.deep.equal(['false', '132']);
        api.Initialize('');
        api.Terminate('');
        expect(get(api, row.element)).to.deep.equal(['', '123']);
        expect(set(api, row.element, 'x')).to.deep.equal(['false', '133']);
      });
    });
  }

  describe('names and keywords', () => {
    const table: [string, string, [string, string]][] = [
      ['get', 'cmi', ['', '401']],
      ['get', 'cmi.foo', ['', '401']],
      ['get', 'cmi.Location', ['', '401']],
      ['get', 'foo.bar', ['', '401']],
      ['get', 'cmi.objectives', ['', '401']],
      ['get', 'cmi.objectives.0', ['', '401']],
      ['get', 'cmi.score', ['', '401']],
      ['get', 'cmi._children', ['', '301']],
      ['get', 'cmi.location._children', ['', '301']],
      ['get', 'cmi.location._count', ['', '301']],
      ['get', 'cmi.score._count', ['', '301']],
      ['get', 'cmi.score._version', ['', '301']],
      ['get', 'cmi.interactions.0.objectives._count', ['', '301']],
      [
        'get',
        'cmi.objectives._children',
        ['id,score,success_status,completion_status,progress_measure,description', '0'],
      ],
      [
        'get',
        'cmi.learner_preference._children',
        ['audio_level,language,delivery_speed,audio_captioning', '0'],
      ],
      ['get', 'cmi.comments_from_lms._children', ['comment,location,timestamp', '0']],
      ['get', 'adl.data._children', ['id,store', '0']],
      ['set', 'cmi', ['false', '401']],
      ['set', 'cmi.objectives', ['false', '401']],
      ['set', 'cmi._version', ['false', '404']],
      ['set', 'cmi.objectives._count', ['false', '404']],
      ['set', 'cmi.score._children', ['false', '404']],
    ];
    for (const [op, element, expected] of table) {
      it(`${op} ${element} -> ${JSON.stringify(expected)}`, () => {
        const api = running();
        expect(op === 'get' ? get(api, element) : set(api, element, 'ill')).to.deep.equal(expected);
      });
    }
  });
});
