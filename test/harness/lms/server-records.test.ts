import { expect } from 'chai';
import express from 'express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HttpRecord } from '../../../harness/lms/http-recording.ts';
import { LmsServer } from '../../../harness/lms/server.ts';

describe('LMS request records', () => {
  let lms: LmsServer;
  let root: string;
  const records: HttpRecord[] = [];
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'lms-records-'));
    lms = await LmsServer.start();
    lms.addSession({
      id: 'a1',
      root,
      launchUrl: 'index.html',
      title: 't',
      config: {} as never,
      onHttp: (record) => records.push(record),
      onBridge: () => undefined,
    });
  });
  after(async () => {
    await lms.close();
    rmSync(root, { recursive: true, force: true });
  });
  beforeEach(() => records.splice(0));

  const fromContent = { referer: 'http://127.0.0.1/s/a1/content/index.html' };

  it('records a request nothing serves as a 404 of its session, so its place in the trace is known', async () => {
    const response = await fetch(`${lms.origin}/nowhere/api/x`, {
      method: 'POST',
      headers: fromContent,
    });
    expect(response.status).to.equal(404);
    expect(records).to.have.length(1);
    expect(records[0]).to.include({ method: 'POST', status: 404, target: 'lms' });
    expect(records[0]!.url).to.match(/\/nowhere\/api\/x$/);
  });

  it('serves a backend mounted after the catch-all existed, recorded once as a backend request', async () => {
    const router = express.Router();
    router.get('/ping', (_req, res) => void res.json({ ok: true }));
    lms.mountBackend('/backend/late', router);
    const response = await fetch(`${lms.origin}/backend/late/ping`, { headers: fromContent });
    expect(await response.json()).to.deep.equal({ ok: true });
    expect(records.map((r) => [r.status, r.target])).to.deep.equal([[200, 'backend']]);
  });

  it("takes an unmounted backend off: its prefix is the LMS's again, and the others still serve", async () => {
    const named = (name: string) => {
      const router = express.Router();
      router.get('/who', (_req, res) => void res.json({ name }));
      return router;
    };
    const unmountFirst = lms.mountBackend('/backend/r1/1', named('first'));
    lms.mountBackend('/backend/r1/10', named('tenth'));
    const who = (prefix: string) =>
      fetch(`${lms.origin}${prefix}/who`, { headers: fromContent }).then((r) =>
        r.ok ? r.json() : r.status,
      );
    // A prefix is a path segment: /backend/r1/1 does not serve /backend/r1/10.
    expect(await who('/backend/r1/1')).to.deep.equal({ name: 'first' });
    expect(await who('/backend/r1/10')).to.deep.equal({ name: 'tenth' });
    expect(lms.targetOf(`${lms.origin}/backend/r1/1/who`)).to.equal('backend');
    unmountFirst();
    expect(await who('/backend/r1/1')).to.equal(404);
    expect(await who('/backend/r1/10')).to.deep.equal({ name: 'tenth' });
    expect(lms.targetOf(`${lms.origin}/backend/r1/1/who`)).to.equal('lms');
    expect(records.map((r) => [r.status, r.target])).to.deep.equal([
      [200, 'backend'],
      [200, 'backend'],
      [404, 'lms'],
      [200, 'backend'],
    ]);
  });
});
