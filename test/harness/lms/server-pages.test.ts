import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LmsServer } from '../../../harness/lms/server.ts';

/** The pages a launch's window shows: each a request through the interception, so none for nothing. */
describe('LMS pages', () => {
  let lms: LmsServer;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'lms-pages-'));
    lms = await LmsServer.start();
    lms.addSession({
      id: 'p1',
      root,
      launchUrl: 'index.html',
      title: 'Pages',
      config: { apis: ['1.2'], mode: 'frameset', bridgeName: '__b' } as never,
      onHttp: () => undefined,
      onBridge: () => undefined,
    });
  });
  after(async () => {
    await lms.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('gives the launch page and the idle page an icon, so the browser asks for no favicon', async () => {
    for (const url of [`${lms.origin}/s/p1/lms`, lms.idleUrl]) {
      expect(await (await fetch(url)).text(), url).to.include('<link rel="icon" href="data:,">');
    }
  });

  it('names the page script by its digest and lets the browser keep it', async () => {
    const page = await (await fetch(`${lms.origin}/s/p1/lms`)).text();
    const src = /<script src="([^"]+)"><\/script>/.exec(page)?.[1];
    expect(src).to.match(/^\/__lms\/lms-page\.js\?v=[0-9a-f]{16}$/);
    const script = await fetch(`${lms.origin}${src}`);
    expect(script.status).to.equal(200);
    expect(script.headers.get('cache-control')).to.include('immutable');
    expect(await script.text()).to.include('__harnessLaunch');
  });
});
