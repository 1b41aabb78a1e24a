/**
 * The source injected into every frame: the virtual clock and the exit watch (bundled browser
 * modules) plus the call that installs them, all inside one function scope so content sees no
 * extra globals.
 *
 * Why fake timers and not CDP virtual time: CDP virtual time is per page, stalls on network
 * loads and has no notion of popups; fake-timers gives one clock we can share across frames and
 * windows and advance deterministically from Node.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let bundled: Promise<string> | undefined;

function bundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./browser/frame-setup.browser.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'harnessFrame',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    // fake-timers requires 'util' only when a Node `process` global exists, never in a page.
    external: ['util'],
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

/** The script for a session whose virtual clock starts at `start` (ms since the epoch). */
export async function virtualClockScript(start: number): Promise<string> {
  const code = await bundle();
  return `(function(){${code};harnessFrame.setupFrame(${JSON.stringify(start)});})();`;
}
