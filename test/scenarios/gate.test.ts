import { expect } from 'chai';
import type { Gate, GateReport, ScenarioResult } from '../../harness/scenario/runner.ts';
import { startGate } from '../../harness/scenario/runner.ts';
import { bridgeTargets, runBridgeGate, type BridgeFlavour } from '../../scenarios/gate.ts';
import { SCENARIOS } from '../../scenarios/index.ts';

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
});
