/** Everything injected into each frame before its first script: the shared clock, then the exit watch. */
import { installExitWatch } from './exit-watch.browser.ts';
import { installVirtualClock, type LoadRootClock } from './shared-clock.browser.ts';

export function setupFrame(start: number, loadRootClock: LoadRootClock): void {
  installVirtualClock(start, loadRootClock);
  installExitWatch();
}
