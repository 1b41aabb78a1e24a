/**
 * A jsdom window's unhandled promise rejection is a page error of its session, as in Chromium,
 * and never reaches the Node process (where it would end a whole run): one rejected while the
 * window is open, one rejected after the window closed.
 */
import { expect } from 'chai';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_DIALOG_POLICY,
  type BrowserDriver,
  type DriverEvent,
  type DriverSession,
  type DriverSessionOptions,
} from '../../../harness/driver/driver.ts';
import { launchJsdomDriver } from '../../../harness/driver/jsdom-driver.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/jsdom-late-rejection/', import.meta.url));

describe('the jsdom driver: unhandled rejections of its windows', function () {
  this.timeout(20_000);
  let server: Server;
  let origin: string;
  let driver: BrowserDriver;
  // The next answer to /late, for a test to wait on: the window's request is in flight no more.
  const waiting: (() => void)[] = [];
  const answered = () => new Promise<void>((resolve) => waiting.push(resolve));

  before(async () => {
    const app = express();
    app.get('/late', (_req, res) => {
      res.status(503).end();
      waiting.splice(0).forEach((resolve) => resolve());
    });
    app.use(express.static(FIXTURE));
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    driver = await launchJsdomDriver();
  });
  after(async () => {
    await driver.close();
    await new Promise((resolve) => server.close(resolve));
  });

  function open(
    events: DriverEvent[],
    on: BrowserDriver = driver,
    at: string = origin,
  ): Promise<DriverSession> {
    const options: DriverSessionOptions = {
      lmsOrigin: at,
      leaveUrl: `${at}/leave`,
      idleUrl: 'about:blank',
      clockStart: Date.UTC(2026, 0, 1),
      dialogs: DEFAULT_DIALOG_POLICY,
      answerOutside: () => null,
      bridgeName: '__bridge',
      onEvent: (event) => events.push(event),
    };
    return on.openSession(options);
  }

  // Node reports unhandled rejections once the microtasks of a macrotask have run.
  const nextMacrotask = () => new Promise<void>((resolve) => setImmediate(resolve));
  const pageErrors = (events: DriverEvent[]) =>
    events.flatMap((e) => (e.kind === 'page-error' ? [e.text] : []));

  it('reports a rejection before and after the window closed as page errors of the session', async () => {
    const events: DriverEvent[] = [];
    const session = await open(events);
    await session.goto(`${origin}/index.html`);
    await nextMacrotask();
    expect(pageErrors(events)).to.have.lengthOf(1);
    expect(pageErrors(events)[0]).to.match(/^Uncaught \(in promise\) Error: rejected while open/);

    const late = answered();
    await session.closeWindow('main');
    expect(events.some((e) => e.kind === 'window-closed')).to.equal(true);
    await late;
    while (pageErrors(events).length < 2) await nextMacrotask();
    expect(pageErrors(events)[1]).to.match(
      /^Uncaught \(in promise\) Error: rejected after close: HTTP 503/,
    );
    await session.dispose();
  });

  it('drops a rejection of a disposed session, whose windows are gone', async () => {
    const events: DriverEvent[] = [];
    const session = await open(events);
    await session.goto(`${origin}/index.html`);
    await nextMacrotask();
    const late = answered();
    await session.evaluate(
      "void fetch('/late').then(function () { throw new Error('rejected after dispose'); })",
    );
    await session.dispose();
    await late;
    for (let i = 0; i < 5; i += 1) await nextMacrotask();
    expect(pageErrors(events)).to.have.lengthOf(1);
    expect(pageErrors(events)[0]).to.include('rejected while open');
  });

  it('fails a request still in flight when the driver closes, so its rejection never reaches the process', async () => {
    // A request the server holds until the test lets it go: as the CLI closes the driver while the
    // content's last heartbeat is in flight, then the LMS, dropping the connection.
    const held: import('node:http').ServerResponse[] = [];
    const app = express();
    app.get('/hold', (_req, res) => held.push(res));
    app.use(express.static(FIXTURE));
    const holding = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const own = `http://127.0.0.1:${(holding.address() as AddressInfo).port}`;
    const unhandled: unknown[] = [];
    const spy = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', spy);
    try {
      const closing = await launchJsdomDriver();
      const events: DriverEvent[] = [];
      const session = await open(events, closing, own);
      await session.goto(`${own}/index.html`);
      await session.evaluate("void fetch('/hold').then(function () { return 'answered'; })");
      while (held.length === 0) await nextMacrotask();
      await closing.close();
      // Whatever the window left unhandled surfaced while the driver still claimed it: nothing new
      // (which, with no claim left, Node would raise) comes when the connection drops.
      const atClose = unhandled.length;
      holding.closeAllConnections();
      for (let i = 0; i < 5; i += 1) await nextMacrotask();
      expect(unhandled.slice(atClose)).to.deep.equal([]);
    } finally {
      process.off('unhandledRejection', spy);
      holding.closeAllConnections();
      await new Promise((resolve) => holding.close(resolve));
    }
  });

  it('cannot open popup launches and says so; other modes it opens', () => {
    const cases: [string, string | undefined][] = [
      ['popup', 'popup launches need chromium (jsdom has no popups)'],
      ['popup:2', 'popup launches need chromium (jsdom has no popups)'],
      ['frameset', undefined],
      ['nested:3', undefined],
    ];
    for (const [mode, reason] of cases)
      expect(driver.unsupportedLaunch?.(mode as 'popup'), mode).to.equal(reason);
  });
});
