import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTENT_RULES, LMS_RULES, RULES } from '../../../harness/rules/catalog.ts';
import { REFERENCE_FILE } from '../../../harness/shared-docs.ts';

const rulesDir = fileURLToPath(new URL('../../../harness/rules/', import.meta.url));
const reference = readFileSync(REFERENCE_FILE, 'utf8');
const anchors = new Set([...reference.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));

/** Modules of the engine, not rules. */
const ENGINE = new Set([
  'api-call',
  'catalog',
  'define-rule',
  'engine',
  'helpers',
  'lint',
  'name-memo',
  'oracle-12',
  'oracle-2004',
  'oracle-cache',
  'session-state',
  'types',
  'verdict',
]);

describe('rule catalog', () => {
  it('lists every rule file once, under its file name', () => {
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
      .filter((name) => !ENGINE.has(name))
      .sort();
    expect(RULES.map((r) => r.id).sort()).to.deep.equal(files);
    expect(new Set(RULES.map((r) => r.id)).size).to.equal(RULES.length);
  });

  it('has at least 30 content rules and judges the LMS separately', () => {
    expect(CONTENT_RULES.length).to.be.at.least(30);
    expect(CONTENT_RULES.every((r) => r.blame === 'content')).to.equal(true);
    expect(LMS_RULES.every((r) => r.blame === 'lms')).to.equal(true);
  });

  for (const rule of RULES) {
    it(`${rule.id}: metadata is complete and cites anchors that exist`, () => {
      expect(rule.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.title).to.not.equal('');
      expect(rule.hint).to.not.equal('');
      expect(rule.versions.length).to.be.greaterThan(0);
      const refs = typeof rule.ref === 'string' ? [rule.ref] : Object.values(rule.ref);
      for (const ref of refs) {
        const [file, anchor = ''] = ref.split('#');
        expect(file).to.equal('scorm-runtime.md');
        expect(anchors.has(anchor), `#${anchor} in scorm-runtime.md`).to.equal(true);
      }
    });
  }
});
