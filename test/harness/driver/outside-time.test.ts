import { expect } from 'chai';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchJsdomDriver } from '../../../harness/driver/jsdom-driver.ts';
import { loadPackage } from '../../../harness/package/index.ts';
import { startHarness, type Harness } from '../../../harness/session/harness.ts';
import type { HttpEvent } from '../../../harness/trace/types.ts';
import { fixturePath, sharedHarness } from '../session/shared-harness.ts';

// A SCO that reaches another host from timers: fetch at 60 s, XHR at 90 s of virtual time.
const SCO = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>outside requests from timers</title>
<script>
  var api = window.parent.API;
  api.LMSInitialize('');
  setTimeout(function () {
    fetch('https://cdn.example.com/lib/helper.js').then(function (r) { return r.text(); });
  }, 60000);
  setTimeout(function () {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', 'https://tracker.example.net/ping');
    xhr.send('at-90s');
  }, 90000);
</script></head><body><p>outside requests from timers</p></body></html>`;

describe('outside requests carry the virtual time the page sent them at (end to end)', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'scorm-harness-outside-time-'));
    // The sco12 fixture's manifest: one SCORM 1.2 SCO at index.html.
    copyFileSync(join(fixturePath('sco12'), 'imsmanifest.xml'), join(dir, 'imsmanifest.xml'));
    writeFileSync(join(dir, 'index.html'), SCO);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** The launch's outside requests, by the virtual time each carries. */
  async function outsideRequests(harness: Harness): Promise<HttpEvent[]> {
    const pkg = await loadPackage(dir);
    try {
      const session = await harness.launch({
        package: pkg,
        outside: [{ prefix: 'https://cdn.example.com/lib/', path: fixturePath('outside-cdn') }],
      });
      await session.waitForCall('LMSInitialize');
      await session.tick(120_000);
      // The proxy reports after the page moved on; zero-length ticks wait for it (no time passes).
      const posted = () => session.events().some((e) => e.type === 'http' && e.method === 'POST');
      while (!posted()) await session.tick(0);
      const trace = await session.finish();
      // Both are in flight at once, so the proxy may report the XHR first: the claim is the time
      // each carries, not the order they reached Node in.
      return trace.events
        .filter((e): e is HttpEvent => e.type === 'http' && e.target === 'outside')
        .sort((a, b) => a.t - b.t);
    } finally {
      await pkg.dispose();
    }
  }

  it('one tick over both timers: the fetch lands at 60 s and the XHR at 90 s, not at the tick start', async () => {
    const byTime = await outsideRequests(await sharedHarness());
    expect(byTime.map((e) => [e.method, e.url, e.t])).to.deep.equal([
      ['GET', 'https://cdn.example.com/lib/helper.js', 60_000],
      ['POST', 'https://tracker.example.net/ping', 90_000],
    ]);
    expect(byTime[1]).to.include({ blocked: true, requestBody: 'at-90s' });
  });

  it('the jsdom driver stamps them with the same times', async () => {
    const harness = await startHarness({ driver: await launchJsdomDriver() });
    try {
      const byTime = await outsideRequests(harness);
      expect(byTime.map((e) => [e.method, e.url, e.t])).to.deep.equal([
        ['GET', 'https://cdn.example.com/lib/helper.js', 60_000],
        ['POST', 'https://tracker.example.net/ping', 90_000],
      ]);
    } finally {
      await harness.close();
    }
  });
});
