/**
 * Launch benchmark: launches per second of a minimal SCO (initialize, set status, terminate) under
 * the Chromium and jsdom drivers, and for each driver the ratio of simulated to wall time over 30
 * minutes of 60 s heartbeats. One harness per driver (started outside the measurement), warm-up
 * launches first. Figures only: nothing here asserts a timing.
 */
import { fileURLToPath } from 'node:url';
import type { BrowserDriver } from '../../harness/driver/driver.ts';
import { launchJsdomDriver } from '../../harness/driver/jsdom-driver.ts';
import { launchPuppeteerDriver } from '../../harness/driver/puppeteer-driver.ts';
import { loadPackage } from '../../harness/package/index.ts';
import { startHarness, type Harness } from '../../harness/session/harness.ts';

const WARMUP = 3;
const LAUNCHES = 20;
const HEARTBEAT_SPAN = 30 * 60_000;

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/sco/${name}`, import.meta.url));

interface Figures {
  driver: string;
  launchesPerSecond: number;
  heartbeatRatio: number;
  heartbeatCommits: number;
}

async function launchesPerSecond(harness: Harness, runs: number): Promise<number> {
  const pkg = await loadPackage(fixture('sco12'));
  const once = async (i: number) => {
    const session = await harness.launch({
      package: pkg,
      learner: { id: `bench-${i}`, name: 'Bench, B' },
      runtime: { launchData: 'finish' },
    });
    await session.finish();
  };
  for (let i = 0; i < WARMUP; i += 1) await once(-1 - i);
  const started = performance.now();
  for (let i = 0; i < runs; i += 1) await once(i);
  return runs / ((performance.now() - started) / 1000);
}

async function heartbeat(harness: Harness): Promise<{ ratio: number; commits: number }> {
  const session = await harness.launch({ package: await loadPackage(fixture('heartbeat')) });
  const started = performance.now();
  await session.tick(HEARTBEAT_SPAN);
  const wall = performance.now() - started;
  const trace = await session.finish();
  const commits = trace.events.filter((e) => e.type === 'api' && e.fn === 'LMSCommit').length;
  return { ratio: HEARTBEAT_SPAN / wall, commits };
}

async function measure(name: string, driver: BrowserDriver): Promise<Figures> {
  const harness = await startHarness({ driver });
  try {
    const launches = await launchesPerSecond(harness, LAUNCHES);
    const beat = await heartbeat(harness);
    return {
      driver: name,
      launchesPerSecond: launches,
      heartbeatRatio: beat.ratio,
      heartbeatCommits: beat.commits,
    };
  } finally {
    await harness.close();
  }
}

const results = [
  await measure('chromium', await launchPuppeteerDriver()),
  await measure('jsdom', await launchJsdomDriver()),
];
console.log(
  `launch benchmark: ${LAUNCHES} launches of a minimal SCO after ${WARMUP} warm-up, then`,
);
console.log(`30 min of 60 s heartbeats in virtual time (simulated/wall: higher is faster)\n`);
console.log('driver     launches/s   heartbeat simulated/wall   commits');
for (const r of results) {
  console.log(
    `${r.driver.padEnd(10)} ${r.launchesPerSecond.toFixed(2).padStart(10)}   ${`${Math.round(r.heartbeatRatio)}x`.padStart(24)}   ${String(r.heartbeatCommits).padStart(7)}`,
  );
}
const [chromium, jsdom] = results as [Figures, Figures];
console.log(
  `\njsdom/chromium launches: ${(jsdom.launchesPerSecond / chromium.launchesPerSecond).toFixed(2)}x`,
);
if (results.some((r) => r.heartbeatCommits !== HEARTBEAT_SPAN / 60_000)) {
  console.log(
    'note: a driver did not record one commit per heartbeat; its ratio is not comparable',
  );
}
