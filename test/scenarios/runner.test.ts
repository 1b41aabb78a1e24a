import { expect } from 'chai';
import express from 'express';
import { HarnessError } from '../../harness/errors.ts';
import type { ContentAccessDriver } from '../../harness/scenario/content-driver.ts';
import type { GateTarget } from '../../harness/scenario/context.ts';
import { parseExpectations } from '../../harness/scenario/expectations.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { Gate, planRuns, startOrder } from '../../harness/scenario/runner.ts';
import type { Harness } from '../../harness/session/harness.ts';
import { MissingCallError } from '../../harness/session/session.ts';

const meta = (id: string, versions: ScenarioMeta['versions']): ScenarioMeta => ({
  id,
  title: id,
  ref: 'scorm-runtime.md#session-time',
  versions,
  launchModes: ['frameset', 'popup'],
  kind: 'must',
  tags: ['time'],
  rules: [],
});

const passes: Scenario = { meta: meta('passes', ['1.2', '2004']), run: async () => {} };
const fails: Scenario = {
  meta: meta('fails', ['2004']),
  run: async () => {
    expect(1).to.equal(2);
  },
};
const breaks: Scenario = {
  meta: meta('breaks', ['2004']),
  run: async () => {
    throw new Error('the package did not load');
  },
};

const misses: Scenario = {
  meta: meta('misses', ['2004']),
  run: async () => {
    throw new MissingCallError('Terminate', undefined, 1000);
  },
};

const target = (version: '1.2' | '2004'): GateTarget => ({
  version,
  package: { root: '/nowhere', source: 'p', version, scos: [] },
  discovery: version,
});

// Scenarios here never launch, so the gate needs neither an LMS nor a browser.
const gate = new Gate({} as Harness, {} as ContentAccessDriver);

