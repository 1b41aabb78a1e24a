import { expect } from 'chai';
import puppeteer from 'puppeteer-core';
import { startHarness, type Harness } from '../../../harness/session/harness.ts';
import type { Session } from '../../../harness/session/session.ts';
import { startDriver } from '../../../harness/suites/driver.ts';
import type { Trace } from '../../../harness/trace/types.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { startChromium, type ChromiumProcess } from '../driver/chromium-process.ts';
import { fixture } from './shared-harness.ts';

const crashes = (trace: Trace) =>
  trace.events.flatMap((e) => (e.type === 'lifecycle' && e.what === 'crash' ? [e.detail] : []));

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error) => error,
  );
}

/** The session's trace once it has ended (end() returns the first way's trace). */
const endedTrace = (session: Session) => session.end('harness-error');

// The browser is one the test starts (and kills), reached through --browser-ws-endpoint.
describe('a renderer or the whole browser dies mid-session (end to end)', function () {
  this.timeout(30_000);
  let chromium: ChromiumProcess;
  let harness: Harness;

  before(async () => {
    chromium = await startChromium();
    const driver = await startDriver({
      driver: 'chromium',
      browserWsEndpoint: chromium.wsEndpoint,
    });
    harness = await startHarness({ driver });
  });
  after(async () => {
    await harness?.close();
    await chromium?.stop();
  });

  it('the renderer crashes while the harness waits for a call: the wait throws, the trace ends "crashed"', async () => {
    const session = await harness.launch({
      package: await fixture('sco12'),
      learner: { id: 'renderer-crash', name: 'Crash, Renderer' },
    });
    await session.waitForCall('LMSCommit');
    // Another client crashes the LMS page's renderer, as an out-of-memory kill would.
    const other = await puppeteer.connect({ browserWSEndpoint: chromium.wsEndpoint });
    try {
      const target = other.targets().find((t) => t.url().endsWith('/lms'));
      const cdp = await target!.createCDPSession();
      void cdp.send('Page.crash').catch(() => undefined);
      const error = await rejection(
        session.waitForCall('LMSFinish', undefined, { within: 3_600_000 }),
      );
      expect(error.name).to.equal('HarnessError');
      expect(error.message).to.match(/renderer crashed/);
    } finally {
      await other.disconnect();
    }
    const trace = await endedTrace(session);
    expect(() => parseTrace(trace)).not.to.throw();
    expect(trace.final.ended).to.equal('crashed');
    expect(trace.final.state?.data['cmi.core.lesson_status']).to.equal('incomplete');
    expect(crashes(trace)[0]).to.match(/main window's renderer crashed/);
  });

  it('the browser process is killed: the next tick throws, the trace ends "crashed" with the committed state', async () => {
    const session = await harness.launch({
      package: await fixture('sco12'),
      learner: { id: 'browser-death', name: 'Death, Browser' },
    });
    await session.waitForCall('LMSCommit');
    await chromium.kill();
    const error = await rejection(session.tick(1000));
    expect(error.name).to.equal('HarnessError');
    expect(error.message).to.match(/the browser process ended/);
    const trace = await endedTrace(session);
    expect(() => parseTrace(trace)).not.to.throw();
    expect(trace.final.ended).to.equal('crashed');
    expect(trace.final.state?.data['cmi.core.lesson_status']).to.equal('incomplete');
    expect(trace.events.filter((e) => e.type === 'api').map((e) => e.fn)).to.include('LMSCommit');
    expect(crashes(trace)).to.include('the browser process ended');
  });
});

// Under load the driver can still be preparing a context (its window not yet attached) when the
// browser dies: that wait must end with the browser, or the launch and harness.close() hang.
describe('the browser dies while the driver waits for a new window to attach', function () {
  this.timeout(30_000);

  it('the launch throws a HarnessError and the harness still closes', async () => {
    const chromium = await startChromium();
    const watcher = await puppeteer.connect({ browserWSEndpoint: chromium.wsEndpoint });
    let pages = 0;
    // The driver's second page target is a context's window, created before it attaches.
    watcher.on('targetcreated', (target) => {
      if (target.type() === 'page' && ++pages === 2) void chromium.kill();
    });
    const driver = await startDriver({
      driver: 'chromium',
      browserWsEndpoint: chromium.wsEndpoint,
    });
    const harness = await startHarness({ driver });
    try {
      const error = await rejection(
        harness.launch({
          package: await fixture('sco12'),
          learner: { id: 'death-while-opening', name: 'Death, Opening' },
        }),
      );
      expect(error.name).to.equal('HarnessError');
      expect(pages).to.equal(2);
    } finally {
      await harness.close();
      await watcher.disconnect().catch(() => undefined);
      await chromium.stop();
    }
  });
});
