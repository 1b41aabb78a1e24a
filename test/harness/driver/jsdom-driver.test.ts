import { expect } from 'chai';
import express from 'express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchJsdomDriver } from '../../../harness/driver/jsdom-driver.ts';
import { HarnessError } from '../../../harness/errors.ts';
import { loadPackage } from '../../../harness/package/index.ts';
import { startHarness, type Harness } from '../../../harness/session/harness.ts';
import type { ApiEvent, HttpEvent, LaunchMode, Trace } from '../../../harness/trace/types.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { fixture, fixturePath, sharedHarness } from '../session/shared-harness.ts';

const apiEvents = (trace: Trace) =>
  trace.events.flatMap((e) =>
    e.type === 'api' ? [{ fn: e.fn, args: e.args, result: e.result, error: e.error, t: e.t }] : [],
  );

// A SCO that exercises the network shims: fetch and XHR to other hosts, a beacon to the backend,
// and a popup jsdom cannot open.
const NETWORK_SCO = `<!DOCTYPE html><html><head><script>
  var api = window.parent.API;
  api.LMSInitialize('');
  fetch('https://cdn.example.com/lib/helper.js').then(function (r) { return r.text(); })
    .then(function (text) { api.LMSSetValue('cmi.core.lesson_location', text.length > 0 ? 'fetched' : 'empty'); });
  fetch('https://tracker.example.net/hit', { method: 'POST', body: 'x=1' })
    .catch(function (e) { api.LMSSetValue('cmi.suspend_data', 'blocked:' + e.name); });
  var xhr = new XMLHttpRequest();
  xhr.open('GET', 'https://tracker.example.net/xhr');
  xhr.onerror = function () { api.LMSSetValue('cmi.core.lesson_status', 'incomplete'); };
  xhr.send();
  navigator.sendBeacon('/backend/beacon', 'bye');
  window.open('https://example.com/popup');
</script></head><body></body></html>`;

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="net" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="o"><organization identifier="o"><title>n</title>
    <item identifier="net-item" identifierref="r"><title>n</title></item></organization></organizations>
  <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="index.html">
    <file href="index.html"/></resource></resources>
