/**
 * The main thread's side of reading a long JSONL trace on two cores: a worker thread
 * (jsonl-worker.ts) reads, splits, parses and schema-checks the file ahead, and hands over the
 * text of lines it has accepted; the main thread parses those again (a structured clone of parsed
 * objects costs about what JSON.parse does) and shows them to the visitor. Memory stays bounded:
 * the worker waits while MAX_IN_FLIGHT chunks are sent and not yet taken.
 *
 * A worker needs 0.3 to 1 s to start (tsx, ajv), so the main thread reads the file itself until
 * the worker says it is ready, then tells it the byte offset to go on from; and a worker that
 * finished a file waits, unreferenced, for the process's next long file. Every error is raised on
 * the main thread by the code that raises it without a worker: a line the worker refuses is
 * checked again here, so its error is the same, line number included.
 */
import { Worker } from 'node:worker_threads';
import { HarnessError } from '../errors.ts';
import { eachLine, invalid, type TraceLines } from './jsonl-lines.ts';

/** Chunks sent by the worker and not yet taken by the main thread, at most. */
export const MAX_IN_FLIGHT = 4;

export interface ReadAheadData {
  /** One Int32: chunks in flight. The worker adds, the main thread subtracts and notifies. */
  inFlight: SharedArrayBuffer;
}

/** A file to read from `offset`, the first byte the main thread has not taken, and its state there. */
export interface Start {
  file: string;
  chunkBytes: number;
  offset: number;
  headerSeen: boolean;
}

/** Why the worker stopped reading; the text before it is sent with it. */
export type Stop =
  | { why: 'final' }
  | { why: 'refused'; line: string }
  | { why: 'end' }
  | { why: 'overlong' }
  | { why: 'unreadable'; code: string };

export type FromWorker = { ready: true } | { text: string; stop?: Stop };

export function unreadable(file: string, code: string, cause?: unknown): HarnessError {
  return new HarnessError(
    {
      code: 'TRACE_INVALID',
      file,
      message: `cannot read the trace (${code})`,
      hint: 'check the path',
    },
    { cause },
  );
}

// A worker thread does not inherit the tsx loader that the CLI registers at run time: this entry
// registers it before it imports jsonl-worker.ts.
const ENTRY = new URL('./jsonl-worker.mjs', import.meta.url);

export class ReadAhead {
  /** A started worker with no file to read: the next long file takes it. */
  private static idle: ReadAhead | undefined;
  private readonly worker: Worker;
  private readonly inFlight: Int32Array;
  private readonly started: Promise<void>;
  /** The worker has started and waits for a file. */
  ready = false;
  /** A file is handed over and the worker has not sent its stop. */
  private reading = false;
  private dead = false;
  /** The running hand-over's handlers. */
  private take: ((message: FromWorker) => void) | undefined;
  private fail: ((error: unknown) => void) | undefined;

  /** The idle worker if there is one, else a new one. */
  static take(): ReadAhead {
    const ahead = ReadAhead.idle ?? new ReadAhead();
    ReadAhead.idle = undefined;
    return ahead;
  }

  private constructor() {
    const shared = new SharedArrayBuffer(4);
    this.inFlight = new Int32Array(shared);
    const data: ReadAheadData = { inFlight: shared };
    // Its own loader only: inheriting `--import tsx` as well would register tsx twice.
    this.worker = new Worker(ENTRY, { workerData: data, execArgv: [] });
    this.started = new Promise((resolve, reject) => {
      this.worker.on('message', (message: FromWorker) => {
        if ('ready' in message) {
          this.ready = true;
          resolve();
        } else this.take?.(message);
      });
      const died = (error: unknown) => {
        this.dead = true;
        if (ReadAhead.idle === this) ReadAhead.idle = undefined;
        reject(error);
        this.fail?.(error);
      };
      this.worker.on('error', died);
      this.worker.on('exit', (code) => died(new Error(`the read-ahead worker exited (${code})`)));
    });
    // A worker that failed to start matters only if the main thread hands over to it.
    this.started.catch(() => {});
  }

  /** Has the worker read on from `start` and shows its lines to `lines`; resolves after the final line. */
  async finish(start: Start, lines: TraceLines): Promise<void> {
    await this.started;
    const { worker, inFlight } = this;
    Atomics.store(inFlight, 0, 0);
    this.reading = true;
    // Referenced while it reads: the main thread may have nothing else to wait for.
    worker.ref();
    try {
      await new Promise<void>((resolve, reject) => {
        this.fail = reject;
        this.take = (message) => {
          if (!('text' in message)) return;
          try {
            eachLine(message.text, (line) => {
              lines.takeChecked(line);
              return !lines.finished;
            });
            Atomics.sub(inFlight, 0, 1);
            Atomics.notify(inFlight, 0);
            if (!message.stop) return;
            this.reading = false;
            settle(message.stop, lines, resolve);
          } catch (error) {
            reject(error);
          }
        };
        worker.postMessage(start);
      });
    } finally {
      this.take = undefined;
      this.fail = undefined;
    }
  }

  /**
   * After a file: a worker that stopped by itself waits for the next one, unreferenced so that it
   * never keeps the process alive; one stopped midway (the visitor threw) is terminated.
   */
  async release(): Promise<void> {
    if (this.dead) return;
    if (this.reading || ReadAhead.idle) {
      this.dead = true;
      await this.worker.terminate();
      return;
    }
    this.worker.unref();
    ReadAhead.idle = this;
  }
}

function settle(stop: Stop, lines: TraceLines, done: () => void): void {
  const { file } = lines;
  if (stop.why === 'final' && lines.finished) return done();
  if (stop.why === 'refused') {
    lines.take(stop.line);
    throw new Error(`${file}:${lines.n}: the read-ahead worker refused a line that checks out`);
  }
  if (stop.why === 'end') throw lines.ended();
  if (stop.why === 'overlong') throw invalid(file, lines.n + 1, 'line is too long');
  if (stop.why === 'unreadable') throw unreadable(file, stop.code);
  throw new Error(`${file}:${lines.n}: the read-ahead worker stopped at a final line not seen`);
}
