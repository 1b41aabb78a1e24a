import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BATTERY_SAVER_ON } from '../../../harness/driver/chromium-profile.ts';
import { launchChromium, launchPuppeteerDriver } from '../../../harness/driver/puppeteer-driver.ts';
import { browserPids, browsersStartedSince } from './browser-processes.ts';

const USER_DATA_DIR = '--user-data-dir=';

describe("the harness's Chromium profile", function () {
  this.timeout(30_000);

  it('is a directory of its own with battery saver on in its Local State, removed when the browser closes', async function () {
    if (process.platform !== 'linux') this.skip();
    const before = browserPids();
    const driver = await launchPuppeteerDriver();
    let dir: string | undefined;
    try {
      const started = browsersStartedSince(before);
      expect(started, 'one browser process started by this launch').to.have.length(1);
      dir = started[0]!.find((a) => a.startsWith(USER_DATA_DIR))?.slice(USER_DATA_DIR.length);
      expect(dir, 'its --user-data-dir').to.be.a('string');
      const localState = JSON.parse(readFileSync(join(dir!, 'Local State'), 'utf8')) as {
        performance_tuning?: { battery_saver_mode?: { state?: unknown } };
      };
      expect(localState.performance_tuning?.battery_saver_mode?.state).to.equal(BATTERY_SAVER_ON);
    } finally {
      await driver.close();
    }
    expect(existsSync(dir!), `${dir} after the browser closed`).to.equal(false);
  });

  it('is removed when Node dies with the browser still up', async () => {
    const script = fileURLToPath(new URL('./fixtures/launch-then-throw.ts', import.meta.url));
    const run = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', script],
        { timeout: 20_000 },
        (error, stdout) =>
          resolve({
            code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
            stdout,
          }),
      );
    });
    const dir = run.stdout.trim();
    expect(run.code, 'the script died of its error').to.equal(1);
    expect(dir, 'the profile directory it printed').to.match(/scorm-harness-chromium-/);
    expect(existsSync(dir), `${dir} after Node ended`).to.equal(false);
  });

  it('makes Chromium draw at most 30 frames a second (a frame every 33 ms, not 17)', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto('data:text/html,<p id="n">0</p>');
      // The time of each frame, as requestAnimationFrame gives it, over 20 frames that each change
      // the page. A busy machine can skip frames but never makes one come early, so the shortest
      // gap shows the cap: at 60 frames a second it is 16.7 ms.
      // (A string: tsx would wrap a function's inner functions in a helper the page lacks.)
      const gaps = (await page.evaluate(`new Promise((resolve) => {
        const times = [];
        const frame = (time) => {
          times.push(time);
          document.getElementById('n').textContent = String(times.length);
          if (times.length <= 20) requestAnimationFrame(frame);
          else resolve(times.slice(1).map((t, i) => t - times[i]));
        };
        requestAnimationFrame(frame);
      })`)) as number[];
      expect(
        Math.min(...gaps),
        `gaps between frames (ms): ${gaps.map((g) => g.toFixed(1)).join(', ')}`,
      ).to.be.above(30);
    } finally {
      await browser.close();
    }
  });
});
