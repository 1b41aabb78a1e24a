/**
 * Wall time of the whole bridge gate against the reference builds (both versions, one browser,
 * pages in parallel), and scenario runs per second. Target: under 20 s on 2 cores.
 *
 * It also prints where the CPU went (Node, and Chromium by process type, on Linux): on 2 cores the
 * wall time cannot fall below half the CPU time, so that is the figure to bring down.
 *
 *   npx tsx bench/gate/run.ts [--flavour dedicated|auto] [--concurrency N]
 *
 * Concurrency defaults to the gate runner's (DEFAULT_CONCURRENCY: one launch per core, two to four).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_CONCURRENCY, startGate } from '../../harness/scenario/runner.ts';
import { bridgeTargets, runBridgeGate, type BridgeFlavour } from '../../scenarios/gate.ts';
import { runPeer, type PeerWork } from './peer.ts';
import { cpuBetween, descendants } from './process-cpu.ts';

const { values } = parseArgs({
  options: {
    flavour: { type: 'string', default: 'dedicated' },
    concurrency: { type: 'string' },
  },
});
const flavour = values.flavour as BridgeFlavour;
const concurrency =
  values.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(values.concurrency);

// Read before the gate runs: during it, the gate's own processes are the load.
const loadBefore = loadavg()[0]!;
const targets = await bridgeTargets(flavour);
const browserStart = performance.now();
const gate = await startGate();
const browserMs = performance.now() - browserStart;

function printCpu(nodeSeconds: number, chromium: [string, number][]): number {
  const total = nodeSeconds + chromium.reduce((sum, [, seconds]) => sum + seconds, 0);
  console.log(`  cpu               ${total.toFixed(1)} s`);
  console.log(`    node            ${nodeSeconds.toFixed(1)} s`);
  for (const [type, seconds] of chromium) {
    console.log(`    ${`chromium ${type}`.padEnd(36)} ${seconds.toFixed(1)} s`);
  }
  return total;
}

let work: PeerWork;
let gateWallMs: number;
let gateCpu: number;
try {
  const chromiumBefore = descendants();
  const nodeBefore = process.cpuUsage();
  const report = await runBridgeGate({ gate, targets, concurrency });
  const nodeUsed = process.cpuUsage(nodeBefore);
  const chromium = cpuBetween(chromiumBefore, descendants());
  const failed = report.results.filter((r) => !r.ok);
  for (const r of failed) console.log(`not ok ${r.id} [${r.version} ${r.launchMode}] ${r.status}`);
  const slowest = [...report.results].sort((a, b) => b.durationMs - a.durationMs).slice(0, 3);
  console.log(
    `bridge gate (${flavour} builds, concurrency ${concurrency}; load average before ${loadBefore.toFixed(1)})`,
  );
  console.log(`  browser start     ${(browserMs / 1000).toFixed(2)} s`);
  console.log(`  scenario runs     ${report.results.length} (${failed.length} not ok)`);
  console.log(`  wall time         ${(report.wallMs / 1000).toFixed(2)} s`);
  console.log(`  runs per second   ${(report.results.length / (report.wallMs / 1000)).toFixed(2)}`);
  gateCpu = printCpu((nodeUsed.user + nodeUsed.system) / 1e6, chromium);
  for (const r of slowest) {
    console.log(
      `  slow: ${r.id} [${r.version} ${r.launchMode}] ${(r.durationMs / 1000).toFixed(2)} s`,
    );
  }
  process.exitCode = failed.length > 0 ? 1 : 0;
  gateWallMs = report.wallMs;
  const traces = report.results.flatMap((r) => r.traces);
  work = {
    launches: traces.length,
    requests: traces.reduce(
      (sum, t) => sum + t.events.filter((e) => e.type === 'http' && e.target === 'backend').length,
      0,
    ),
    concurrency,
  };
} finally {
  await gate.close();
}

// The peer runs once the gate's browser is gone, so neither takes the other's cores.
const peer = await runPeer(work);
console.log(
  `peer: bare Chromium, ${work.launches} launches of a page with an iframe, ${work.requests} JSON POSTs, ${work.concurrency} at a time`,
);
console.log(`  wall time         ${(peer.wallMs / 1000).toFixed(2)} s`);
const peerCpu = printCpu(peer.nodeSeconds, peer.chromium);
console.log(
  `gate / peer        wall ${(gateWallMs / peer.wallMs).toFixed(2)}, cpu ${(gateCpu / peerCpu).toFixed(2)}`,
);
