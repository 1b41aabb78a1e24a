import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  anchorsOf,
  lintScenarioMeta,
  loadRefSources,
  type RefSources,
} from '../../harness/scenario/meta-lint.ts';
import { SCENARIOS } from '../../scenarios/index.ts';

const ROOT = fileURLToPath(new URL('../../scenarios/', import.meta.url));

function scenarioFiles(): string[] {
  return readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.scenario.ts'))
    .map((f) => f.split('\\').join('/'))
    .sort();
}

const valid = {
  id: 'some-behaviour',
  title: 'Some behaviour',
  ref: 'scorm-runtime.md#session-time',
  versions: ['1.2'],
  launchModes: ['frameset'],
  kind: 'must',
  tags: ['time'],
  rules: [],
};

const sources: RefSources = {
  anchors: new Set(['session-time']),
  seeds: new Map([['seed.txt', 'The bridge writes this. And that.']]),
};

describe('scenario lint', () => {
  it('the gate’s scenarios are clean, and every ref resolves in shared/', () => {
    expect(
      lintScenarioMeta(
        SCENARIOS.map((s) => s.meta),
        loadRefSources(),
      ),
    ).to.deep.equal([]);
  });

  it('every *.scenario.ts file is in the explicit list, and nothing else is', () => {
    const index = readFileSync(new URL('index.ts', `file://${ROOT}`), 'utf8');
    const listed = [...index.matchAll(/from '\.\/(.+\.scenario\.ts)'/g)].map((m) => m[1]).sort();
    expect(listed).to.deep.equal(scenarioFiles());
    expect(SCENARIOS).to.have.length(listed.length);
  });

  it('scenarios use the virtual clock, never real timers', () => {
    for (const file of scenarioFiles()) {
      const text = readFileSync(`${ROOT}${file}`, 'utf8');
      expect(text, file).to.not.match(/\bset(Timeout|Interval)\s*\(|\bsleep\s*\(/);
    }
  });

  const cases: [string, Record<string, unknown>, string][] = [
    ['an unknown key', { ...valid, profile: 'x' }, 'some-behaviour: unknown key "profile"'],
    ['a missing key', { ...valid, rules: undefined }, 'some-behaviour: rules must be'],
    ['an unknown tag', { ...valid, tags: ['timing'] }, 'some-behaviour: unknown tag "timing"'],
    ['an unknown kind', { ...valid, kind: 'may' }, 'some-behaviour: unknown kind "may"'],
    ['an unknown anchor', { ...valid, ref: 'scorm-runtime.md#nope' }, 'anchor #nope'],
    ['a ref of no known form', { ...valid, ref: 'SCORM book p. 3' }, 'is neither'],
    ['a misquoted seed', { ...valid, ref: 'seed.txt: "The bridge writes those."' }, 'quote'],
    ['an unknown seed file', { ...valid, ref: 'other.txt: "x"' }, 'unknown seed file'],
    ['an unknown version', { ...valid, versions: ['2004', '1.3'] }, 'unknown version "1.3"'],
    ['an unknown launch mode', { ...valid, launchModes: ['tab'] }, 'unknown launch mode "tab"'],
    ['a non-kebab id', { ...valid, id: 'Some_Behaviour' }, 'kebab-case'],
    ['a cost that is no launch count', { ...valid, cost: 0.5 }, 'cost must be a whole number'],
  ];
  it('accepts a cost, which may be left out', () => {
    expect(lintScenarioMeta([{ ...valid, cost: 10 }], sources)).to.deep.equal([]);
  });

  for (const [what, meta, expected] of cases) {
    it(`rejects ${what}`, () => {
      const problems = lintScenarioMeta([meta], sources);
      expect(problems.join('\n')).to.include(expected);
    });
  }

  it('accepts a quoted seed sentence and a known anchor, and rejects duplicate ids', () => {
    const seedRef = { ...valid, id: 'other', ref: ['seed.txt: "And that."', valid.ref] };
    expect(lintScenarioMeta([valid, seedRef], sources)).to.deep.equal([]);
    expect(lintScenarioMeta([valid, valid], sources)).to.deep.equal([
      'some-behaviour: duplicate id',
    ]);
  });

  it('reads anchors from section 22 only', () => {
    const text = '## 10\n`#early`\n## 22. Anchor index\n| `#late` |\n<a id="element-row"></a>';
    expect([...anchorsOf(text)].sort()).to.deep.equal(['element-row', 'late']);
  });
});
