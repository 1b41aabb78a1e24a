import { expect } from 'chai';
import fc from 'fast-check';
import { oracle12 } from '../../../harness/rules/oracle-12.ts';
import { oracle2004 } from '../../../harness/rules/oracle-2004.ts';
import { cachedOracle } from '../../../harness/rules/oracle-cache.ts';
import type { Lookup, Oracle } from '../../../harness/rules/verdict.ts';

const SEED = 20250101;

const ELEMENTS: Record<'1.2' | '2004', string[]> = {
  '1.2': [
    'cmi.core.lesson_status',
    'cmi.core.score.raw',
    'cmi.suspend_data',
    'cmi.launch_data',
    'cmi.comments_from_lms',
    'cmi.interactions.0.student_response',
    'cmi.interactions.3.correct_responses.0.pattern',
    'cmi.interactions.1.type',
    'cmi.core.session_time',
    'cmi.core.total_time',
    'cmi.core._children',
    'cmi.nope',
  ],
  '2004': [
    'cmi.completion_status',
    'cmi.score.scaled',
    'cmi.location',
    'cmi.launch_data',
    'cmi.comments_from_lms.0.comment',
    'cmi.comments_from_learner.0.location',
    'cmi.interactions.0.learner_response',
    'cmi.interactions.2.correct_responses.1.pattern',
    'cmi.interactions.2.type',
    'cmi.objectives.1.id',
    'cmi.interactions._count',
    'cmi.session_time',
    'cmi.interactions.1.latency',
    'cmi.core.lesson_status',
  ],
};
const VALUES = [
  '',
  'a',
  'a,b',
  'a[,]b',
  'true',
  '1',
  '0.5',
  '150',
  'completed',
  '00:01:30',
  '0000:00:05.25',
  '00:61:00',
  'PT1M30S',
  'PT1H0.5S',
  'P1DT',
  'x'.repeat(200),
  'x'.repeat(5000),
];
const TYPES = [undefined, 'choice', 'true-false', 'numeric', 'fill-in'];

type Call = {
  fn: 'set' | 'holds' | 'get' | 'initial';
  element: string;
  value: string;
  type?: string;
};

function ask(oracle: Oracle, call: Call): unknown {
  // Every interaction's type is the one the call states: a lookup that changes between calls.
  const lookup: Lookup = (element) => (element.endsWith('.type') ? call.type : undefined);
  if (call.fn === 'set') return oracle.set(call.element, call.value, lookup);
  if (call.fn === 'holds') return oracle.holds(call.element, call.value, lookup);
  if (call.fn === 'get') return oracle.get(call.element);
  return oracle.initial(call.element);
}

describe('cachedOracle', () => {
  const cases: [string, Oracle, string[]][] = [
    ['SCORM 1.2', oracle12, ELEMENTS['1.2']],
    ['SCORM 2004', oracle2004('4th'), ELEMENTS['2004']],
  ];
  for (const [name, oracle, elements] of cases) {
    it(`answers every sequence of calls as the ${name} oracle does`, () => {
      const call = fc.record({
        fn: fc.constantFrom('set', 'holds', 'get', 'initial'),
        element: fc.constantFrom(...elements),
        value: fc.constantFrom(...VALUES),
        type: fc.constantFrom(...TYPES),
      }) as fc.Arbitrary<Call>;
      fc.assert(
        fc.property(fc.array(call, { maxLength: 60 }), (calls) => {
          const cached = cachedOracle(oracle);
          for (const c of calls)
            expect(ask(cached, c), JSON.stringify(c)).to.deep.equal(ask(oracle, c));
        }),
        { seed: SEED, numRuns: 200 },
      );
    });
  }

  it('asks again when a value it depended on changed, and not otherwise', () => {
    const asked: string[] = [];
    const counting: Oracle = {
      ...oracle2004('4th'),
      set(element, value, lookup) {
        asked.push(value);
        return oracle2004('4th').set(element, value, lookup);
      },
    };
    const cached = cachedOracle(counting);
    const element = 'cmi.interactions.0.learner_response';
    const verdicts = ['choice', 'choice', 'true-false', 'true-false', 'choice'].map(
      (type) => cached.set(element, 'a[,]b', () => type)?.code,
    );
    expect(verdicts).to.deep.equal(['0', '0', '406', '406', '0']);
    expect(asked).to.have.length(3);
  });

  it('does not keep long values of elements whose answer depends on the value', () => {
    let asked = 0;
    const counting: Oracle = {
      ...oracle12,
      set(element, value, lookup) {
        asked += 1;
        return oracle12.set(element, value, lookup);
      },
    };
    const cached = cachedOracle(counting);
    const long = 'x'.repeat(1000);
    cached.set('cmi.core.lesson_status', long, () => undefined);
    cached.set('cmi.core.lesson_status', long, () => undefined);
    cached.set('cmi.core.lesson_status', 'passed', () => undefined);
    cached.set('cmi.core.lesson_status', 'passed', () => undefined);
    expect(asked).to.equal(3);
  });

  it('keeps the initial value apart from the other values of its key', () => {
    // An element whose initial value holds and whose other values depend on the session.
    const oracle: Oracle = {
      set: () => undefined,
      get: () => undefined,
      holds: (_element, value) => (value === 'initial' ? true : undefined),
      initial: () => 'initial',
      valueKey: () => '',
    };
    const cached = cachedOracle(oracle);
    const answers = ['initial', 'other', 'initial', 'other'].map((value) =>
      cached.holds('e', value, () => undefined),
    );
    expect(answers).to.deep.equal([true, undefined, true, undefined]);
  });

  const strings: [string, Oracle, string, number][] = [
    ['SCORM 1.2', oracle12, 'cmi.suspend_data', 4096],
    ['SCORM 2004', oracle2004('4th'), 'cmi.location', 1000],
    ['SCORM 2004', oracle2004('2nd'), 'cmi.suspend_data', 4000],
  ];
  for (const [name, oracle, element, limit] of strings) {
    it(`asks once for all values of ${name} ${element} up to ${limit} characters`, () => {
      const asked: number[] = [];
      const cached = cachedOracle({
        ...oracle,
        set(e, value, lookup) {
          asked.push(value.length);
          return oracle.set(e, value, lookup);
        },
      });
      const values = ['', 'page-1', 'page-2', 'x'.repeat(limit), 'x'.repeat(limit + 1)];
      for (const value of [...values, ...values])
        expect(cached.set(element, value, () => undefined)).to.deep.equal(
          oracle.set(element, value, () => undefined),
        );
      // Over the limit the answer's note names the length: asked each time, too long to keep.
      expect(asked).to.deep.equal([0, limit + 1, limit + 1]);
    });
  }

  const intervals: [string, Oracle, string, string[], string][] = [
    ['SCORM 1.2', oracle12, 'cmi.core.session_time', ['00:01:00', '0001:59:59.5'], '00:60:00'],
    ['SCORM 2004', oracle2004('4th'), 'cmi.session_time', ['PT1M', 'P1DT2H3.25S'], 'PT1.255S'],
  ];
  for (const [name, oracle, element, valid, invalid] of intervals) {
    it(`asks once for all valid values of ${name} ${element}`, () => {
      const asked: string[] = [];
      const cached = cachedOracle({
        ...oracle,
        set(e, value, lookup) {
          asked.push(value);
          return oracle.set(e, value, lookup);
        },
      });
      for (const value of [...valid, invalid, ...valid, invalid])
        expect(cached.set(element, value, () => undefined)).to.deep.equal(
          oracle.set(element, value, () => undefined),
        );
      expect(asked).to.deep.equal([valid[0], invalid]);
    });
  }
});
