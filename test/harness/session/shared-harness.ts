/**
 * One harness (LMS + Chromium) for every end-to-end test file, started on first use and closed
 * once after the whole run, so the suite pays for one browser launch.
 */
import express from 'express';
import { fileURLToPath } from 'node:url';
import { loadPackage } from '../../../harness/package/index.ts';
import type { ScormPackage } from '../../../harness/package/types.ts';
import { startHarness, type Harness } from '../../../harness/session/harness.ts';

let started: Promise<Harness> | undefined;
export const heartbeats: unknown[] = [];

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/sco/${name}`, import.meta.url));
}

export function sharedHarness(): Promise<Harness> {
  const backend = express.Router();
  backend.post('/heartbeat', (req, res) => {
    heartbeats.push(req.body);
    res.json({ ok: true });
  });
  started ??= startHarness({ backends: [{ prefix: '/backend', router: backend }] });
  return started;
}

const packages = new Map<string, Promise<ScormPackage>>();
export function fixture(name: string): Promise<ScormPackage> {
  let loaded = packages.get(name);
  if (!loaded) {
    loaded = loadPackage(fixturePath(name));
    packages.set(name, loaded);
  }
  return loaded;
}

after(async () => {
  if (started) await (await started).close();
});
