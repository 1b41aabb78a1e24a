import { expect } from 'chai';
import { CHROMIUM_FLAGS, launchPuppeteerDriver } from '../../../harness/driver/puppeteer-driver.ts';
import { browserPids, browsersStartedSince } from './browser-processes.ts';

const DISABLE_FEATURES = '--disable-features=';

/** The features a command line disables: Chromium reads its last --disable-features only. */
function disabledFeatures(args: readonly string[]): string[] {
  const last = args.filter((a) => a.startsWith(DISABLE_FEATURES)).at(-1);
  return last?.slice(DISABLE_FEATURES.length).split(',') ?? [];
}

describe("the project's Chromium flags", function () {
  this.timeout(30_000);

  it('are still whole after a launch, so the next browser started in this process gets them too', async () => {
    const before = [...CHROMIUM_FLAGS];
    const driver = await launchPuppeteerDriver();
    await driver.close();
    expect(CHROMIUM_FLAGS).to.deep.equal(before);
    expect(CHROMIUM_FLAGS.some((flag) => flag.startsWith('--disable-features='))).to.equal(true);
  });

  it('reach the browser: its one --disable-features list holds every feature the project disables', async function () {
    if (process.platform !== 'linux') this.skip();
    const ours = disabledFeatures(CHROMIUM_FLAGS);
    expect(ours, 'the features the project disables').to.have.length.greaterThan(0);
    const before = browserPids();
    const driver = await launchPuppeteerDriver();
    try {
      const started = browsersStartedSince(before);
      expect(started, 'one browser process started by this launch').to.have.length(1);
      expect(disabledFeatures(started[0]!)).to.include.members(ours);
    } finally {
      await driver.close();
    }
  });
});
