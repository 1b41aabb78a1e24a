/**
 * A Chromium the test starts itself (Debian flags, headless, a throwaway profile) with remote
 * debugging on a free port: the remote browser a harness connects to, or kills mid-session.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from '../../../harness/driver/puppeteer-driver.ts';
import { findChromium } from '../../../harness/driver/find-chromium.ts';

export interface ChromiumProcess {
  wsEndpoint: string;
  /** Whether the browser still answers on its debugging port. */
  answers(): Promise<boolean>;
  /** Kills the browser process (SIGKILL), as a crash or an OOM kill would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

const LISTENING = /DevTools listening on (ws:\/\/\S+)/;

function endpointOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = LISTENING.exec(seen);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`chromium exited (${code}): ${seen}`)));
  });
}

/** `flags`: added to the Debian ones (e.g. what puppeteer.launch adds to a browser it starts). */
export async function startChromium(flags: readonly string[] = []): Promise<ChromiumProcess> {
  const profile = mkdtempSync(join(tmpdir(), 'scorm-harness-remote-'));
  const child = spawn(
    findChromium(),
    [
      ...CHROMIUM_FLAGS,
      ...flags,
      '--headless',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // Its own process group, so a kill takes the renderers and the zygote with the browser.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const wsEndpoint = await endpointOf(child);
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    await exited;
  };
  const version = new URL('/json/version', wsEndpoint.replace(/^ws/, 'http')).href;
  return {
    wsEndpoint,
    answers: () =>
      fetch(version)
        .then((r) => r.ok)
        .catch(() => false),
    kill,
    async stop() {
      await kill();
      // Children still exiting may write to the profile a moment longer.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10 });
    },
  };
}
