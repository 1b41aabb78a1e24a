import { expect } from 'chai';
import puppeteer from 'puppeteer-core';
import type { HarnessError } from '../../../harness/errors.ts';
import { startHarness } from '../../../harness/session/harness.ts';
import { startDriver } from '../../../harness/suites/driver.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { startChromium, type ChromiumProcess } from '../driver/chromium-process.ts';
import { fixture } from './shared-harness.ts';

describe('a remote browser at --browser-ws-endpoint (end to end)', function () {
  this.timeout(30_000);
  let chromium: ChromiumProcess;

  before(async () => {
    chromium = await startChromium();
  });
  after(async () => {
    await chromium?.stop();
  });

  it('records a launch in the connected browser and leaves that browser running', async () => {
    const driver = await startDriver({
      driver: 'chromium',
      browserWsEndpoint: chromium.wsEndpoint,
    });
    const harness = await startHarness({ driver });
    try {
      const session = await harness.launch({
        package: await fixture('sco12'),
        learner: { id: 'remote', name: 'Far, Away' },
      });
      await session.waitForCall('LMSCommit');
      const trace = await session.close();
      expect(() => parseTrace(trace)).not.to.throw();
      expect(trace.events.filter((e) => e.type === 'api').map((e) => e.fn)).to.include.members([
        'LMSInitialize',
        'LMSCommit',
        'LMSFinish',
      ]);
      expect(trace.final.state?.data['cmi.core.lesson_status']).to.equal('incomplete');
    } finally {
      await harness.close();
    }
    expect(await chromium.answers()).to.equal(true);
    // The harness's contexts are gone; only the browser's default one is left.
    const browser = await puppeteer.connect({ browserWSEndpoint: chromium.wsEndpoint });
    try {
      expect(browser.browserContexts()).to.have.length(1);
    } finally {
      await browser.disconnect();
    }
  });

  it('an unreachable endpoint is a HarnessError naming the URL, with a hint', async () => {
    const url = 'ws://127.0.0.1:9/devtools/browser/none';
    const failure = await startDriver({ driver: 'chromium', browserWsEndpoint: url }).then(
      () => undefined,
      (error: unknown) => error,
    );
    // By name: under mocha the driver's dynamic import loads a second copy of errors.ts.
    expect(failure).to.have.property('name', 'HarnessError');
    expect(failure).to.have.property('code', 'BROWSER_FAILED');
    expect((failure as HarnessError).message).to.include(url);
    expect((failure as HarnessError).hint).to.include('--remote-debugging-port');
  });
});
