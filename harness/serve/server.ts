/**
 * `scorm-harness serve`: the mock LMS for a person at a browser, on 127.0.0.1. One package; a page
 * listing its SCOs; a player per SCO with the LMS frame (the harness's own LMS page and runtimes,
 * on real time) beside a live panel. The LMS keeps the learner's attempt per SCO between launches,
 * as the test LMS does, so suspend then relaunch resumes, and reset forgets it.
 */
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HarnessError } from '../errors.ts';
import { contentFiles } from '../lms/content-files.ts';
import { launchPage } from '../lms/lms-pages.ts';
import type {
  LaunchConfig,
  PageMessage,
  PageOptions12,
  PageOptions2004,
} from '../lms/page-protocol.ts';
import type { ScormPackage } from '../package/types.ts';
import { DEFAULT_LEARNER, manifestRuntimeOptions } from '../session/launch-options.ts';
import { SERVE_BRIDGE, serveLmsScript, servePanelScript } from './bundles.ts';
import { ServeHub } from './hub.ts';
import { playerPage, scoListPage, suspendedPage } from './pages.ts';

export interface ServeOptions {
  pkg: ScormPackage;
  /** 0 (default) picks a free port. */
  port?: number;
}

export interface RunningServe {
  url: string;
  hub: ServeHub;
  close(): Promise<void>;
}

const LEARNER = DEFAULT_LEARNER;

function launchConfig(pkg: ScormPackage, scoIndex: number, hub: ServeHub) {
  const sco = pkg.scos[scoIndex]!;
  const key = { learnerId: LEARNER.id, packageId: pkg.source, scoId: sco.identifier };
  const record = hub.startLaunch(scoIndex, key);
  const runtime = {
    ...manifestRuntimeOptions(sco),
    learnerId: LEARNER.id,
    learnerName: LEARNER.name,
    ...(record.resumed ? { resume: record.resumed } : {}),
  };
  const contentUrl = `/content/${sco.launchUrl.replace(/^\/+/, '')}`;
  const config: LaunchConfig = {
    apis: [pkg.version],
    ...(pkg.version === '1.2'
      ? { options12: runtime as PageOptions12 }
      : {
          options2004: {
            ...(runtime as PageOptions2004),
            ...(pkg.edition ? { edition: pkg.edition } : {}),
          },
        }),
    mode: 'frameset',
    contentUrl,
    firstFrameUrl: contentUrl,
    bridgeName: SERVE_BRIDGE,
    nestPath: '/nest',
    beaconUrl: `/launch/${record.id}/messages`,
  };
  return { config, title: sco.title };
}

function scoIndexOf(pkg: ScormPackage, text: string): number | undefined {
  const index = Number(text);
  return Number.isInteger(index) && index >= 0 && index < pkg.scos.length ? index : undefined;
}

function routes(app: express.Express, pkg: ScormPackage, hub: ServeHub): void {
  app.get('/', (_req, res) => void res.type('html').send(scoListPage(pkg)));
  // Browsers ask for one on every page; an empty answer keeps their consoles free of 404s.
  app.get('/favicon.ico', (_req, res) => void res.status(204).end());
  app.get('/__serve/panel.js', async (_req, res) => {
    res.type('text/javascript').send(await servePanelScript());
  });
  app.get('/__serve/lms.js', async (_req, res) => {
    res.type('text/javascript').send(await serveLmsScript());
  });
  app.get('/__serve/events', (_req, res) => hub.watch(res));
  app.get('/__serve/suspended', (_req, res) => void res.type('html').send(suspendedPage()));
  app.get('/sco/:n', (req, res) => {
    const sco = scoIndexOf(pkg, req.params.n);
    if (sco === undefined) return void res.status(404).send('no such SCO');
    const { title } = pkg.scos[sco]!;
    res.type('html').send(playerPage({ sco, title, version: pkg.version }, '/__serve/panel.js'));
  });
  app.get('/launch/:n', (req, res) => {
    const sco = scoIndexOf(pkg, req.params.n);
    if (sco === undefined) return void res.status(404).send('no such SCO');
    const { config, title } = launchConfig(pkg, sco, hub);
    res.setHeader('cache-control', 'no-store');
    res.type('html').send(launchPage(config, title, '/__serve/lms.js'));
  });
  app.post('/launch/:id/messages', express.text({ type: () => true, limit: '5mb' }), (req, res) => {
    let batch: PageMessage[];
    try {
      batch = JSON.parse(String(req.body)) as PageMessage[];
    } catch {
      return void res.status(400).send('not JSON');
    }
    res.status(hub.accept(Number(req.params.id), batch) ? 204 : 404).end();
  });
  app.post('/sco/:n/reset', (req, res) => {
    const sco = scoIndexOf(pkg, req.params.n);
    if (sco === undefined) return void res.status(404).send('no such SCO');
    hub.reset({ learnerId: LEARNER.id, packageId: pkg.source, scoId: pkg.scos[sco]!.identifier });
    res.status(204).end();
  });
  app.use(
    '/content',
    contentFiles(() => pkg.root),
  );
}

export async function startServe(options: ServeOptions): Promise<RunningServe> {
  const app = express();
  app.disable('x-powered-by');
  const hub = new ServeHub();
  routes(app, options.pkg, hub);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port ?? 0, '127.0.0.1');
    s.once('listening', () => resolve(s));
    s.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new HarnessError({
              code: 'PORT_IN_USE',
              message: `port ${options.port} on 127.0.0.1 is already in use`,
              hint: 'choose another --port, or leave it out so a free port is picked',
            })
          : error,
      ),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    hub,
    async close() {
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
