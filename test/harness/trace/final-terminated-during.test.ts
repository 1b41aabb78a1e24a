import { expect } from 'chai';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { sampleTrace } from './sample-trace.ts';

describe('final.terminatedDuring (content terminated in its exit handlers)', () => {
  const cases: { name: string; final: object; valid: boolean }[] = [
    { name: 'absent, as in older traces', final: {}, valid: true },
    { name: 'the dismissal event', final: { terminatedDuring: 'unload' }, valid: true },
    { name: 'empty', final: { terminatedDuring: '' }, valid: false },
    { name: 'not a string', final: { terminatedDuring: 3 }, valid: false },
  ];
  for (const { name, final, valid } of cases) {
    it(`${valid ? 'accepts' : 'refuses'} ${name}`, () => {
      const trace = sampleTrace();
      const value = { ...trace, final: { ...trace.final, ended: 'closed', ...final } };
      if (valid) expect(parseTrace(value).final).to.deep.include(final);
      else expect(() => parseTrace(value)).to.throw();
    });
  }
});
