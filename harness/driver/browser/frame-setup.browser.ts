/** Everything injected into each frame before its first script: the shared clock, then the exit watch. */
import { installExitWatch } from './exit-watch.browser.ts';
import { installVirtualClock } from './virtual-clock.browser.ts';

export function setupFrame(start: number): void {
  installVirtualClock(start);
  installExitWatch();
}
