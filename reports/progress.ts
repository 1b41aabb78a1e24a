/**
 * A live progress bar while scenarios run, for a person at a terminal only: in CI or a pipe it
 * stays silent, because a redrawn bar turns into hundreds of junk lines in a log.
 */
import cliProgress from 'cli-progress';
import type { Status } from '../harness/results/types.ts';
import { liveOutputEnabled, type Env } from './terminal.ts';

export interface RunProgress {
  start(total: number): void;
  scenarioDone(id: string, status: Status): void;
  stop(): void;
}

export interface ProgressOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  env: Env;
}

const silent: RunProgress = { start() {}, scenarioDone() {}, stop() {} };

export function createProgress(options: ProgressOptions): RunProgress {
  if (!liveOutputEnabled(options.stream, options.env)) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: options.stream,
      format: '{bar} {value}/{total} scenarios · {failed} not passed · {last}',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let failed = 0;
  let started = false;
  return {
    start(total) {
      started = true;
      bar.start(total, 0, { failed, last: '' });
    },
    scenarioDone(id, status) {
      if (!started) return;
      if (status !== 'pass' && status !== 'skip') failed += 1;
      bar.increment(1, { failed, last: `${id} ${status}` });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