</manifest>`;

describe('the jsdom driver', function () {
  this.timeout(20_000);
  let harness: Harness;
  const posts: { path: string; body: unknown }[] = [];
  // Resolves when the backend has received a POST to `path` (real sockets: no virtual time).
  const waiters: { path: string; resolve(): void }[] = [];
  const received = (path: string) =>
    posts.some((p) => p.path === path)
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push({ path, resolve }));
  let folder: string;

  before(async () => {
    const backend = express.Router();
    backend.post(/.*/, (req, res) => {
      posts.push({ path: req.path, body: req.body });
      for (const w of waiters.filter((w) => w.path === req.path)) w.resolve();
      res.json({ ok: true });
    });
    harness = await startHarness({
      driver: await launchJsdomDriver(),
      backends: [{ prefix: '/backend', router: backend }],
    });
    folder = mkdtempSync(join(tmpdir(), 'jsdom-driver-'));
    writeFileSync(join(folder, 'imsmanifest.xml'), MANIFEST);
    writeFileSync(join(folder, 'index.html'), NETWORK_SCO);
  });
  after(async () => {
    await harness.close();
    rmSync(folder, { recursive: true, force: true });
  });

  // Content that ends itself, and content that beats on the virtual clock until the harness stops it.
  const same: [string, LaunchMode, string][] = [
    ['sco12', 'frameset', 'finish'],
    ['sco12', 'nested:4', 'finish'],
    ['sco2004', 'frameset', 'finish'],
    ['sco2004', 'nested:3', 'finish'],
    ['heartbeat', 'frameset', ''],
  ];
  for (const [name, mode, launchData] of same) {
    it(`records the same API calls as Chromium for ${name} in ${mode} mode`, async () => {
      const chromium = await sharedHarness();
      // Same learner on both: each harness has its own attempt store.
      const learner = `same-${name}-${mode}`;
      const run = async (h: Harness) => {
        const session = await h.launch({
          package: await fixture(name),
          launchMode: mode,
          learner: { id: learner, name: 'Same, Sam' },
          runtime: { launchData },
        });
        await session.tick(180_000);
        return session.finish();
      };
      const viaChromium = await run(chromium);
      const viaJsdom = await run(harness);
      expect(apiEvents(viaJsdom)).to.have.length.above(3);
      expect(apiEvents(viaJsdom)).to.deep.equal(apiEvents(viaChromium));
      expect(viaJsdom.final.ended).to.equal(viaChromium.final.ended);
      expect(viaJsdom.final.state?.data).to.deep.equal(viaChromium.final.state?.data);
      expect(() => parseTrace(viaJsdom)).not.to.throw();
    });
  }

  it('closing the window runs pagehide in the content, which terminates', async () => {
    const session = await harness.launch({
      package: await fixture('sco12'),
      launchMode: 'nested:2',
      runtime: { launchData: 'exit=suspend' },
    });
    await session.tick(90_000);
    const trace = await session.close();
    expect(apiEvents(trace).slice(-2)).to.deep.equal([
      {
        fn: 'LMSSetValue',
        args: ['cmi.core.session_time', '00:01:30'],
        result: 'true',
        error: '0',
        t: 90_000,
      },
      { fn: 'LMSFinish', args: [''], result: 'true', error: '0', t: 90_000 },
    ]);
    expect(trace.final.commits).to.equal(2);
    expect(trace.final.state).to.include({ terminated: true, exit: 'suspend' });
  });

  it('runs 30 minutes of 60 s heartbeats on the virtual clock, posting to the backend', async () => {
    posts.length = 0;
    const session = await harness.launch({ package: await fixture('heartbeat') });
    expect(await session.tick(30 * 60_000)).to.equal(30 * 60_000);
    const trace = await session.finish();
    const commits = apiEvents(trace).filter((e) => e.fn === 'LMSCommit');
    expect(commits.map((e) => e.t)).to.deep.equal(
      Array.from({ length: 30 }, (_, i) => (i + 1) * 60_000),
    );
    expect(trace.final.state?.data['cmi.suspend_data']).to.equal(
      'beats=30;at=2025-01-01T00:30:00.000Z',
    );
    const beats = trace.events.filter((e) => e.type === 'http' && e.target === 'backend');
    expect(beats.length).to.be.at.least(1);
    expect((beats[0] as HttpEvent).url).to.match(/\/backend\/heartbeat$/);
    expect(beats[0]).to.include({ method: 'POST', requestBody: '{"beat":1}' });
    // Each at the virtual time it was sent, whenever its answer came (stamped as in Chromium); in the
    // order they were answered (README: what it cannot do).
    expect(beats.map((e) => e.t).sort((a, b) => a - b)).to.deep.equal(
      beats.map((_, i) => (i + 1) * 60_000),
    );
  });

  it('answers mapped outside scripts locally and blocks the others', async () => {
    const session = await harness.launch({
      package: await fixture('outside-script'),
      outside: [{ prefix: 'https://cdn.example.com/lib/', path: fixturePath('outside-cdn') }],
    });
    const trace = await session.finish();
    const outside = trace.events.filter((e) => e.type === 'http' && e.target === 'outside');
    expect(outside).to.have.length(2);
    expect(outside[0]).to.include({ url: 'https://cdn.example.com/lib/helper.js', status: 200 });
    expect(outside[1]).to.include({ url: 'https://tracker.example.net/t.js', blocked: true });
    expect(trace.final.state?.data['cmi.suspend_data']).to.equal('helper 1.0');
  });

  it('routes fetch, XHR and beacons, and says plainly that popups are not supported', async () => {
    posts.length = 0;
    const session = await harness.launch({
      package: await loadPackage(folder),
      outside: [{ prefix: 'https://cdn.example.com/lib/', path: fixturePath('outside-cdn') }],
    });
    await session.waitForCall('LMSSetValue', 'cmi.core.lesson_location', { within: 1000 });
    await session.waitForCall('LMSSetValue', 'cmi.core.lesson_status', { within: 1000 });
    await received('/beacon');
    const trace = await session.finish();
    const outside = trace.events.filter((e) => e.type === 'http' && e.target === 'outside');
    expect(
      outside.map((e) => [e.type === 'http' && e.method, e.type === 'http' && e.url]),
    ).to.deep.equal([
      ['GET', 'https://cdn.example.com/lib/helper.js'],
      ['POST', 'https://tracker.example.net/hit'],
      ['GET', 'https://tracker.example.net/xhr'],
    ]);
    const set = (element: string) =>
      trace.events.find((e): e is ApiEvent => e.type === 'api' && e.args[0] === element)?.args[1];
    expect(set('cmi.core.lesson_location')).to.equal('fetched');
    expect(set('cmi.suspend_data')).to.equal('blocked:TypeError');
    expect(posts).to.deep.include({ path: '/beacon', body: 'bye' });
    const errors = trace.events.filter((e) => e.type === 'lifecycle' && e.what === 'page-error');
    expect(errors.map((e) => e.type === 'lifecycle' && e.detail).join()).to.match(
      /window\.open.*not supported by the jsdom driver/,
    );
  });

  it('answers dialogs per policy; a learner who stays keeps the window open', async () => {
    const session = await harness.launch({
      package: await fixture('dialogs'),
      dialogs: { confirm: false, beforeunload: false },
    });
    await session.close().catch(() => undefined);
    const dialogs = session.events().filter((e) => e.type === 'dialog');
    expect(dialogs.map((e) => e.type === 'dialog' && [e.kind, e.answer.accept])).to.deep.equal([
      ['confirm', false],
      ['beforeunload', false],
    ]);
    expect(session.lmsState()?.data['cmi.core.lesson_location']).to.equal('declined');
  });

  it('refuses popup mode with a harness error', async () => {
    const error = await harness
      .launch({ package: await fixture('sco12'), launchMode: 'popup' })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).to.be.instanceOf(HarnessError);
    expect((error as HarnessError).code).to.equal('CONFIG_INVALID');
    expect((error as HarnessError).message).to.match(/cannot open popup windows/);
  });

  it('a crash keeps only what was committed and runs no handler', async () => {
    const session = await harness.launch({
      package: await fixture('sco2004'),
      runtime: { launchData: 'exit=suspend' },
    });
    const trace = await session.crash();
    expect(trace.final.ended).to.equal('crashed');
    expect(apiEvents(trace).map((e) => e.fn)).not.to.include('Terminate');
    expect(trace.final.state).to.include({ terminated: false, exit: 'suspend' });
  });
});
