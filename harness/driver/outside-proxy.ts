/**
 * Where Chromium sends requests for hosts other than the LMS. Each browser context the driver
 * creates gets a proxy address of its own here (Target.createBrowserContext's proxyServer; the LMS
 * origin bypasses it, every other host, loopback ones included, does not), so a request tells by
 * the port it came in on which launch it belongs to. Plain http requests arrive whole; https ones
 * (and WebSockets) through a CONNECT tunnel whose TLS the proxy ends itself, with a certificate made
 * here that the browser is told to accept (Security.setIgnoreCertificateErrors). So every outside
 * URL is seen whole, answered locally or blocked, and recorded; nothing is ever forwarded, and a run
 * never reaches the network.
 *
 * Why not the DevTools Fetch interception it replaces: with Fetch enabled, Chromium's browser
 * process routes every request of every page through DevTools, the LMS's own included, at about a
 * fifth of the bridge gate's CPU (bench/README.md).
 */
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { generate } from 'selfsigned';
import { SENT_AT_HEADER, sentAtOf } from './browser/exit-watch.browser.ts';
import type { OutsideAnswer } from './driver.ts';

export interface OutsideRequest {
  method: string;
  url: string;
  body: Buffer;
  /** Virtual ms since launch at which the page sent it, when the page said (fetch/XHR). */
  sentAt?: number;
  /** A WebSocket handshake (its URL ws: or wss:): blocked whatever the route answers. */
  websocket: boolean;
}

/** Answers one request of a context (and records it); null blocks it. */
export type OutsideRoute = (request: OutsideRequest) => OutsideAnswer;

export interface OutsideListener {
  /** The proxy address for Target.createBrowserContext, `http://127.0.0.1:<port>`. */
  readonly url: string;
  close(): void;
}

/**
 * What a blocked request gets: a response Chromium refuses as a network error (the NUL in a header
 * makes it ERR_INVALID_HTTP_RESPONSE), as a blocked request fails in a page. Not a dropped
 * connection: Chromium sends a request again when a connection it reuses drops without an answer,
 * and the trace would show the content asking twice.
 */
const BLOCKED =
  'HTTP/1.1 502 Blocked by scorm-harness\r\nX-Blocked: \0\r\nContent-Length: 0\r\n\r\n';
const TLS_HANDSHAKE = 0x16;

let certificate: Promise<{ key: string; cert: string }> | undefined;

/** One self-signed certificate per process, made on the first https request (about 50 ms). */
function tlsCertificate(): Promise<{ key: string; cert: string }> {
  certificate ??= generate([{ name: 'commonName', value: 'scorm-harness outside proxy' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
  }).then(
    (pems) => ({ key: pems.private, cert: pems.cert }),
    (error: unknown) => {
      certificate = undefined; // the next https request tries again
      throw error;
    },
  );
  return certificate;
}

interface Tunnel {
  route: OutsideRoute;
  /** `https://host[:port]` for requests inside a CONNECT tunnel; undefined for plain proxy requests. */
  origin?: string;
}

/** The origin a CONNECT tunnel's requests are for; undefined for an authority that is none. */
function originOf(authority: string, secure: boolean): string | undefined {
  try {
    return new URL(`${secure ? 'https' : 'http'}://${authority}`).origin;
  } catch {
    return undefined;
  }
}

/** The browser's own CORS preflight (for the harness's time stamp, or the content's headers). */
function isPreflight(req: http.IncomingMessage): boolean {
  return req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
}

/** Allows whatever the preflight asks: the request itself is then answered or blocked. */
function allowPreflight(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.writeHead(204, {
    'Access-Control-Allow-Origin': req.headers.origin ?? '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': req.headers['access-control-request-method'] ?? '*',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
    'Access-Control-Max-Age': '600',
    Connection: 'close',
  });
  res.end();
}

export class OutsideProxy {
  /** Never listens itself: each context's listener hands it its connections, tagged. */
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private readonly tunnels = new WeakMap<net.Socket, Tunnel>();
  private readonly listeners = new Set<net.Server>();
  private readonly sockets = new Map<net.Server, Set<net.Socket>>();

  constructor() {
    this.server.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) =>
      this.connect(req, socket, head),
    );
    // A client that breaks off mid-request is not the harness's error.
    this.server.on('clientError', (_error, socket: net.Socket) => socket.destroy());
  }

  /** A new proxy address whose requests `route` answers. */
  async listen(route: OutsideRoute): Promise<OutsideListener> {
    const sockets = new Set<net.Socket>();
    const listener = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
      this.tunnels.set(socket, { route });
      this.server.emit('connection', socket);
    });
    this.listeners.add(listener);
    this.sockets.set(listener, sockets);
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(0, '127.0.0.1', resolve);
    });
    const { port } = listener.address() as net.AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => this.closeListener(listener),
    };
  }

  close(): void {
    for (const listener of this.listeners) this.closeListener(listener);
  }

  private closeListener(listener: net.Server): void {
    if (!this.listeners.delete(listener)) return;
    listener.close();
    for (const socket of this.sockets.get(listener) ?? []) socket.destroy();
    this.sockets.delete(listener);
  }

  /** A tunnel (https, or a WebSocket): its first bytes tell TLS from plain http. */
  private connect(req: http.IncomingMessage, socket: net.Socket, head: Buffer): void {
    const tunnel = this.tunnels.get(socket);
    const authority = req.url;
    if (!tunnel || !authority || originOf(authority, true) === undefined) {
      socket.destroy();
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const inside = (first: Buffer) => {
      // Held until the next reader takes over: a flowing socket would drop what nobody listens to.
      socket.pause();
      socket.unshift(first);
      const secure = first[0] === TLS_HANDSHAKE;
      const next: Tunnel = { route: tunnel.route, origin: originOf(authority, secure) };
      if (!secure) {
        this.tunnels.set(socket, next);
        this.server.emit('connection', socket);
        socket.resume();
        return;
      }
      tlsCertificate().then(
        (credentials) => {
          const secured = new tls.TLSSocket(socket, { isServer: true, ...credentials });
          secured.on('error', () => socket.destroy());
          this.tunnels.set(secured, next);
          this.server.emit('connection', secured);
        },
        () => socket.destroy(),
      );
    };
    if (head.length > 0) inside(head);
    else socket.once('data', (first: Buffer) => inside(first));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const tunnel = this.tunnels.get(req.socket);
    const url = tunnel?.origin ? `${tunnel.origin}${req.url ?? '/'}` : (req.url ?? '');
    if (!tunnel || !/^https?:\/\//.test(url)) {
      req.socket.end(BLOCKED);
      return;
    }
    if (isPreflight(req)) {
      allowPreflight(req, res);
      return;
    }
    const websocket = req.headers.upgrade?.toLowerCase() === 'websocket';
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const sentAt = sentAtOf(req.headers[SENT_AT_HEADER.toLowerCase()]);
      const answer = tunnel.route({
        method: req.method ?? 'GET',
        url: websocket ? url.replace(/^http/, 'ws') : url,
        body: Buffer.concat(chunks),
        ...(sentAt !== undefined ? { sentAt } : {}),
        websocket,
      });
      if (!answer || websocket) {
        req.socket.end(BLOCKED);
        return;
      }
      res.writeHead(answer.status, {
        'Content-Type': answer.contentType,
        'Content-Length': answer.body.length,
        'Access-Control-Allow-Origin': '*',
      });
      res.end(answer.body);
    });
  }
}
