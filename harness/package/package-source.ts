import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { HarnessError } from '../errors.ts';
import type { LoadOptions } from './types.ts';
import { DEFAULT_UNZIP_LIMITS, unzipTo } from './unzip.ts';

/** A package on disk: the folder to serve from, and how to clean up after it. */
export interface PackageSource {
  /** What the user gave, resolved. */
  source: string;
  root: string;
  dispose(): Promise<void>;
}

const ZIP_SIGNATURES = ['504b0304', '504b0506']; // local file header; empty archive

/** Turns a folder, a .zip or a path to imsmanifest.xml into a folder holding the package. */
export async function openPackageSource(
  pathOrZip: string,
  options: LoadOptions = {},
): Promise<PackageSource> {
  const source = resolve(pathOrZip);
  const info = await stat(source).catch((cause: NodeJS.ErrnoException) => {
    throw new HarnessError(
      {
        code: 'PACKAGE_NOT_FOUND',
        file: source,
        message: cause.code === 'ENOENT' ? 'does not exist' : `cannot be read (${cause.code})`,
        hint: 'Check the path: give the course folder or the .zip exported by the authoring tool.',
      },
      { cause },
    );
  });
  if (info.isDirectory()) return { source, root: source, dispose: async () => undefined };
  if (info.isFile() && basename(source).toLowerCase() === 'imsmanifest.xml') {
    return { source, root: dirname(source), dispose: async () => undefined };
  }
  if (info.isFile() && (await startsLikeZip(source))) return extractZip(source, options);
  throw new HarnessError({
    code: 'PACKAGE_NOT_FOUND',
    file: source,
    message: 'is neither a folder nor a zip archive',
    hint: 'Give the course folder or the .zip exported by the authoring tool (a SCORM package is a zip with imsmanifest.xml at its root).',
  });
}

async function startsLikeZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && ZIP_SIGNATURES.includes(buffer.toString('hex'));
  } finally {
    await handle.close();
  }
}

async function extractZip(zipPath: string, options: LoadOptions): Promise<PackageSource> {
  const parent = options.tempDir ?? tmpdir();
  const folder = await mkdtemp(join(parent, 'scorm-harness-package-')).catch(
    (cause: NodeJS.ErrnoException) => {
      throw new HarnessError(
        {
          code: 'CONFIG_INVALID',
          file: parent,
          message: `cannot hold the extracted package (${cause.code})`,
          hint: 'Point options.tempDir at an existing, writable folder.',
        },
        { cause },
      );
    },
  );
  const dispose = (): Promise<void> => rm(folder, { recursive: true, force: true });
  try {
    await unzipTo(zipPath, folder, { ...DEFAULT_UNZIP_LIMITS, ...options.limits });
  } catch (error) {
    await dispose();
    throw error;
  }
  return { source: zipPath, root: folder, dispose };
}
