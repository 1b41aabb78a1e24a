/**
 * The driver keeps a finished launch's browser context for the next launch (a renderer start is
 * the largest part of a launch); the next launch must find nothing the first one left: no local
 * or session storage, no cookie. Watched from a second DevTools client on the same browser.
 */
import { expect } from 'chai';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startHarness, type Harness } from '../../../harness/session/harness.ts';
import { startDriver } from '../../../harness/suites/driver.ts';
import type { Trace } from '../../../harness/trace/types.ts';
import { fixture } from '../session/shared-harness.ts';
import { startChromium, type ChromiumProcess } from './chromium-process.ts';

const NOTHING_KEPT = 'local=;session=;cookie=';

function locationOf(trace: Trace): unknown {
  return trace.final.state?.data['cmi.core.lesson_location'];
}

describe('browser contexts kept between launches (end to end)', function () {
  this.timeout(30_000);
  let chromium: ChromiumProcess;
  let harness: Harness;
  let observer: Browser;

  before(async () => {
    chromium = await startChromium();
    harness = await startHarness({
      driver: await startDriver({ driver: 'chromium', browserWsEndpoint: chromium.wsEndpoint }),
    });
    observer = await puppeteer.connect({ browserWSEndpoint: chromium.wsEndpoint });
  });
  after(async () => {
    await observer?.disconnect();
    await harness?.close();
    await chromium?.stop();
  });

  /** The launch's LMS page as the observer sees it (one launch runs at a time here). */
  async function lmsPage() {
    const target = observer
      .targets()
      .find((t) => t.type() === 'page' && /\/s\/[^/]+\/lms$/.test(t.url()));
    expect(target, 'the LMS page of the running launch').to.not.equal(undefined);
    return target!;
  }

  async function probe(learner: string): Promise<{ trace: Trace; context: string | undefined }> {
    const session = await harness.launch({
      package: await fixture('storage-probe'),
      learner: { id: learner, name: 'Probe, Storage' },
    });
    await session.waitForCall('LMSFinish');
    const target = await lmsPage();
    const page = await target.asPage();
    const content = page.frames().find((f) => f.url().includes('/content/'));
    // The marks really are there while the launch runs, so a clean next launch means cleared.
    expect(
      await content!.evaluate(
        'localStorage.getItem("probe") + sessionStorage.getItem("probe") + document.cookie',
      ),
    ).to.equal('LSprobe=C');
    const context = target.browserContext().id;
    return { trace: await session.finish(), context };
  }

  it('hands a finished launch’s context to the next launch, with its storage and cookies cleared', async () => {
    const first = await probe('first');
    const second = await probe('second');
    const third = await probe('third');
    expect(locationOf(first.trace)).to.equal(NOTHING_KEPT);
    expect(locationOf(second.trace)).to.equal(NOTHING_KEPT);
    expect(locationOf(third.trace)).to.equal(NOTHING_KEPT);
    expect(second.context, 'the second launch ran in the first one’s context').to.equal(
      first.context,
    );
    expect(third.context).to.equal(first.context);
  });
});
