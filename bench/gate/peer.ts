/**
 * The gate's peer, measured in the same run: bare Chromium doing the gate's launches and backend
 * requests with no harness. The same browser binary, flags and profile (launchChromium), a browser
 * context per slot as the driver keeps them, the same number of launches and requests at the same
 * concurrency: each launch navigates the slot's window to a page holding a same-origin iframe, whose
 * page POSTs its share of JSON requests at once to a plain Node server and shows a count as each
 * answer arrives (as the reference bridge shows its heartbeats). No virtual clock, API objects,
 * recording or Express.
 *
 * Why: this VM's speed swings by half within hours, so a gate's wall time alone cannot tell a
 * slower harness from a busier host. A busier host slows the peer too, so the ratio of the gate to
 * its peer (over several runs) can; and the peer is the floor no harness on this browser goes below.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession } from 'puppeteer-core';
import { launchChromium } from '../../harness/driver/puppeteer-driver.ts';
import { cpuBetween, descendants } from './process-cpu.ts';

export interface PeerWork {
  launches: number;
  requests: number;
  concurrency: number;
}

export interface PeerFigures {
  wallMs: number;
  /** CPU seconds: Node (the server) and Chromium by process type. */
  nodeSeconds: number;
  chromium: [string, number][];
}

const LMS_PAGE = (requests: number) =>
  `<!doctype html><title>LMS</title><script>window.done = new Promise((r) => (window.finish = r));</script>` +
  `<iframe src="/sco?r=${requests}" width="600" height="400"></iframe>`;

const SCO_PAGE = (
  requests: number,
) => `<!doctype html><title>SCO</title><p>answers: <b id="n">0</b></p><script>
let answered = 0;
const shown = document.getElementById('n');
Promise.all(Array.from({ length: ${requests} }, (_, i) =>
  fetch('/hb', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ i }) })
    .then((r) => r.json())
    .then(() => (shown.textContent = String(++answered))),
)).then(() => parent.finish());
</script>`;

function answer(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://peer');
  const requests = Number(url.searchParams.get('r') ?? 0);
  const html = (body: string) => {
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    res.end(body);
  };
  if (url.pathname === '/lms') return html(LMS_PAGE(requests));
  if (url.pathname === '/sco') return html(SCO_PAGE(requests));
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    // Read as a backend would, though nothing here needs the body.
    JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
}

/** `total` split over `parts` as evenly as whole numbers allow. */
function shares(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor((total + i) / parts));
}

async function launchOnce(cdp: CDPSession, url: string): Promise<void> {
  const loaded = new Promise<void>((resolve) => cdp.once('Page.loadEventFired', () => resolve()));
  await cdp.send('Page.navigate', { url });
  await loaded;
  const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: 'window.done',
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`peer launch ${url} failed: ${exceptionDetails.text}`);
}

export async function runPeer(work: PeerWork): Promise<PeerFigures> {
  const server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const root = await browser.target().createCDPSession();
    const slots = await Promise.all(
      Array.from({ length: work.concurrency }, async () => {
        const context = await browser.createBrowserContext();
        const { targetId } = await root.send('Target.createTarget', {
          url: 'about:blank',
          ...(context.id ? { browserContextId: context.id } : {}),
        });
        const { sessionId } = await root.send('Target.attachToTarget', { targetId, flatten: true });
        const cdp = root.connection()!.session(sessionId)!;
        await Promise.all([cdp.send('Page.enable'), cdp.send('Runtime.enable')]);
        // One launch first, as the driver's spare window has loaded a page before its launch.
        await launchOnce(cdp, `${origin}/lms?r=1`);
        return cdp;
      }),
    );
    const perLaunch = shares(work.requests, work.launches);
    const perSlot = shares(work.launches, work.concurrency);
    const chromiumBefore = descendants();
    const nodeBefore = process.cpuUsage();
    const started = performance.now();
    let next = 0;
    await Promise.all(
      slots.map(async (cdp, slot) => {
        for (let i = 0; i < perSlot[slot]!; i += 1) {
          await launchOnce(cdp, `${origin}/lms?r=${perLaunch[next++]!}`);
        }
      }),
    );
    const wallMs = performance.now() - started;
    const node = process.cpuUsage(nodeBefore);
    return {
      wallMs,
      nodeSeconds: (node.user + node.system) / 1e6,
      chromium: cpuBetween(chromiumBefore, descendants()),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
