/**
 * The driver keeps a finished launch's browser context for the next launch (a renderer start is
 * the largest part of a launch); the next launch must find nothing the first one left: no local
 * or session storage, no cookie. The LMS page's sink window is kept with it, and must still carry
 * the next launches' exit messages. Watched from a second DevTools client on the same browser.
 */
import { expect } from 'chai';
import { apiCalls, type TraceLike } from '../../../harness/assert/queries.ts';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startHarness, type Harness } from '../../../harness/session/harness.ts';
import { startDriver } from '../../../harness/suites/driver.ts';
import type { Trace } from '../../../harness/trace/types.ts';
import { fixture } from '../session/shared-harness.ts';
import { startChromium, type ChromiumProcess } from './chromium-process.ts';

/**
 * `exit` is written in the probe's pagehide handler, which runs after its launch is over;
 * `takeover` by the page the storage-takeover SCO puts in the LMS page's place, whose handler runs
 * only when the next launch navigates the kept window. `history` is the window's session history
 * length (the LMS page alone), `name` the window's name (the probe names it).
 */
const NOTHING_KEPT = 'local=;session=;cookie=;exit=;takeover=;history=1;name=';

const fns = (trace: TraceLike) => apiCalls(trace).map((e) => e.fn);

function locationOf(trace: Trace): unknown {
  return trace.final.state?.data['cmi.core.lesson_location'];
}

describe('browser contexts kept between launches (end to end)', function () {
  this.timeout(30_000);
  let chromium: ChromiumProcess;
  let harness: Harness;
  let observer: Browser;

  before(async () => {
    // As in a browser the harness launches itself (puppeteer.launch adds it): without it Chrome
    // blocks the LMS page's sink window, and exit messages go by beacon instead.
    chromium = await startChromium(['--disable-popup-blocking']);
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

  it('clears what the old page in the window writes as the next launch navigates it', async () => {
    const first = await probe('before-takeover');
    const session = await harness.launch({
      package: await fixture('storage-takeover'),
      learner: { id: 'takeover', name: 'Takeover, Storage' },
    });
    const taken = await observer.waitForTarget((t) => t.url().endsWith('/takeover.html'));
    // Its handler is in place once its script has run.
    await (await taken.asPage()).waitForFunction('document.readyState === "complete"');
    expect(taken.browserContext().id, 'the takeover ran in the kept context').to.equal(
      first.context,
    );
    await session.finish();
    const next = await probe('after-takeover');
    expect(next.context, 'the next launch took the window the takeover page was in').to.equal(
      first.context,
    );
    expect(locationOf(next.trace)).to.equal(NOTHING_KEPT);
  });

  it('gives a kept window each launch’s own clock start, changed or not', async () => {
    const starts = [Date.UTC(2030, 5, 1), Date.UTC(2030, 5, 1), Date.UTC(2024, 1, 29)];
    const contexts = new Set<string | undefined>();
    for (const [i, clockStart] of starts.entries()) {
      const session = await harness.launch({
        package: await fixture('sco12'),
        learner: { id: `clock-${i}`, name: 'Clock, Kept' },
        clockStart,
      });
      await session.waitForCall('LMSInitialize');
      const target = await lmsPage();
      contexts.add(target.browserContext().id);
      const page = await target.asPage();
      const content = page.frames().find((f) => f.url().includes('/content/'));
      const [lms, inContent] = [
        await page.evaluate('Date.now()'),
        await content!.evaluate('Date.now()'),
      ];
      // Both frames read the one virtual clock, which has not moved since this launch began.
      expect(inContent, `launch ${i + 1}: the content's clock`).to.equal(clockStart + session.t);
      expect(lms, `launch ${i + 1}: the LMS page's clock`).to.equal(clockStart + session.t);
      await session.finish();
    }
    expect([...contexts], 'the launches ran in one kept context').to.have.length(1);
  });

  /** Page targets another window opened: the sink is the only one these launches open. */
  async function openedWindows(): Promise<string[]> {
    const cdp = await observer.target().createCDPSession();
    try {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.filter((t) => t.type === 'page' && t.openerId).map((t) => t.targetId);
    } finally {
      await cdp.detach();
    }
  }

  it('keeps the sink window with the context: one sink serves every launch, exit handlers included', async () => {
    const sinks = new Set<string>();
    for (const learner of ['one', 'two', 'three']) {
      const session = await harness.launch({
        package: await fixture('exit-unload'),
        learner: { id: `sink-${learner}`, name: 'Sink, Kept' },
      });
      await session.waitForCall('LMSCommit');
      // The way out waits for the sink, so it is open when the launch has left.
      const trace = await session.navigateAway();
      for (const id of await openedWindows()) sinks.add(id);
      // The content finishes in unload: only the sink can carry those calls to the trace.
      expect(fns(trace).slice(-3), learner).to.deep.equal([
        'LMSSetValue',
        'LMSSetValue',
        'LMSFinish',
      ]);
      expect(trace.final.state?.data['cmi.suspend_data'], learner).to.equal('left in unload');
    }
    expect([...sinks], 'sink windows opened over three launches').to.have.length(1);
  });
});
