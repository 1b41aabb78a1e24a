/**
 * What a launch is doing, for a person at a terminal: a line per stage and a bar while virtual time
 * advances. Silent in CI and pipes, where redrawn output turns into junk lines in a log.
 */
import cliProgress from 'cli-progress';
import { liveOutputEnabled, type Env } from '../../../reports/terminal.ts';

export interface LaunchProgress {
  stage(text: string): void;
  /** Starts the bar over `total` virtual ms. */
  advancing(total: number): void;
  advanced(done: number): void;
  stop(): void;
}

const silent: LaunchProgress = { stage() {}, advancing() {}, advanced() {}, stop() {} };

export function createLaunchProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  env: Env,
): LaunchProgress {
  if (!liveOutputEnabled(stream, env)) return silent;
  let bar: cliProgress.SingleBar | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    stage(text) {
      stop();
      stream.write(`› ${text}\n`);
    },
    advancing(total) {
      bar = new cliProgress.SingleBar(
        { stream, format: '  {bar} {value}/{total} s of virtual time', hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.ceil(total / 1000), 0);
    },
    advanced(done) {
      bar?.update(Math.floor(done / 1000));
    },
    stop,
  };
}
