/**
 * The read-ahead worker (see jsonl-read-ahead.ts): reads the trace from the offset the main
 * thread gives, checks every line with the same `TraceLines.take` the main thread uses, and sends
 * the text of accepted lines a chunk at a time, waiting while MAX_IN_FLIGHT chunks are untaken.
 * It stops at the final line, at the first line it refuses, or at the end of the file.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { WholeLines } from './jsonl-chunks.ts';
import { eachLine, TraceLines } from './jsonl-lines.ts';
import {
  MAX_IN_FLIGHT,
  type FromWorker,
  type ReadAheadData,
  type Start,
  type Stop,
} from './jsonl-read-ahead.ts';

const port = parentPort!;
const { inFlight } = workerData as ReadAheadData;
const flight = new Int32Array(inFlight);

function send(text: string, stop?: Stop): void {
  for (let now = Atomics.load(flight, 0); now >= MAX_IN_FLIGHT; now = Atomics.load(flight, 0))
    Atomics.wait(flight, 0, now);
  Atomics.add(flight, 0, 1);
  const message: FromWorker = stop ? { text, stop } : { text };
  port.postMessage(message);
}

/** Checks the lines of `text`: the stop they call for, with the text of the lines before it. */
function check(text: string, lines: TraceLines): { text: string; stop?: Stop } {
  let stop: Stop | undefined;
  let cut = 0;
  const end = eachLine(text, (line, start) => {
    try {
      lines.take(line);
    } catch {
      stop = { why: 'refused', line };
      cut = start;
      return false;
    }
    if (lines.finished) stop = { why: 'final' };
    return !lines.finished;
  });
  if (stop?.why === 'refused') return { text: text.slice(0, cut), stop };
  return stop ? { text: text.slice(0, end), stop } : { text };
}

const ignore = (): void => {};

function readFrom({ file, chunkBytes, offset, headerSeen }: Start): void {
  const lines = new TraceLines(file, { header: ignore, event: ignore, final: ignore });
  lines.headerSeen = headerSeen;
  const chunks = new WholeLines(offset, chunkBytes);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    for (;;) {
      const { buffer, offset: at, length } = chunks.room();
      const bytes = readSync(fd, buffer, at, length, chunks.position);
      const checked = check(bytes === 0 ? chunks.rest() : chunks.filled(bytes), lines);
      if (checked.stop) return send(checked.text, checked.stop);
      if (bytes === 0) return send(checked.text, { why: 'end' });
      if (chunks.overlong) return send(checked.text, { why: 'overlong' });
      if (checked.text !== '') send(checked.text);
    }
  } catch (cause) {
    const code =
      (cause as NodeJS.ErrnoException | null)?.syscall && (cause as NodeJS.ErrnoException).code;
    if (!code) throw cause;
    send('', { why: 'unreadable', code });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// One file after another, for as long as the main thread keeps the worker.
port.on('message', (start: Start) => readFrom(start));
const ready: FromWorker = { ready: true };
port.postMessage(ready);
