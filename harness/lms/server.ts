/**
 * The mock LMS: Express 5 on 127.0.0.1. Per launch session it serves the launch page (the API
 * object, framing or opening the content), the nesting pages and the package files; mock backends
 * (Express routers) mount under a prefix. Every content and backend request is reported to the
 * session it belongs to.
 */
import express, { type Router } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HarnessError } from '../errors.ts';
import { contentFiles } from './content-files.ts';
import { bodyCapture, recordHttp, sessionIdOf, type HttpRecord } from './http-recording.ts';
import { isPopupLaunch, frameDepth } from '../trace/launch-mode.ts';
import {
  apiFramePage,
  apiFrameUrl,
  launcherPage,
  launcherUrl,
  launchPage,
  nestPage,
  nestUrl,
  NO_ICON,
} from './lms-pages.ts';
import type { LaunchConfig } from './page-protocol.ts';
import { lmsPageBundle, lmsPageBundleVersion } from './runtime-bundle.ts';

export interface LmsServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Recorded request/response bodies are cut at this many characters (default 4096). */
  bodyLimit?: number;
}

export interface LmsSessionSpec {
  id: string;
  /** Package folder whose files are served. */
  root: string;
  /** Launch URL relative to the package root (href + parameters). */
  launchUrl: string;
  title: string;
  config: Omit<LaunchConfig, 'contentUrl' | 'firstFrameUrl' | 'nestPath' | 'beaconUrl'>;
  /**
   * 'run' (default): unload handlers run, as in Firefox, Safari and Chrome before its unload
   * deprecation. 'deprecated': every page of the launch is served with `Permissions-Policy:
   * unload=()`, so Chromium skips unload as Chrome does where the deprecation has rolled out
   * (pagehide still fires).
   */
  unloadHandlers?: 'run' | 'deprecated';
  onHttp(record: HttpRecord): void;
  /** Page messages posted by the LMS page once it is being dismissed (JSON text). */
  onBridge(payload: string): void;
}

const BUNDLE_PATH = '/__lms/lms-page.js';
const LEAVE_PATH = '/__lms/closed';
const IDLE_PATH = '/__lms/idle';

export class LmsServer {
  readonly origin: string;
  private readonly sessions = new Map<string, LmsSessionSpec>();
  /**
   * Mock backends by path prefix, each behind its own body capture and recording. Looked up per
   * request rather than stacked on a router: a gate mounts one per scenario run, and a stack grew
   * by four layers per run, every later request walking them all (and keeping every run's backend).
   */
  private readonly backends = new Map<string, Router>();

  private constructor(
    private readonly app: express.Express,
    private readonly server: Server,
    private readonly bodyLimit: number,
  ) {
    const { port } = server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
  }

