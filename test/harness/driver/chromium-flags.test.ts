import { expect } from 'chai';
import { CHROMIUM_FLAGS, launchPuppeteerDriver } from '../../../harness/driver/puppeteer-driver.ts';

describe("the project's Chromium flags", function () {
  this.timeout(30_000);

  it('are still whole after a launch, so the next browser started in this process gets them too', async () => {
    const before = [...CHROMIUM_FLAGS];
    const driver = await launchPuppeteerDriver();
    await driver.close();
    expect(CHROMIUM_FLAGS).to.deep.equal(before);
    expect(CHROMIUM_FLAGS.some((flag) => flag.startsWith('--disable-features='))).to.equal(true);
  });
});
