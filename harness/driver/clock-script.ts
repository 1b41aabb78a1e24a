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
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const bundles = new Map<string, Promise<string>>();

function bundle(entry: string, globalName: string): Promise<string> {
  let bundled = bundles.get(entry);
  if (!bundled) {
    bundled = build({
      entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
      bundle: true,
      write: false,
      format: 'iife',
      globalName,
      platform: 'browser',
      target: 'es2020',
      minify: true,
      // fake-timers requires 'util' only when a Node `process` global exists, never in a page.
      external: ['util'],
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]!.text);
    bundles.set(entry, bundled);
  }
  return bundled;
}

/** The script for a session whose virtual clock starts at `start` (ms since the epoch). */
export async function virtualClockScript(start: number): Promise<string> {
  const [frame, rootClock] = await Promise.all([
    bundle('./browser/frame-setup.browser.ts', 'harnessFrame'),
    bundle('./browser/root-clock.browser.ts', 'harnessRootClock'),
  ]);
  const loadRootClock = `function(){${rootClock};return harnessRootClock;}`;
  return `(function(){${frame};harnessFrame.setupFrame(${JSON.stringify(start)},${loadRootClock});})();`;
}