describe('gate runner', () => {
  it('expands scenarios over versions and launch modes, in order', () => {
    const plan = planRuns([passes, fails], [target('2004')]);
    expect(plan.map((p) => `${p.scenario.meta.id} ${p.version} ${p.launchMode}`)).to.deep.equal([
      'passes 1.2 frameset',
      'passes 1.2 popup',
      'passes 2004 frameset',
      'passes 2004 popup',
      'fails 2004 frameset',
      'fails 2004 popup',
    ]);
    expect(plan.map((p) => p.target?.version)).to.deep.equal([
      undefined,
      undefined,
      '2004',
      '2004',
      '2004',
      '2004',
    ]);
  });

  it('tells a failed assertion from a harness error, and skips versions without a build', async () => {
    const report = await gate.run({
      scenarios: [passes, fails, breaks],
      targets: [target('2004')],
      concurrency: 2,
    });
    const rows = report.results.map((r) => [r.id, r.version, r.launchMode, r.status, r.ok]);
    expect(rows).to.deep.equal([
      ['passes', '1.2', 'frameset', 'skip', true],
      ['passes', '1.2', 'popup', 'skip', true],
      ['passes', '2004', 'frameset', 'pass', true],
      ['passes', '2004', 'popup', 'pass', true],
      ['fails', '2004', 'frameset', 'fail', false],
      ['fails', '2004', 'popup', 'fail', false],
      ['breaks', '2004', 'frameset', 'error', false],
      ['breaks', '2004', 'popup', 'error', false],
    ]);
    expect(report.ok).to.equal(false);
    expect(report.results[4]?.message).to.match(/expected 1 to equal 2/);
  });

  it('counts a call the content never made as a failure of the content, not a harness error', async () => {
    const report = await gate.run({ scenarios: [misses], targets: [target('2004')] });
    expect(report.results.map((r) => [r.status, r.message])).to.deep.equal([
      ['fail', 'no Terminate call within 1000 ms of virtual time'],
      ['fail', 'no Terminate call within 1000 ms of virtual time'],
    ]);
  });

  it('accepts an expected failure and fails an unexpected pass', async () => {
    const expectations = parseExpectations({
      fails: { expected: 'fail', reason: 'known defect', issue: '#4' },
      passes: { expected: 'fail', reason: 'fixed since', version: '2004' },
    });
    const report = await gate.run({
      scenarios: [passes, fails],
      targets: [target('1.2'), target('2004')],
      expectations,
    });
    const byKey = new Map(report.results.map((r) => [`${r.id} ${r.version} ${r.launchMode}`, r]));
    expect(byKey.get('fails 2004 frameset')).to.include({ status: 'fail', ok: true });
    expect(byKey.get('passes 1.2 frameset')).to.include({ status: 'pass', ok: true });
    expect(byKey.get('passes 2004 frameset')).to.include({ status: 'pass', ok: false });
    expect(byKey.get('passes 2004 frameset')?.message).to.match(/unexpected pass.*fixed since/);
  });

  const invalid: [string, unknown][] = [
    ['a list', []],
    ['an entry expecting a pass', { x: { expected: 'pass', reason: 'r' } }],
    ['an entry without reason', { x: { expected: 'fail' } }],
    ['an unknown key', { x: { expected: 'fail', reason: 'r', until: 'never' } }],
    ['an unknown version', { x: { expected: 'fail', reason: 'r', version: '1.3' } }],
  ];
  for (const [what, value] of invalid) {
    it(`refuses expectations with ${what}`, () => {
      expect(() => parseExpectations(value, 'e.json'))
        .to.throw(HarnessError)
        .with.property('code', 'CONFIG_INVALID');
    });
  }

  it('starts the costliest runs first, keeping the plan order among equals', () => {
    const heavy: Scenario = { meta: { ...meta('heavy', ['2004']), cost: 10 }, run: passes.run };
    const medium: Scenario = { meta: { ...meta('medium', ['2004']), cost: 2 }, run: passes.run };
    const plan = planRuns([passes, medium, heavy], [target('2004')]);
    const started = startOrder(plan).map(
      (i) => `${plan[i]!.scenario.meta.id} ${plan[i]!.version} ${plan[i]!.launchMode}`,
    );
    expect(started).to.deep.equal([
      'heavy 2004 frameset',
      'heavy 2004 popup',
      'medium 2004 frameset',
      'medium 2004 popup',
      'passes 1.2 frameset',
      'passes 1.2 popup',
      'passes 2004 frameset',
      'passes 2004 popup',
    ]);
  });

  it('keeps results in plan order whatever order the runs started in', async () => {
    const heavy: Scenario = { meta: { ...meta('heavy', ['2004']), cost: 3 }, run: passes.run };
    const report = await gate.run({ scenarios: [passes, heavy], targets: [target('2004')] });
    expect(report.results.map((r) => `${r.id} ${r.version} ${r.launchMode}`)).to.deep.equal([
      'passes 1.2 frameset',
      'passes 1.2 popup',
      'passes 2004 frameset',
      'passes 2004 popup',
      'heavy 2004 frameset',
      'heavy 2004 popup',
    ]);
  });

  it('takes every backend a run mounted off the LMS once the run is over, failed runs included', async () => {
    const mounted = new Set<string>();
    const harness = {
      lms: {
        mountBackend: (prefix: string) => {
          mounted.add(prefix);
          return () => mounted.delete(prefix);
        },
      },
    } as unknown as Harness;
    const during: number[] = [];
    const mounting = (id: string, fail: boolean): Scenario => ({
      meta: meta(id, ['2004']),
      run: async (ctx) => {
        ctx.mountBackend(express.Router());
        ctx.mountBackend(express.Router());
        during.push(mounted.size);
        if (fail) throw new Error('the package did not load');
      },
    });
    const report = await new Gate(harness, {} as ContentAccessDriver).run({
      scenarios: [mounting('keeps', false), mounting('breaks', true)],
      targets: [target('2004')],
      concurrency: 1,
    });
    expect(report.results.map((r) => r.status)).to.deep.equal(['pass', 'pass', 'error', 'error']);
    // One run at a time: each found only its own two.
    expect(during).to.deep.equal([2, 2, 2, 2]);
    expect([...mounted]).to.deep.equal([]);
  });
});
