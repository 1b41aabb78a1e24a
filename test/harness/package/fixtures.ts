import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildZip, type ZipEntrySpec } from './zip-writer.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/packages/', import.meta.url));

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** A scratch folder per test, removed by the returned cleanup. */
export async function scratch(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'scorm-harness-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function writeZip(path: string, entries: ZipEntrySpec[]): Promise<string> {
  await writeFile(path, buildZip(entries));
  return path;
}

/** Zip entries for every file of a fixture folder, optionally under a prefix folder. */
export async function fixtureEntries(name: string, prefix = ''): Promise<ZipEntrySpec[]> {
  const root = fixture(name);
  const files = await readdir(root, { recursive: true, withFileTypes: true });
  const entries: ZipEntrySpec[] = [];
  for (const file of files.filter((entry) => entry.isFile())) {
    const path = join(file.parentPath, file.name);
    entries.push({ name: prefix + relative(root, path), data: await readFile(path) });
  }
  return entries;
}
