/** Browser scripts bundled with esbuild in memory: the LMS page's (both runtimes + page glue) and others'. */
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export interface BrowserBundleOptions {
  /** A global the entry's exports are assigned to. */
  globalName?: string;
  minify?: boolean;
  /** Imports left out of the bundle. */
  external?: string[];
}

/** One entry point bundled as a classic browser script. */
export function bundleForBrowser(entry: URL, options: BrowserBundleOptions = {}): Promise<string> {
  return build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
    ...options,
  }).then((result) => result.outputFiles[0]!.text);
}

let bundled: Promise<string> | undefined;

/** The LMS page's script, bundled once per process. */
export function lmsPageBundle(): Promise<string> {
  bundled ??= bundleForBrowser(new URL('./browser/lms-page.browser.ts', import.meta.url));
  return bundled;
}

let version: Promise<string> | undefined;

/** A digest of the LMS page's script, for its URL: a browser may cache it as long as it likes. */
export function lmsPageBundleVersion(): Promise<string> {
  version ??= lmsPageBundle().then((text) =>
    createHash('sha256').update(text).digest('hex').slice(0, 16),
  );
  return version;
}
