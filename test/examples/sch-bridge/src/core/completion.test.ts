import { expect } from 'chai';
import {
  isComplete,
  type PracticeProgress,
} from '../../../../../examples/sch-bridge/src/core/completion.ts';

const mandatory = (finished: boolean) => ({ id: 'm', mandatory: true, finished });
const optional = (finished: boolean) => ({ id: 'o', mandatory: false, finished });

describe('sch-bridge completion rule', () => {
  const cases: Array<[string, PracticeProgress, boolean]> = [
    ['nothing assigned, nothing done', { assignments: [], challenges: [] }, false],
    [
      'nothing assigned, one completed challenge',
      { assignments: [], challenges: [{ id: 'c', completed: true, score: 10 }] },
      true,
    ],
    [
      'nothing assigned, points on a started challenge count as progress',
      { assignments: [], challenges: [{ id: 'c', completed: false, score: 5 }] },
      true,
    ],
    [
      'nothing assigned, a started challenge with 0 points is no progress',
      { assignments: [], challenges: [{ id: 'c', completed: false, score: 0 }] },
      false,
    ],
    [
      'a mandatory assignment pending, despite other progress',
      { assignments: [mandatory(false)], challenges: [{ id: 'c', completed: true, score: 160 }] },
      false,
    ],
    [
      'every mandatory assignment finished',
      { assignments: [mandatory(true), mandatory(true)], challenges: [] },
      true,
    ],
    [
      'one of two mandatory assignments finished',
      { assignments: [mandatory(true), { ...mandatory(false), id: 'm2' }], challenges: [] },
      false,
    ],
    [
      'only optional work pending, an optional one finished',
      { assignments: [optional(true), optional(false)], challenges: [] },
      true,
    ],
    [
      'only optional work pending, nothing done',
      { assignments: [optional(false)], challenges: [] },
      false,
    ],
  ];
  for (const [what, progress, expected] of cases) {
    it(`${what}: ${expected ? 'complete' : 'not complete'}`, () =>
      expect(isComplete(progress)).to.equal(expected));
  }
});
