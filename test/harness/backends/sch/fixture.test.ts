import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { expect } from 'chai';
import { HarnessError } from '../../../../harness/errors.ts';
import { loadSchFixture, parseSchFixture } from '../../../../harness/backends/sch/index.ts';
import { scratch } from '../../package/fixtures.ts';

describe('SecureCodingHub backend fixtures', () => {
  /** Where the file test writes its fixtures; removed after the tests. */
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await scratch()));
  after(() => cleanup());

  const valid = {
    assignments: [{ id: 'a1', mandatory: true, finished: false, challenges: ['c1'] }],
    challenges: [{ id: 'c1', completed: true, score: 120 }],
    sessions: [{ id: 's1', bookmark: { topic: 'sqli', challenge: 'c1', phase: 2, hints: ['h1'] } }],
  };

  it('accepts a fixture that follows the schema', () => {
    expect(parseSchFixture(valid).challenges[0]?.score).to.equal(120);
  });

  const invalid: Array<[string, unknown, RegExp]> = [
    [
      'a score above 160',
      { ...valid, challenges: [{ id: 'c1', completed: true, score: 161 }] },
      /score/,
    ],
    ['a missing assignments list', { challenges: [] }, /assignments/],
    [
      'a phase outside 1..2',
      {
        ...valid,
        sessions: [{ id: 's', bookmark: { topic: '', challenge: '', phase: 3, hints: [] } }],
      },
      /phase/,
    ],
    ['an unknown key', { ...valid, extra: true }, /additional/],
  ];
  for (const [what, value, pattern] of invalid) {
    it(`rejects ${what} with a HarnessError naming the problem`, () => {
      try {
        parseSchFixture(value, 'fixture.json');
        expect.fail('no error');
      } catch (error) {
        expect(error).to.be.instanceOf(HarnessError);
        expect((error as HarnessError).code).to.equal('CONFIG_INVALID');
        expect((error as HarnessError).message)
          .to.match(/^fixture\.json: /)
          .and.match(pattern);
      }
    });
  }

  it('loads a fixture file and names the file when it is not JSON', () => {
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify(valid));
    writeFileSync(bad, '{ nope');
    expect(loadSchFixture(good).assignments).to.have.length(1);
    expect(() => loadSchFixture(bad)).to.throw(
      HarnessError,
      /bad\.json: the backend fixture is not JSON/,
    );
  });
});

describe('bundled SecureCodingHub backend fixtures', () => {
  const dir = fileURLToPath(new URL('../../../../harness/backends/sch/fixtures/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('exist', () => expect(files.length).to.be.greaterThan(0));
  for (const file of files) {
    it(`${file} follows the schema`, () => {
      expect(loadSchFixture(join(dir, file)).description).to.be.a('string');
    });
  }
});
