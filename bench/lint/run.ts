// Lint benchmark: writes a long SCORM 2004 session (session-trace.ts) as a JSONL trace into a
// temporary folder, then reads it three ways, each in a child process of its own so that the
// memory figures do not mix: read only (parsed and schema-checked, no rules: the floor), streamed
// (`lintTraceFile`, the path `scorm-harness lint` takes for .jsonl) and loaded whole (`importLog`,
// then `lintTrace`). It prints figures; it never asserts timings.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importLog } from '../../harness/import/index.ts';
import { lintTrace, lintTraceFile } from '../../harness/rules/lint.ts';
import { streamTraceFile } from '../../harness/trace/jsonl.ts';
import type { Finding } from '../../harness/results/types.ts';
import { writeSessionJsonl } from './session-trace.ts';

/** read: the file read, parsed and schema-checked with no rule run, the floor under `streamed`. */
type Mode = 'read' | 'streamed' | 'whole';

interface Measure {
  mode: Mode;
  events: number;
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  peakHeap: number;
  findings: string[];
}

const SAMPLE_MS = 20;

/** Lints the file one way, sampling RSS and heap every SAMPLE_MS while the event loop turns. */
async function measure(mode: Mode, file: string): Promise<Measure> {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const cpu = process.cpuUsage();
  const start = performance.now();
  let findings: Finding[];
  let events: number;
  if (mode === 'read') {
    events = 0;
    findings = [];
    await streamTraceFile(file, { header() {}, event: () => void (events += 1), final() {} });
  } else if (mode === 'streamed') {
    ({ findings, events } = await lintTraceFile(file));
  } else {
    const { trace } = await importLog(file);
    sample();
    events = trace.events.length;
    findings = lintTrace(trace);
  }
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  sample();
  clearInterval(timer);
  const ids = findings.map((f) => `${f.ruleId}@${f.seq ?? '-'}`);
  return {
    mode,
    events,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    peakRss,
    peakHeap,
    findings: ids,
  };
}

function inChild(mode: Mode, file: string): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', mode, file]);
    child.once('message', (m) => resolve(m as Measure));
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the ${mode} run exited with ${code}`));
    });
  });
}

/** The 1-minute load average: on a shared machine it says how far wall time is from CPU time. */
const load = () => `load average ${loadavg()[0]!.toFixed(1)}`;

const mb = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('en-US')} MB`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * Runs a mode `runs` times, each in a fresh process, and keeps the run of median wall time: on a
 * shared machine one run's wall time swings by a quarter either way.
 */
async function median(
  mode: Mode,
  file: string,
  runs: number,
): Promise<Measure & { walls: number[] }> {
  const all: Measure[] = [];
  for (let i = 0; i < runs; i += 1) all.push(await inChild(mode, file));
  const sorted = [...all].sort((a, b) => a.wallMs - b.wallMs);
  return { ...sorted[Math.floor((runs - 1) / 2)]!, walls: all.map((m) => m.wallMs) };
}

function line(m: Measure & { walls?: number[] }): string {
  const perSecond = m.events / (m.wallMs / 1000);
  return [
    m.mode.padEnd(8),
    `${int(perSecond).padStart(9)} events/s`,
    `wall ${(m.wallMs / 1000).toFixed(2)} s`,
    `cpu ${(m.cpuMs / 1000).toFixed(2)} s`,
    `peak RSS ${mb(m.peakRss).padStart(8)}`,
    `peak heap ${mb(m.peakHeap).padStart(8)}`,
    `${m.findings.length} findings`,
    ...(m.walls && m.walls.length > 1
      ? [`(median of ${m.walls.map((w) => (w / 1000).toFixed(2)).join(' / ')} s)`]
      : []),
  ].join('   ');
}

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    child: { type: 'string' },
    whole: { type: 'boolean', default: true },
    runs: { type: 'string', default: '3' },
  },
  allowPositionals: true,
  allowNegative: true,
});

if (values.child) {
  const file = process.argv.at(-1) as string;
  process.send?.(await measure(values.child as Mode, file));
} else {
  const count = Number(values.events);
  const dir = mkdtempSync(join(tmpdir(), 'scorm-harness-bench-lint-'));
  try {
    const file = join(dir, 'session.trace.jsonl');
    const start = performance.now();
    const bytes = writeSessionJsonl(file, count);
    console.log(
      `lint benchmark: ${int(count)} events of one SCORM 2004 session as JSONL (${mb(bytes)}),` +
        ` written in ${((performance.now() - start) / 1000).toFixed(1)} s; each mode in its own process; ${load()}`,
    );
    const runs = Math.max(1, Number(values.runs));
    const read = await median('read', file, runs);
    console.log(line(read));
    const streamed = await median('streamed', file, runs);
    console.log(line(streamed));
    console.log(
      `streamed/read: wall ${(streamed.wallMs / read.wallMs).toFixed(2)}x, cpu ${(streamed.cpuMs / read.cpuMs).toFixed(2)}x`,
    );
    if (values.whole) {
      const whole = await inChild('whole', file);
      console.log(line(whole));
      console.log(
        `streamed/whole: peak RSS ${(streamed.peakRss / whole.peakRss).toFixed(2)}x,` +
          ` peak heap ${(streamed.peakHeap / whole.peakHeap).toFixed(2)}x, wall ${(streamed.wallMs / whole.wallMs).toFixed(2)}x`,
      );
      if (streamed.findings.join() !== whole.findings.join())
        console.log('  note: the streamed and whole runs found different findings');
    }
    console.log(`done; ${load()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
