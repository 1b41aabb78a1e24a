import { expect } from 'chai';
import net from 'node:net';
import { OutsideProxy, type OutsideRequest } from '../../../harness/driver/outside-proxy.ts';

/** Sends `raw` to the proxy at `url` and resolves with everything it answers until it closes. */
function exchange(url: string, raw: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(raw));
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      // A kept-alive answer is complete once its declared body is in.
      const [head, body] = answer.split('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(head ?? '')?.[1];
      if (body !== undefined && length !== undefined && body.length >= Number(length)) {
        socket.end();
      }
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('the outside proxy, spoken to directly', () => {
  let proxy: OutsideProxy;
  let seen: OutsideRequest[];

  beforeEach(() => {
    proxy = new OutsideProxy();
    seen = [];
  });
  afterEach(() => proxy.close());

  const route = (request: OutsideRequest) => {
    seen.push(request);
    return request.url.includes('/mapped')
      ? { status: 200, contentType: 'text/plain', body: Buffer.from('local answer') }
      : null;
  };

  it('answers a mapped plain request, with the time stamp read and the body kept', async () => {
    const { url } = await proxy.listen(route);
    const answer = await exchange(
      url,
      'POST http://cdn.example.com/mapped?q=1 HTTP/1.1\r\nHost: cdn.example.com\r\n' +
        'X-Harness-Sent-At: 60000\r\nContent-Length: 5\r\n\r\nhello',
    );
    expect(answer).to.match(/^HTTP\/1\.1 200 /);
    expect(answer).to.match(/access-control-allow-origin: \*/i);
    expect(answer.endsWith('local answer')).to.equal(true);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include({
      method: 'POST',
      url: 'http://cdn.example.com/mapped?q=1',
      sentAt: 60_000,
      websocket: false,
    });
    expect(seen[0]!.body.toString()).to.equal('hello');
  });

  it('blocks what the route does not answer with a response Chromium refuses as a network error', async () => {
    const { url } = await proxy.listen(route);
    const answer = await exchange(
      url,
      'GET http://tracker.example.net/t.js HTTP/1.1\r\nHost: tracker.example.net\r\n\r\n',
    );
    expect(answer).to.match(/^HTTP\/1\.1 502 /);
    expect(answer).to.include('\0');
    expect(seen.map((r) => r.url)).to.deep.equal(['http://tracker.example.net/t.js']);
  });

  it("allows the browser's CORS preflight without taking it for the content's request", async () => {
    const { url } = await proxy.listen(route);
    const answer = await exchange(
      url,
      'OPTIONS http://cdn.example.com/mapped HTTP/1.1\r\nHost: cdn.example.com\r\n' +
        'Origin: http://127.0.0.1:4000\r\nAccess-Control-Request-Method: GET\r\n' +
        'Access-Control-Request-Headers: x-harness-sent-at\r\n\r\n',
    );
    expect(answer).to.match(/^HTTP\/1\.1 204 /);
    expect(answer).to.match(/access-control-allow-origin: http:\/\/127\.0\.0\.1:4000/i);
    expect(answer).to.match(/access-control-allow-headers: x-harness-sent-at/i);
    expect(seen).to.deep.equal([]);
  });

  it('closes a tunnel to an authority that is none, and answers nothing', async () => {
    const { url } = await proxy.listen(route);
    const answer = await exchange(url, 'CONNECT [not a host HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer).to.equal('');
    expect(seen).to.deep.equal([]);
  });

  it('each address routes to its own route, and a closed one takes no more connections', async () => {
    const other: string[] = [];
    const first = await proxy.listen(route);
    const second = await proxy.listen((request) => {
      other.push(request.url);
      return null;
    });
    await exchange(second.url, 'GET http://a.example/ HTTP/1.1\r\nHost: a.example\r\n\r\n');
    expect(other).to.deep.equal(['http://a.example/']);
    expect(seen).to.deep.equal([]);
    first.close();
    await exchange(first.url, 'GET http://b.example/ HTTP/1.1\r\n\r\n').then(
      () => expect.fail('the closed address answered'),
      (error: NodeJS.ErrnoException) => expect(error.code).to.equal('ECONNREFUSED'),
    );
  });
});
