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
    const session = (id: string, config: object) =>
      lms.addSession({
        id,
        root,
        launchUrl: 'index.html',
        title: 'Pages',
        config: { apis: ['1.2'], bridgeName: '__b', ...config } as never,
        onHttp: () => undefined,
        onBridge: () => undefined,
      });
    session('p1', { mode: 'frameset' });
    session('p2', { mode: 'popup:2' });
    session('p3', { mode: 'nested:2', apiWindowDepth: 2 });
  });

  const unescape = (html: string) =>
    html.replace(/&#([0-9]+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  /** The paths of the frames below a launch page, top down, and the last page's HTML. */
  async function frames(id: string): Promise<{ paths: string[]; last: string }> {
    const page = await (await fetch(`${lms.origin}/s/${id}/lms`)).text();
    let url = (
      JSON.parse(/__harnessLaunch = (\{.*?\});/.exec(page)![1]!) as { firstFrameUrl: string }
    ).firstFrameUrl;
    const paths: string[] = [];
    for (;;) {
      paths.push(new URL(url, lms.origin).pathname);
      const response = await fetch(new URL(url, lms.origin));
      const html = await response.text();
      const next = /<iframe[^>]* src="([^"]+)"/.exec(html)?.[1];
      if (!next || !response.headers.get('content-type')?.includes('html') || paths.length > 9) {
        return { paths, last: html };
      }
      url = unescape(next);
    }
  }
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

  it('popup:N frames a launcher page N frames down, whose own button opens the content', async () => {
    const { paths, last } = await frames('p2');
    expect(paths).to.deep.equal(['/s/p2/nest', '/s/p2/nest/launcher']);
    expect(unescape(/data-url="([^"]+)"/.exec(last)?.[1] ?? '')).to.equal(
      '/s/p2/content/index.html',
    );
    expect(last).to.include(`onclick="window.open(this.dataset.url, 'sco')"`);
  });

  it('apiWindowDepth puts the API frame that many frames down, and the mode counts from it', async () => {
    const { paths } = await frames('p3');
    expect(paths).to.deep.equal([
      '/s/p3/nest',
      '/s/p3/nest/api',
      '/s/p3/nest',
      '/s/p3/content/index.html',
    ]);
    const api = await (
      await fetch(`${lms.origin}/s/p3/nest/api?url=${encodeURIComponent('/s/p3/nest')}`)
    ).text();
    expect(api.indexOf('top.__harnessHandApis(window)')).to.be.lessThan(api.indexOf('<iframe'));
  });

  it("refuses a launcher or API frame for another session's pages", async () => {
    for (const path of [
      `/s/p2/nest/launcher?url=${encodeURIComponent('/s/p1/content/index.html')}`,
      `/s/p2/nest/launcher?url=${encodeURIComponent('/s/p2/nest')}`,
      `/s/p3/nest/api?url=${encodeURIComponent('/s/p1/content/index.html')}`,
    ]) {
      expect((await fetch(`${lms.origin}${path}`)).status, path).to.equal(400);
    }
  });
});
