// learner_response and correct_responses.n.pattern for every interaction type, in every edition
// (scorm-runtime.md#interactions-2004; the sources found no edition difference, #edition-differences).
import { expect } from 'chai';
import type { Edition } from '../../runtime-2004/index.ts';
import { running, set } from './helpers.ts';

interface Formats {
  response: { valid: string[]; invalid: string[] };
  pattern: { valid: string[]; invalid: string[] };
}

const long = (n: number) => 'a'.repeat(n);

const formats: Record<string, Formats> = {
  'true-false': {
    response: { valid: ['true', 'false'], invalid: ['', 'TY.tf', 'invalid', 'True', '1', 't'] },
    pattern: { valid: ['true', 'false'], invalid: ['', 'yes'] },
  },
  choice: {
    response: {
      valid: ['', 'a', 'a[,]b[,]c', 'uri.uri.uri.abcd', 'urn:adl:x[,]y'],
      invalid: ['a[,]a', 'a[,]', '[,]', '[,]a', 'a b', 'a[,]{b}', 'a[.]b'],
    },
    pattern: { valid: ['', 'a[,]b'], invalid: ['a[,]a', 'a[,]', 'x y'] },
  },
  'fill-in': {
    response: {
      valid: ['', ' ', '[,]', 'Paris', '{lang=fr}Paris[,]{lang=en}London', long(300)],
      invalid: ['{lang=sp}hola', '{lang=}x', 'a[,]{lang=frl}b'],
    },
    pattern: {
      valid: [
        '{case_matters=true}Paris',
        '{order_matters=false}{case_matters=true}a[,]b',
        '{case_matters=false}{lang=en-US}z',
        'plain',
      ],
      invalid: ['{case_matters=yes}a', '{order_matters=TRUE}a', '{lang=exg}a'],
    },
  },
  'long-fill-in': {
    response: {
      valid: ['', '{lang=eng}' + long(4000), 'a[,]b is one string'],
      invalid: ['{lang=ruq-JM}text'],
    },
    pattern: {
      valid: ['{case_matters=true}{lang=eng}text', '{lang=en-US}{case_matters=false}text', 'text'],
      invalid: ['{case_matters=maybe}text', '{lang=frl}text'],
    },
  },
  likert: {
    response: { valid: ['strongly_agree', 'urn:x:y'], invalid: ['', '[,]', '[.]', 'a[,]b', '{a}'] },
    pattern: { valid: ['agree'], invalid: ['', 'a b'] },
  },
  matching: {
    response: {
      valid: ['', 'a[.]b', 'a[.]b[,]c[.]d'],
      invalid: ['a', 'a[.]', '[.]b', 'a[.]b[.]c', 'a[.]b[,]', 'a[.]b[,][,]c[.]d'],
    },
    pattern: { valid: ['1[.]a[,]2[.]b'], invalid: ['', 'a[.]b[,]c'] },
  },
  performance: {
    response: {
      valid: ['step1[.]answer', '[.]answer', 'step1[.]', 'a[.]1[,]b[.]2'],
      invalid: ['', '[.]', 'step1', 'a[.]b[.]c', '{x}[.]a'],
    },
    pattern: {
      valid: ['{order_matters=false}a[.]1[,]b[.]2', 'a[.]1[:]5', 'a[.][:]5', 'a[.]2[:]'],
      invalid: ['', '{order_matters=no}a[.]1', 'a[.]5[:]1', 'a[.]x[:]1'],
    },
  },
  sequencing: {
    response: { valid: ['a[,]b[,]c', 'a[,]a'], invalid: ['', '[,]', '[,]a', 'a[,]'] },
    pattern: { valid: ['a[,]b'], invalid: ['', 'a[,]'] },
  },
  numeric: {
    response: {
      valid: ['410', '-0.23100', '.5'],
      invalid: ['', '3.1456200.045', '4000.003a', '-400[:]-500.00', '1e5'],
    },
    pattern: {
      valid: ['3[:]10', '-1000.333[:]-1.00', '-0.45678[:]90000', '[:]5', '5[:]', '2[:]2'],
      invalid: ['300[:]1.5', '5', 'a[:]b', '1[:]2[:]3'],
    },
  },
  other: {
    response: { valid: ['', 'anything [,] at all {x}', long(5000)], invalid: [] },
    pattern: { valid: ['', 'x[.]y'], invalid: [] },
  },
};

