// Runtime benchmark: replays a realistic course session (session-script.ts) against our runtimes
// and scorm-again in the same process, alternating them within each round, and prints the median
// calls per second of each and their ratio. It prints figures; it never asserts timings.
import { performance } from 'node:perf_hooks';
import { median } from '../median.ts';
import type { Call } from './session-script.ts';
import { versions, type ApiObject } from './subjects.ts';

const WARMUP_SESSIONS = 200;
const ROUNDS = 7;
const SESSIONS_PER_ROUND = 200;

function play(api: ApiObject, script: Call[]): void {
  for (const [fn, ...args] of script) (api[fn] as (...a: unknown[]) => string).apply(api, args);
}

/** Calls whose error code is not 0 (GetLastError after each), so a figure never hides failures. */
function failingCalls(make: () => ApiObject, script: Call[]): string[] {
  const api = make();
  const lastError = 'LMSGetLastError' in api ? 'LMSGetLastError' : 'GetLastError';
  const failures: string[] = [];
  for (const [fn, ...args] of script) {
    const result = (api[fn] as (...a: unknown[]) => string).apply(api, args);
    const error = (api[lastError] as () => string).call(api);
    if (error !== '0')
      failures.push(`${fn}(${args.join(', ').slice(0, 60)}) -> ${result} / ${error}`);
  }
  return failures;
}

function callsPerSecond(make: () => ApiObject, script: Call[], sessions: number): number {
  const start = performance.now();
  for (let i = 0; i < sessions; i++) play(make(), script);
  const seconds = (performance.now() - start) / 1000;
  return (sessions * script.length) / seconds;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(9);

console.log(
  `runtime benchmark: one session = the calls of session-script.ts; ${WARMUP_SESSIONS} warm-up sessions,` +
    ` then the median of ${ROUNDS} rounds of ${SESSIONS_PER_ROUND} sessions (ours and scorm-again alternate)`,
);
for (const version of versions) {
  for (const [who, make] of [
    ['ours', version.ours],
    ['scorm-again', version.peer],
  ] as const) {
    const failures = failingCalls(make, version.script);
    if (failures.length > 0)
      console.log(
        `  note: ${version.name} ${who}: ${failures.length} calls fail: ${failures.join('; ')}`,
      );
  }
  callsPerSecond(version.ours, version.script, WARMUP_SESSIONS);
  callsPerSecond(version.peer, version.script, WARMUP_SESSIONS);
  const ours: number[] = [];
  const peer: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(callsPerSecond(version.ours, version.script, SESSIONS_PER_ROUND));
    peer.push(callsPerSecond(version.peer, version.script, SESSIONS_PER_ROUND));
  }
  const [o, p] = [median(ours), median(peer)];
  console.log(
    `${version.name.padEnd(11)} (${version.script.length} calls/session)  ours ${fmt(o)} calls/s   scorm-again ${fmt(p)} calls/s   ours/scorm-again ${(o / p).toFixed(2)}x`,
  );
}
