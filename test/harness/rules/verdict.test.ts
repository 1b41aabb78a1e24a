import { expect } from 'chai';
import fc from 'fast-check';
import { arraySteps } from '../../../harness/rules/session-state.ts';
import { firstRecord, hasIndex } from '../../../harness/rules/verdict.ts';

/** The readings by splitting on dots, token by token: what the fast paths must equal. */
const tokens = (element: string) => element.split('.');
const isIndex = (token: string) => /^\d+$/.test(token);

describe('element name readings', () => {
  const name = fc
    .array(
      fc.constantFrom('cmi', 'interactions', '0', '12', '007', 'id', '', 'a1', '1a', '_count'),
      {
        maxLength: 6,
      },
    )
    .map((parts) => parts.join('.'));

  it('firstRecord, hasIndex and arraySteps (first and remembered) agree with a token-by-token reading', () => {
    fc.assert(
      fc.property(name, (element) => {
        const parts = tokens(element);
        expect(firstRecord(element)).to.equal(parts.map((t) => (isIndex(t) ? '0' : t)).join('.'));
        expect(hasIndex(element)).to.equal(parts.some(isIndex));
        const steps = parts.flatMap((t, i) =>
          isIndex(t) ? [{ array: parts.slice(0, i).join('.'), index: Number(t) }] : [],
        );
        expect(arraySteps(element)).to.deep.equal(steps);
        // Asked again, from the memo.
        expect(arraySteps(element)).to.deep.equal(steps);
      }),
      { seed: 20250101, numRuns: 500 },
    );
  });

  const examples: [string, string][] = [
    ['cmi.interactions.12.objectives.3.id', 'cmi.interactions.0.objectives.0.id'],
    ['cmi.location', 'cmi.location'],
    ['cmi.interactions.1a.id', 'cmi.interactions.1a.id'],
  ];
  for (const [element, expected] of examples)
    it(`firstRecord(${element}) is ${expected}`, () =>
      expect(firstRecord(element)).to.equal(expected));
});
