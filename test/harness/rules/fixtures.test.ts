/**
 * Every fixture under harness/rules/__fixtures__/<rule-id>/ becomes one test: its trace must be
 * schema-valid and the whole catalog must raise exactly the rule ids its `expect` lists.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../../harness/rules/catalog.ts';
import { lintTrace } from '../../../harness/rules/lint.ts';
import type { LintOptions } from '../../../harness/rules/types.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';

const root = fileURLToPath(new URL('../../../harness/rules/__fixtures__/', import.meta.url));

interface Fixture {
  about: string;
  expect: string[];
  options?: Partial<LintOptions>;
  trace: unknown;
}

const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function load(folder: string, file: string): Fixture {
  const fixture = JSON.parse(readFileSync(`${root}${folder}/${file}`, 'utf8')) as Fixture;
  expect(Object.keys(fixture)).to.satisfy((keys: string[]) =>
    keys.every((key) => ['about', 'expect', 'options', 'trace'].includes(key)),
  );
  return fixture;
}

describe('rule fixtures', () => {
  for (const folder of folders) {
    const files = readdirSync(`${root}${folder}`).filter((f) => f.endsWith('.trace.json'));
    describe(folder, () => {
      for (const file of files) {
        it(file, () => {
          const fixture = load(folder, file);
          const trace = parseTrace(fixture.trace, file);
          const found = lintTrace(trace, fixture.options).map((f) => f.ruleId);
          expect(found.sort()).to.deep.equal([...fixture.expect].sort());
          if (file.startsWith('bad-')) expect(fixture.expect).to.include(folder);
          else expect(fixture.expect).not.to.include(folder);
        });
      }
    });
  }

  it('every rule has a must-trigger and a must-not-trigger fixture, and every folder is a rule', () => {
    const ids = RULES.map((rule) => rule.id).sort();
    expect(folders).to.deep.equal(ids);
    for (const folder of folders) {
      const files = readdirSync(`${root}${folder}`);
      expect(
        files.some((f) => /^bad-.+\.trace\.json$/.test(f)),
        `${folder} bad-*`,
      ).to.equal(true);
      expect(
        files.some((f) => /^ok-.+\.trace\.json$/.test(f)),
        `${folder} ok-*`,
      ).to.equal(true);
    }
  });
});