const editions: Edition[] = ['2nd', '3rd', '4th'];

function interaction(type: string, edition: Edition) {
  const api = running({ edition });
  expect(set(api, 'cmi.interactions.0.id', 'i1')).to.deep.equal(['true', '0']);
  expect(set(api, 'cmi.interactions.0.type', type)).to.deep.equal(['true', '0']);
  return api;
}

describe('runtime-2004 interaction response formats', () => {
  for (const edition of editions) {
    describe(`${edition} edition`, () => {
      for (const [type, f] of Object.entries(formats)) {
        describe(type, () => {
          for (const value of f.response.valid)
            it(`learner_response ${JSON.stringify(value.slice(0, 40))} is accepted`, () => {
              const api = interaction(type, edition);
              expect(set(api, 'cmi.interactions.0.learner_response', value)).to.deep.equal([
                'true',
                '0',
              ]);
              expect(api.GetValue('cmi.interactions.0.learner_response')).to.equal(value);
            });
          for (const value of f.response.invalid)
            it(`learner_response ${JSON.stringify(value)} is 406`, () => {
              expect(
                set(interaction(type, edition), 'cmi.interactions.0.learner_response', value),
              ).to.deep.equal(['false', '406']);
            });
          for (const value of f.pattern.valid)
            it(`pattern ${JSON.stringify(value.slice(0, 40))} is accepted`, () => {
              const api = interaction(type, edition);
              expect(
                set(api, 'cmi.interactions.0.correct_responses.0.pattern', value),
              ).to.deep.equal(['true', '0']);
              expect(api.GetValue('cmi.interactions.0.correct_responses.0.pattern')).to.equal(
                value,
              );
            });
          for (const value of f.pattern.invalid)
            it(`pattern ${JSON.stringify(value)} is 406`, () => {
              const api = interaction(type, edition);
              expect(
                set(api, 'cmi.interactions.0.correct_responses.0.pattern', value),
              ).to.deep.equal(['false', '406']);
              expect(api.GetValue('cmi.interactions.0.correct_responses._count')).to.equal('0');
            });
        });
      }
    });
  }

  describe('correct_responses count limits', () => {
    const single = ['true-false', 'likert', 'numeric', 'other'];
    const samples: Record<string, [string, string]> = {
      'true-false': ['true', 'false'],
      likert: ['a', 'b'],
      numeric: ['1[:]2', '3[:]10'],
      other: ['x', 'y'],
      choice: ['a', 'b'],
      'fill-in': ['a', 'b'],
      'long-fill-in': ['a', 'b'],
      matching: ['a[.]b', 'c[.]d'],
      performance: ['a[.]b', 'c[.]d'],
      sequencing: ['a[,]b', 'b[,]a'],
    };
    for (const [type, [first, second]] of Object.entries(samples)) {
      const expected = single.includes(type) ? ['false', '351'] : ['true', '0'];
      it(`${type}: a second correct response -> ${expected.join(', ')}`, () => {
        const api = interaction(type, '4th');
        expect(set(api, 'cmi.interactions.0.correct_responses.0.pattern', first)).to.deep.equal([
          'true',
          '0',
        ]);
        expect(set(api, 'cmi.interactions.0.correct_responses.1.pattern', second)).to.deep.equal(
          expected,
        );
        expect(set(api, 'cmi.interactions.0.correct_responses.0.pattern', first)).to.deep.equal([
          'true',
          '0',
        ]);
      });
    }
    for (const type of ['choice', 'sequencing'])
      it(`${type}: a duplicate pattern is 351`, () => {
        const api = interaction(type, '4th');
        set(api, 'cmi.interactions.0.correct_responses.0.pattern', 'a[,]b');
        expect(set(api, 'cmi.interactions.0.correct_responses.1.pattern', 'a[,]b')).to.deep.equal([
          'false',
          '351',
        ]);
      });
    it('fill-in patterns may repeat', () => {
      const api = interaction('fill-in', '4th');
      set(api, 'cmi.interactions.0.correct_responses.0.pattern', 'a');
      expect(set(api, 'cmi.interactions.0.correct_responses.1.pattern', 'a')).to.deep.equal([
        'true',
        '0',
      ]);
    });
  });
});
