import { expect } from 'chai';
import { HarnessError } from '../../../harness/errors.ts';
import { inShard, select, stableHash } from '../../../harness/suites/selection.ts';
import { isBridgePackage } from '../../../harness/suites/bridge-detect.ts';
import { chooseScenarios } from '../../../harness/suites/bridge-suite.ts';
import type { Scenario, ScenarioMeta } from '../../../harness/scenario/meta.ts';

const IDS = [
  'initialize-first-terminate-once',
  'incomplete-on-launch',
  'no-auto-completion',
  'completion-rule',
  'success-status-2004',
  'lesson-status-12',
  'score-formula',
  'scaled-only-2004',
  'session-time',
  'suspend-data-envelope',
  'resume-rehydrates',
  'heartbeat-every-60s',
  'interrupted-session',
  'api-discovery-launch-modes',
  'api-objects',
];

function scenario(id: string, versions: ScenarioMeta['versions']): Scenario {
  const meta: ScenarioMeta = {
    id,
    title: `${id} title`,
    ref: 'scorm-runtime.md#session-time',
    versions,
    launchModes: ['frameset'],
    kind: 'must',
    tags: ['lifecycle'],
    rules: [],
  };
  return { meta, run: () => Promise.resolve() };
}

describe('suites: selection', () => {
  it('stableHash is 32-bit FNV-1a (published test vectors)', () => {
    expect(stableHash('')).to.equal(0x811c9dc5);
    expect(stableHash('a')).to.equal(0xe40c292c);
    expect(stableHash('foobar')).to.equal(0xbf9cf968);
  });

  for (const total of [1, 2, 3, 4, 7]) {
    it(`${total} shards cover every id exactly once`, () => {
      const parts = Array.from({ length: total }, (_, i) =>
        IDS.filter((id) => inShard(id, { index: i + 1, total })),
      );
      expect(parts.flat().sort()).to.deep.equal([...IDS].sort());
    });
  }

  it('a shard does not depend on order or on the other ids', () => {
    const shard = { index: 1, total: 2 };
    const forward = IDS.filter((id) => inShard(id, shard));
    const backward = [...IDS].reverse().filter((id) => inShard(id, shard));
    expect(backward.reverse()).to.deep.equal(forward);
    expect(IDS.slice(3).filter((id) => inShard(id, shard))).to.deep.equal(
      forward.filter((id) => IDS.slice(3).includes(id)),
    );
  });

  it('splits the gate into two non-empty halves', () => {
    const first = IDS.filter((id) => inShard(id, { index: 1, total: 2 }));
    expect(first.length).to.be.within(1, IDS.length - 1);
  });

  it('--grep matches ids or titles', () => {
    // score-formula matches by its id, scaled-only-2004 by its title.
    const items = IDS.map((id) => ({
      id,
      title: id === 'scaled-only-2004' ? 'Scaled SCORE' : 'other',
    }));
    const picked = select(items, (i) => i, { grep: /SCORE/i, noun: 'scenario' });
    expect(picked.map((i) => i.id)).to.deep.equal(['score-formula', 'scaled-only-2004']);
  });

  it('--scorm narrows each scenario to that version and drops those without it', () => {
    const all = [
      scenario('both', ['1.2', '2004']),
      scenario('only-2004', ['2004']),
      scenario('only-12', ['1.2']),
    ];
    const chosen = chooseScenarios(all, { scorm: '1.2' });
    expect(chosen.map((s) => [s.meta.id, s.meta.versions])).to.deep.equal([
      ['both', ['1.2']],
      ['only-12', ['1.2']],
    ]);
    expect(all[0]!.meta.versions).to.deep.equal(['1.2', '2004']);
  });
});

describe('suites: an empty selection', () => {
  const items = IDS.map((id) => ({ id, title: id }));
  const one = [{ id: 'score-formula', title: 'score' }];
  const emptyShard = [1, 2].find(
    (index) => select(one, (i) => i, { shard: { index, total: 2 }, noun: 'scenario' }).length === 0,
  )!;

  function refusal(fn: () => unknown): HarnessError {
    try {
      fn();
    } catch (error) {
      expect(error).to.be.instanceOf(HarnessError);
      return error as HarnessError;
    }
    return expect.fail('did not throw');
  }

  it('a shard the split leaves empty is no error: nothing to run', () => {
    expect(emptyShard).to.be.a('number');
    expect(
      select(one, (i) => i, { shard: { index: emptyShard, total: 2 }, noun: 'scenario' }),
    ).to.deep.equal([]);
  });

  it('a --grep that matches nothing is refused, sharded or not, naming the pattern', () => {
    for (const shard of [undefined, { index: 1, total: 3 }]) {
      const error = refusal(() =>
        select(items, (i) => i, { grep: /typo/i, noun: 'scenario', ...(shard ? { shard } : {}) }),
      );
      expect(error.code).to.equal('CONFIG_INVALID');
      expect(error.message).to.equal(
        `--grep typo matched no scenario (${IDS.length} in all), on any shard`,
      );
    }
  });

  it('--scorm that leaves no scenario is refused', () => {
    const error = refusal(() => chooseScenarios([scenario('only-12', ['1.2'])], { scorm: '2004' }));
    expect(error.message).to.equal('there is no scenario for SCORM 2004 to run (1 in all)');
  });
});

describe('suites: is the package the bridge', () => {
  const cases: [string | undefined, boolean][] = [
    ['com.securecodinghub.scorm.bridge.v12', true],
    ['com.securecodinghub.scorm.bridge.v2004', true],
    ['com.example.course', false],
    [undefined, false],
  ];
  for (const [manifestIdentifier, expected] of cases) {
    it(`${manifestIdentifier ?? '(no identifier)'} → ${expected ? 'bridge' : 'lint'}`, () => {
      const pkg = manifestIdentifier === undefined ? {} : { manifestIdentifier };
      expect(isBridgePackage(pkg)).to.equal(expected);
    });
  }
});
