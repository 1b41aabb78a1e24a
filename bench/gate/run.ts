/**
 * Wall time of the whole bridge gate against the reference builds (both versions, one browser,
 * pages in parallel), and scenario runs per second. Target: under 20 s on 2 cores.
 *
 * It also prints where the CPU went (Node, and Chromium by process type, on Linux): on 2 cores the
 * wall time cannot fall below half the CPU time, so that is the figure to bring down.
 *
 * Each gate is followed by its peer (peer.ts): bare Chromium doing the same launches and requests,
 * so the gate / peer ratio tells a costlier harness from a busier host. The host's speed also moves
 * between a gate and its peer, so `--rounds N` runs N gate-and-peer pairs and prints the medians.
 *
 *   npx tsx bench/gate/run.ts [--flavour dedicated|auto] [--concurrency N] [--rounds N]
 *
 * Concurrency defaults to the gate runner's (DEFAULT_CONCURRENCY: one launch per core, two to four).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { GateTarget } from '../../harness/scenario/context.ts';
import { DEFAULT_CONCURRENCY, startGate } from '../../harness/scenario/runner.ts';
import { bridgeTargets, runBridgeGate, type BridgeFlavour } from '../../scenarios/gate.ts';
import { median } from '../median.ts';
import { runPeer, type PeerWork } from './peer.ts';
import { cpuBetween, descendants } from './process-cpu.ts';

const { values } = parseArgs({
  options: {
    flavour: { type: 'string', default: 'dedicated' },
    concurrency: { type: 'string' },
    rounds: { type: 'string', default: '1' },
  },
});
const flavour = values.flavour as BridgeFlavour;
const concurrency =
  values.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(values.concurrency);
const rounds = Number(values.rounds);

function printCpu(nodeSeconds: number, chromium: [string, number][]): number {
  const total = nodeSeconds + chromium.reduce((sum, [, seconds]) => sum + seconds, 0);
  console.log(`  cpu               ${total.toFixed(1)} s`);
  console.log(`    node            ${nodeSeconds.toFixed(1)} s`);
  for (const [type, seconds] of chromium) {
    console.log(`    ${`chromium ${type}`.padEnd(36)} ${seconds.toFixed(1)} s`);
  }
  return total;
}

interface GateFigures {
  wallMs: number;
  cpu: number;
  ok: boolean;
  /** What the gate's traces hold, for its peer to do. */
  work: PeerWork;
}

async function measureGate(targets: GateTarget[]): Promise<GateFigures> {
  // Read before the gate runs: during it, the gate's own processes are the load.
  const loadBefore = loadavg()[0]!;
  const browserStart = performance.now();
  const gate = await startGate();
  const browserMs = performance.now() - browserStart;
  try {
    const chromiumBefore = descendants();
    const nodeBefore = process.cpuUsage();
    const report = await runBridgeGate({ gate, targets, concurrency });
    const nodeUsed = process.cpuUsage(nodeBefore);
    const chromium = cpuBetween(chromiumBefore, descendants());
    const failed = report.results.filter((r) => !r.ok);
    for (const r of failed) {
      console.log(`not ok ${r.id} [${r.version} ${r.launchMode}] ${r.status}`);
    }
    const slowest = [...report.results].sort((a, b) => b.durationMs - a.durationMs).slice(0, 3);
    console.log(
      `bridge gate (${flavour} builds, concurrency ${concurrency}; load average before ${loadBefore.toFixed(1)})`,
    );
    console.log(`  browser start     ${(browserMs / 1000).toFixed(2)} s`);
    console.log(`  scenario runs     ${report.results.length} (${failed.length} not ok)`);
    console.log(`  wall time         ${(report.wallMs / 1000).toFixed(2)} s`);
    console.log(
      `  runs per second   ${(report.results.length / (report.wallMs / 1000)).toFixed(2)}`,
    );
    const cpu = printCpu((nodeUsed.user + nodeUsed.system) / 1e6, chromium);
    for (const r of slowest) {
      console.log(
        `  slow: ${r.id} [${r.version} ${r.launchMode}] ${(r.durationMs / 1000).toFixed(2)} s`,
      );
    }
    const traces = report.results.flatMap((r) => r.traces);
    const requests = traces.reduce(
      (sum, t) => sum + t.events.filter((e) => e.type === 'http' && e.target === 'backend').length,
      0,
    );
    return {
      wallMs: report.wallMs,
      cpu,
      ok: failed.length === 0,
      work: { launches: traces.length, requests, concurrency },
    };
  } finally {
    await gate.close();
  }
}

const targets = await bridgeTargets(flavour);
const pairs: { gate: number; peer: number; wallRatio: number; cpuRatio: number }[] = [];
let allOk = true;
for (let round = 1; round <= rounds; round += 1) {
  if (rounds > 1) console.log(`round ${round} of ${rounds}`);
  const gate = await measureGate(targets);
  allOk &&= gate.ok;
  // The peer runs once the gate's browser is gone, so neither takes the other's cores.
  const { work } = gate;
  const peer = await runPeer(work);
  console.log(
    `peer: bare Chromium, ${work.launches} launches of a page with an iframe, ${work.requests} JSON POSTs, ${work.concurrency} at a time`,
  );
  console.log(`  wall time         ${(peer.wallMs / 1000).toFixed(2)} s`);
  const peerCpu = printCpu(peer.nodeSeconds, peer.chromium);
  const pair = {
    gate: gate.wallMs,
    peer: peer.wallMs,
    wallRatio: gate.wallMs / peer.wallMs,
    cpuRatio: gate.cpu / peerCpu,
  };
  pairs.push(pair);
  console.log(
    `gate / peer        wall ${pair.wallRatio.toFixed(2)}, cpu ${pair.cpuRatio.toFixed(2)}`,
  );
}
if (rounds > 1) {
  const of = (key: keyof (typeof pairs)[number]) => median(pairs.map((p) => p[key]));
  console.log(`medians over ${rounds} rounds`);
  console.log(`  gate wall time    ${(of('gate') / 1000).toFixed(2)} s`);
  console.log(`  peer wall time    ${(of('peer') / 1000).toFixed(2)} s`);
  console.log(
    `  gate / peer       wall ${of('wallRatio').toFixed(2)}, cpu ${of('cpuRatio').toFixed(2)}`,
  );
}
process.exitCode = allOk ? 0 : 1;
