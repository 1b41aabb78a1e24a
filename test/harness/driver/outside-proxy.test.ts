import { expect } from 'chai';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiCalls } from '../../../harness/assert/queries.ts';
import { launchPuppeteerDriver } from '../../../harness/driver/puppeteer-driver.ts';
import { loadPackage } from '../../../harness/package/index.ts';
import { startHarness } from '../../../harness/session/harness.ts';
import type { HttpEvent } from '../../../harness/trace/types.ts';
import { fixture, fixturePath, sharedHarness } from '../session/shared-harness.ts';

// Every way a SCO reaches another host, each outcome kept in suspend_data. The form is there
// because Chromium asks Google's autofill service about pages with forms: the browser's request,
// which must not show up as the content's.
const sco = (localPort: number) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>outside requests</title>
<script>
  var api = window.parent.API;
  api.LMSInitialize('');
  var results = {};
  var expected = 7;
  function done(name, value) {
    results[name] = value;
    if (Object.keys(results).length < expected) return;
    api.LMSSetValue('cmi.suspend_data', JSON.stringify(results));
    api.LMSCommit('');
  }
  function text(name, url, init) {
    fetch(url, init).then(function (r) { return r.text(); })
      .then(function (t) { done(name, t.trim()); }, function () { done(name, 'failed'); });
  }
  text('http', 'http://cdn.example.com/plain/helper.js');
  text('https', 'https://cdn.example.com/lib/helper.js');
  text('blocked', 'https://tracker.example.net/collect', { method: 'POST', body: 'payload-1' });
  text('loopback', 'http://127.0.0.1:${localPort}/secret');
  var xhr = new XMLHttpRequest();
  xhr.open('GET', 'https://cdn.example.com/lib/helper.js?via=xhr');
  xhr.onload = function () { done('xhr', xhr.responseText.trim()); };
  xhr.onerror = function () { done('xhr', 'failed'); };
  xhr.send();
  [['wss', 'wss://socket.example.org/live'], ['ws', 'ws://socket.example.org/plain']].forEach(function (s) {
    var socket = new WebSocket(s[1]);
    socket.onopen = function () { done(s[0], 'open'); };
    socket.onerror = function () { done(s[0], 'failed'); };
  });
</script></head>
<body><form><input name="email" type="email" autocomplete="email"><input name="password" type="password"><button>Sign in</button></form></body></html>`;

describe('requests for other hosts go through the outside proxy (end to end)', function () {
  this.timeout(30_000);
  let dir: string;
  let local: http.Server;
  const reachedLocal: string[] = [];

  before(async () => {
    // A real server on another loopback port: content must not reach it either.
    local = http.createServer((req, res) => {
      reachedLocal.push(req.url ?? '');
      res.end('secret');
    });
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    dir = mkdtempSync(join(tmpdir(), 'scorm-harness-outside-proxy-'));
    // The sco12 fixture's manifest: one SCORM 1.2 SCO at index.html.
    copyFileSync(join(fixturePath('sco12'), 'imsmanifest.xml'), join(dir, 'imsmanifest.xml'));
    writeFileSync(join(dir, 'index.html'), sco((local.address() as AddressInfo).port));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await new Promise((resolve) => local.close(resolve));
  });

  it('answers mapped http and https URLs, blocks the rest, and records each request once', async () => {
    const harness = await sharedHarness();
    const pkg = await loadPackage(dir);
    const localPort = (local.address() as AddressInfo).port;
    try {
      const session = await harness.launch({
        package: pkg,
        outside: [
          { prefix: 'http://cdn.example.com/plain/', path: fixturePath('outside-cdn') },
          { prefix: 'https://cdn.example.com/lib/', path: fixturePath('outside-cdn') },
        ],
      });
      // The answers come over real sockets, in real time: zero-length ticks wait for them without
      // virtual time passing (a wait on virtual time could run out first on a loaded machine).
      const committed = () =>
        session.events().some((e) => e.type === 'api' && e.fn === 'LMSCommit');
      while (!committed()) await session.tick(0);
      const trace = await session.finish();

      const helper = "var helperVersion = 'helper 1.0';";
      expect(JSON.parse(String(trace.final.state?.data['cmi.suspend_data']))).to.deep.equal({
        http: helper,
        https: helper,
        xhr: helper,
        blocked: 'failed',
        loopback: 'failed',
        wss: 'failed',
        ws: 'failed',
      });
      expect(reachedLocal, 'requests that reached the other loopback server').to.deep.equal([]);

      const outside = trace.events.filter(
        (e): e is HttpEvent => e.type === 'http' && e.target === 'outside',
      );
      // No CORS preflight (the harness's time stamp causes them), no retry of a blocked request,
      // nothing the browser asked for itself.
      const seen = outside
        .map((e) => [e.method, e.url, e.status, e.blocked === true, e.requestBody ?? null])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
      expect(seen).to.deep.equal([
        ['GET', `http://127.0.0.1:${localPort}/secret`, 0, true, null],
        ['GET', 'http://cdn.example.com/plain/helper.js', 200, false, null],
        ['GET', 'https://cdn.example.com/lib/helper.js', 200, false, null],
        ['GET', 'https://cdn.example.com/lib/helper.js?via=xhr', 200, false, null],
        ['POST', 'https://tracker.example.net/collect', 0, true, 'payload-1'],
        ['GET', 'ws://socket.example.org/plain', 0, true, null],
        ['GET', 'wss://socket.example.org/live', 0, true, null],
      ]);
      const answered = outside.find((e) => e.url === 'https://cdn.example.com/lib/helper.js');
      expect(answered?.responseBody?.trim()).to.equal(helper);
    } finally {
      await pkg.dispose();
    }
  });

  it('a context kept from one LMS is not handed to a launch on another (its proxy would block that LMS)', async () => {
    const driver = await launchPuppeteerDriver();
    const first = await startHarness({ driver });
    const second = await startHarness({ driver });
    try {
      for (const harness of [first, second, first]) {
        const session = await harness.launch({
          package: await fixture('sco12'),
          runtime: { launchData: 'finish' },
        });
        const trace = await session.finish();
        expect(apiCalls(trace).map((e) => e.fn)).to.include.members(['LMSInitialize', 'LMSFinish']);
        expect(
          trace.events.filter((e) => e.type === 'http' && e.target === 'outside'),
        ).to.deep.equal([]);
      }
    } finally {
      await second.close();
      await first.close();
    }
  });
});
