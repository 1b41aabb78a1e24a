/** The LMS page's script (both runtimes + page glue), bundled with esbuild once per process. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let bundled: Promise<string> | undefined;

export function lmsPageBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./browser/lms-page.browser.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}
