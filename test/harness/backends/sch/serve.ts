/**
 * Test helper: mounts a mock backend under a prefix on 127.0.0.1 and a free port, optionally behind
 * other middleware (as the mock LMS mounts it).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type RequestHandler } from 'express';
import {
  createSchBackend,
  type SchBackend,
  type SchBackendOptions,
  type SchFixture,
} from '../../../../harness/backends/sch/index.ts';

export interface Served {
  backend: SchBackend;
  /** Base URL including the mount prefix. */
  base: string;
  close(): Promise<void>;
}

export async function serveBackend(
  fixture: SchFixture,
  options: SchBackendOptions = {},
  prefix = '/sch',
  before: RequestHandler[] = [],
): Promise<Served> {
  const backend = createSchBackend(fixture, options);
  const app = express();
  app.use(prefix, ...before, backend);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    backend,
    base: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
