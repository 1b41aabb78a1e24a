/**
 * The source injected into every frame: the virtual clock and the exit watch (bundled browser
 * modules) plus the call that installs them, all inside one function scope so content sees no
 * extra globals. The root clock's part (fake-timers) sits in a function of its own that only a
 * window turning out to be a root calls: other frames use the root's (shared-clock.browser.ts).
 *
 * Why fake timers and not CDP virtual time: CDP virtual time is per page, stalls on network
 * loads and has no notion of popups; fake-timers gives one clock we can share across frames and
 * windows and advance deterministically from Node.
 */
import { bundleForBrowser } from '../lms/runtime-bundle.ts';

let bundled: Promise<[string, string]> | undefined;

/** The frame part and the root clock's part, bundled once per process. */
function bundles(): Promise<[string, string]> {
  bundled ??= Promise.all([
    bundleForBrowser(new URL('./browser/frame-setup.browser.ts', import.meta.url), {
      globalName: 'harnessFrame',
      minify: true,
    }),
    bundleForBrowser(new URL('./browser/root-clock.browser.ts', import.meta.url), {
      globalName: 'harnessRootClock',
      minify: true,
      // fake-timers requires 'util' only when a Node `process` global exists, never in a page.
      external: ['util'],
    }),
  ]);
  return bundled;
}

/** The script for a session whose virtual clock starts at `start` (ms since the epoch). */
export async function virtualClockScript(start: number): Promise<string> {
  const [frame, rootClock] = await bundles();
  const loadRootClock = `function(){${rootClock};return harnessRootClock;}`;
  return `(function(){${frame};harnessFrame.setupFrame(${JSON.stringify(start)},${loadRootClock});})();`;
}
