import { expect } from 'chai';
import { HarnessError } from '../../../harness/errors.ts';
import type { LmsProfile } from '../../../harness/profiles/index.ts';
import type { ContentAccessDriver } from '../../../harness/scenario/content-driver.ts';
import type { GateTarget } from '../../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../../harness/scenario/meta.ts';
import { Gate, planRuns } from '../../../harness/scenario/runner.ts';
import type { Harness } from '../../../harness/session/harness.ts';
import {
  launchModeFor,
  resolveLmsProfile,
  type LaunchOptions,
} from '../../../harness/session/launch-options.ts';

const opener: LmsProfile = {
  name: 'opener',
  description: 'popup launcher',
  quirks: [{ quirk: 'api-via-opener' }],
};
const flaky: LmsProfile = {
  name: 'flaky',
  description: 'every Commit fails',
  versions: ['1.2'],
  quirks: [{ quirk: 'commit-failure', every: 1 }],
};

function thrown(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof HarnessError ? `${e.code}: ${e.message}` : 'not-a-harness-error';
  }
  return undefined;
}

describe('the lmsProfile launch option, checked before any browser work', () => {
  const modes: [string | undefined, LmsProfile | undefined, string][] = [
    [undefined, undefined, 'frameset'],
    ['nested:3', undefined, 'nested:3'],
    ['nested:3', flaky, 'nested:3'],
    [undefined, opener, 'popup'],
    ['popup', opener, 'popup'],
    ['popup:2', opener, 'popup:2'],
  ];
  for (const [requested, profile, mode] of modes) {
    it(`mode ${requested ?? '(none)'} with ${profile?.name ?? 'no profile'}: ${mode}`, () => {
      expect(launchModeFor(requested, profile)).to.equal(mode);
    });
  }

  it('an explicit mode other than popup conflicts with api-via-opener', () => {
    expect(thrown(() => launchModeFor('frameset', opener))).to.match(
      /^CONFIG_INVALID: LMS profile "opener" launches content in a popup/,
    );
  });

  const profiles: [LmsProfile | string, '1.2' | '2004', string | undefined][] = [
    ['moodle-1.2', '1.2', undefined],
    [
      'moodle-1.2',
      '2004',
      'CONFIG_INVALID: moodle-1.2: LMS profile "moodle-1.2" is for SCORM 1.2, not 2004',
    ],
    ['no-such-lms', '1.2', 'CONFIG_INVALID: no built-in LMS profile "no-such-lms"'],
    [flaky, '1.2', undefined],
    [
      { ...flaky, quirks: [{ quirk: 'commit-failure', every: 0 }] },
      '1.2',
      'CONFIG_INVALID: not a valid LMS profile: quirks[0].every: must be >= 1',
    ],
  ];
  for (const [value, version, error] of profiles) {
    const name = typeof value === 'string' ? value : `inline ${value.name}`;
    it(`${name} for SCORM ${version}: ${error ?? 'accepted'}`, () => {
      expect(thrown(() => resolveLmsProfile(value, version))).to.equal(error);
    });
  }
});

describe('a run-wide LMS profile in the gate', () => {
  const meta: ScenarioMeta = {
    id: 'launches',
    title: 'launches',
    ref: 'scorm-runtime.md#session-time',
    versions: ['1.2', '2004'],
    launchModes: ['frameset', 'nested:3'],
    kind: 'must',
    tags: ['time'],
    rules: [],
  };
  const target = (version: '1.2' | '2004'): GateTarget => ({
    version,
    package: { root: '/nowhere', source: 'p', version, scos: [] },
    discovery: version,
  });

  it('api-via-opener collapses every launch mode into one popup run', () => {
    const plan = planRuns([{ meta, run: async () => {} }], [target('1.2')], opener);
    expect(plan.map((p) => `${p.version} ${p.launchMode}`)).to.deep.equal([
      '1.2 popup',
      '2004 popup',
    ]);
  });

  it('skips the versions the profile is not for, and hands the rest the profile unless a launch brings its own', async () => {
    const seen: LaunchOptions[] = [];
    // The scenario's launches stop at the harness: no LMS, no browser.
    const harness = {
      launch: (options: LaunchOptions) => {
        seen.push(options);
        return Promise.reject(new Error('not launched'));
      },
    } as unknown as Harness;
    const own: LmsProfile = { ...flaky, name: 'own', versions: ['1.2', '2004'] };
    const scenario: Scenario = {
      meta: { ...meta, launchModes: ['frameset'] },
      run: async (ctx) => {
        await ctx.launch().catch(() => undefined);
        await ctx.launch({ lmsProfile: own }).catch(() => undefined);
      },
    };
    const report = await new Gate(harness, {} as ContentAccessDriver).run({
      scenarios: [scenario],
      targets: [target('1.2'), target('2004')],
      lmsProfile: flaky,
    });
    expect(report.results.map((r) => [r.version, r.status, r.message])).to.deep.equal([
      ['1.2', 'pass', undefined],
      ['2004', 'skip', 'LMS profile "flaky" is for SCORM 1.2'],
    ]);
    expect(seen.map((o) => (o.lmsProfile as LmsProfile).name)).to.deep.equal(['flaky', 'own']);
  });
});