  static async start(options: LmsServerOptions = {}): Promise<LmsServer> {
    const app = express();
    app.disable('x-powered-by');
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(options.port ?? 0, '127.0.0.1');
      s.once('listening', () => resolve(s));
      s.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE') {
          reject(error);
          return;
        }
        reject(
          new HarnessError({
            code: 'PORT_IN_USE',
            message: `port ${options.port} on 127.0.0.1 is already in use`,
            hint: 'choose another port, or leave the port unset so the LMS picks a free one',
          }),
        );
      });
    });
    const lms = new LmsServer(app, server, options.bodyLimit ?? 4096);
    lms.routes();
    return lms;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  private report = (req: express.Request, record: HttpRecord): void => {
    const id = sessionIdOf(req);
    const session = id
      ? this.sessions.get(id)
      : this.sessions.size === 1
        ? [...this.sessions.values()][0]
        : undefined;
    session?.onHttp(record);
  };

  private routes(): void {
    const { app } = this;
    app.get(BUNDLE_PATH, async (_req, res) => {
      // Its URL carries its digest (see /s/:id/lms): each launch's page takes it from the
      // renderer's cache instead of asking again.
      res
        .type('text/javascript')
        .setHeader('Cache-Control', 'max-age=86400, immutable')
        .send(await lmsPageBundle());
    });
    // Browsers ask for it on every page; a 404 would be a console error in every trace.
    app.get('/favicon.ico', (_req, res) => {
      res.status(204).end();
    });
    // Where a browser window waits between launches: on the LMS origin, so its renderer is the one
    // the next launch's pages run in.
    app.get(IDLE_PATH, (_req, res) => {
      res.type('html').send(`<!DOCTYPE html><title>idle</title>${NO_ICON}`);
    });
    app.get(LEAVE_PATH, (_req, res) => {
      res
        .type('html')
        .send('<!DOCTYPE html><title>closed</title><p>The learner closed the window.</p>');
    });
    app.use('/s/:id', (req, res, next) => {
      if (this.sessions.get(req.params.id)?.unloadHandlers === 'deprecated') {
        res.setHeader('Permissions-Policy', 'unload=()');
      }
      next();
    });
    app.post('/s/:id/bridge', express.text({ type: () => true, limit: '5mb' }), (req, res) => {
      const session = this.sessions.get(req.params.id);
      if (typeof req.body === 'string') session?.onBridge(req.body);
      res.status(session ? 204 : 404).end();
    });
    app.get('/s/:id/lms', async (req, res) => {
      const session = this.sessions.get(req.params.id);
      if (!session) {
        res.status(404).send('no such launch');
        return;
      }
      const bundleUrl = `${BUNDLE_PATH}?v=${await lmsPageBundleVersion()}`;
      res.type('html').send(launchPage(this.configOf(session), session.title, bundleUrl));
    });
    // The pages around the content frame only the session's own pages: `url` must be under
    // `/s/<id>/<under>`.
    const frames = (
      path: string,
      what: string,
      under: string,
      page: (url: string, req: express.Request) => string | undefined,
    ) =>
      app.get(`/s/:id/${path}`, (req, res) => {
        const url = String(req.query.url ?? '');
        const html = url.startsWith(`/s/${req.params.id}/${under}`) ? page(url, req) : undefined;
        if (html === undefined) res.status(400).send(`bad ${what} request`);
        else res.type('html').send(html);
      });
    frames('nest', 'nesting', '', (url, req) => {
      const levels = Number(req.query.levels);
      if (!Number.isInteger(levels) || levels < 1) return undefined;
      return nestPage(levels === 1 ? url : nestUrl(`/s/${req.params.id}/`, levels - 1, url));
    });
    frames('nest/api', 'API frame', '', apiFramePage);
    frames('nest/launcher', 'launcher', 'content/', launcherPage);
    app.use(
      '/s/:id/content',
      recordHttp('lms', this.bodyLimit, this.report),
      contentFiles((id) => this.sessions.get(id)?.root),
    );
    // Before the catch-all 404, whenever a backend mounts.
    app.use((req, res, next) => {
      const backend = this.backendAt(req.path);
      if (backend) backend(req, res, next);
      else next();
    });
    // A request nothing serves (e.g. a backend URL pointing nowhere) is answered 404 and recorded
    // too: the session places the page's requests in order and waits for each one's answer.
    app.use(recordHttp('lms', this.bodyLimit, this.report), (_req, res) => {
      res.status(404).type('text').send('not found on the mock LMS');
    });
  }

  private configOf(session: LmsSessionSpec): LaunchConfig {
    const base = `/s/${session.id}/`;
    const contentUrl = `${base}content/${session.launchUrl.replace(/^\/+/, '')}`;
    const { mode, apiWindowDepth = 0 } = session.config;
    // Popup modes frame the page that opens the content; the others frame the content itself.
    const bottom = isPopupLaunch(mode) ? launcherUrl(base, contentUrl) : contentUrl;
    const depth = frameDepth(mode);
    const belowApi = depth > 1 ? nestUrl(base, depth - 1, bottom) : bottom;
    // With the API on a frame below the page, the frames above count from that frame.
    const api = apiWindowDepth > 0 ? apiFrameUrl(base, belowApi) : belowApi;
    const firstFrameUrl = apiWindowDepth > 1 ? nestUrl(base, apiWindowDepth - 1, api) : api;
    return {
      ...session.config,
      contentUrl,
      firstFrameUrl,
      nestPath: `${base}nest`,
      beaconUrl: `${base}bridge`,
    };
  }

  /** Where a closing main window goes so that its unload handlers still report to us. */
  get leaveUrl(): string {
    return `${this.origin}${LEAVE_PATH}`;
  }

  /** An empty page on the LMS origin, for browser windows waiting for a launch. */
  get idleUrl(): string {
    return `${this.origin}${IDLE_PATH}`;
  }

  /** Makes a launch servable; returns the URL of its LMS page. */
  addSession(spec: LmsSessionSpec): string {
    this.sessions.set(spec.id, spec);
    return `${this.origin}/s/${spec.id}/lms`;
  }

  removeSession(id: string): void {
    this.sessions.delete(id);
  }

  /**
   * Mounts a mock backend; each request to it is recorded as an http event of its session. Returns
   * the unmount: its prefix is then the LMS's again (answered 404).
   */
  mountBackend(prefix: string, router: Router): () => void {
    const chain = express.Router();
    chain.use(prefix, ...bodyCapture(), recordHttp('backend', this.bodyLimit, this.report), router);
    this.backends.set(prefix, chain);
    return () => {
      if (this.backends.get(prefix) === chain) this.backends.delete(prefix);
    };
  }

  /** The backend mounted at `path` or above it. */
  private backendAt(path: string): Router | undefined {
    for (const [prefix, chain] of this.backends) {
      if (path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) {
        return chain;
      }
    }
    return undefined;
  }

  /** Whether a URL on this LMS's origin is a mock backend's or the LMS's own. */
  targetOf(url: string): 'lms' | 'backend' {
    return this.backendAt(new URL(url, this.origin).pathname) ? 'backend' : 'lms';
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
