/**
 * The Chromium browser processes below this one (Linux), for tests that check what a launch gave
 * the browser. Another test's browser may still be running: compare against the pids from before.
 */
import { descendants } from '../../../bench/gate/process-cpu.ts';

function browsers(): Map<number, readonly string[]> {
  return new Map(
    descendants()
      .filter((s) => s.type === 'browser')
      .map((s) => [s.pid, s.args]),
  );
}

export function browserPids(): Set<number> {
  return new Set(browsers().keys());
}

/** The command lines of the browser processes started since `before` was taken. */
export function browsersStartedSince(before: ReadonlySet<number>): (readonly string[])[] {
  return [...browsers()].filter(([pid]) => !before.has(pid)).map(([, args]) => args);
}
