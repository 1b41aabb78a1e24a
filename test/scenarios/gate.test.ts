import { expect } from 'chai';
import type { Gate, GateReport, ScenarioResult } from '../../harness/scenario/runner.ts';
import { startGate } from '../../harness/scenario/runner.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBridge } from '../../examples/sch-bridge/build.ts';
import {
  bridgeTargets,
  packageTargets,
  runBridgeGate,
  type BridgeFlavour,
} from '../../scenarios/gate.ts';
import { SCENARIOS } from '../../scenarios/index.ts';
import { scratch } from '../harness/package/fixtures.ts';
import { MOCK_PATHS } from './fixtures/other-backend-paths.ts';

const describeFailure = (r: ScenarioResult) =>
  `${r.id} [${r.version} ${r.launchMode}] ${r.status}: ${r.message ?? ''}`;

// The dedicated builds' full gate runs as the reference of the kill matrix
// (test/examples/sch-bridge/mutants.test.ts); this file adds the build that picks its API.
describe('the bridge gate against the reference bridge', function () {
  // A full gate takes about a minute of real time on 2 cores.
  this.timeout(240_000);
  let gate: Gate;

  before(async () => {
    gate = await startGate();
  });
  after(async () => {
    await gate.close();
  });

  const flavours: BridgeFlavour[] = ['auto'];
  for (const flavour of flavours) {
    it(`passes every scenario with the ${flavour} builds`, async () => {
      const report: GateReport = await runBridgeGate({
        gate,
        targets: await bridgeTargets(flavour),
      });
      const runs = SCENARIOS.reduce(
        (n, s) => n + s.meta.versions.length * s.meta.launchModes.length,
        0,
      );
      expect(report.results).to.have.length(runs);
      expect(report.results.filter((r) => !r.ok).map(describeFailure)).to.deep.equal([]);
      expect(report.results.every((r) => r.status === 'pass')).to.equal(true);
    });
  }

  describe('a build that calls its backend on other paths', () => {
    // The scenarios that find backend requests by their path, and one that needs every endpoint.
    const ids = ['resume-rehydrates', 'heartbeat-every-60s', 'errors-checked', 'completion-rule'];
    const scenarios = SCENARIOS.filter((s) => ids.includes(s.meta.id));
    let folder: string;
    let cleanup: () => Promise<void>;

    before(async () => {
      let dir: string;
      ({ dir, cleanup } = await scratch());
      const swap = fileURLToPath(new URL('fixtures/other-backend-paths.ts', import.meta.url));
      folder = (
        await buildBridge({
          variant: '2004',
          outDir: join(dir, 'build'), // its .hash and .core.mjs go beside it, inside dir
          swaps: { 'backend/paths.ts': swap },
        })
      ).packageDir;
    });
    after(() => cleanup());

    it('passes when the target names its paths, and fails without them', async () => {
      const run = async (named: boolean) =>
        runBridgeGate({
          gate,
          scenarios,
          targets: await packageTargets({ '2004': folder }, '2004', named ? MOCK_PATHS : undefined),
        });
      const named = (await run(true)).results.filter((r) => r.version === '2004');
      expect(named).to.have.length(5);
      expect(named.filter((r) => r.status !== 'pass').map(describeFailure)).to.deep.equal([]);
      const unnamed = (await run(false)).results.filter((r) => r.status === 'fail');
      expect([...new Set(unnamed.map((r) => r.id))]).to.have.members(ids);
    });

    it('refuses a path name the mock backend does not have', async () => {
      const [target] = await packageTargets({ '2004': folder }, '2004');
      const report = await runBridgeGate({
        gate,
        scenarios: scenarios.slice(0, 1),
        targets: [{ ...target!, backendPaths: { heartbeats: '/x' } }],
      });
      const [result] = report.results.filter((r) => r.version === '2004');
      expect(result?.status).to.equal('error');
      expect(result?.message).to.match(
        /backendPaths cannot be served: heartbeats: is not an endpoint/,
      );
    });
  });
});
