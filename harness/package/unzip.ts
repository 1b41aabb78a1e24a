import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { HarnessError } from '../errors.ts';
import type { UnzipLimits } from './types.ts';
import { checkEntryName } from './zip-entry-name.ts';

const MiB = 1024 * 1024;

/**
 * Generous for real courses (video-heavy exports reach a few hundred MB, Storyline writes thousands
 * of small files) while stopping a zip bomb long before it fills a disk.
 */
export const DEFAULT_UNZIP_LIMITS: UnzipLimits = {
  maxTotalBytes: 2048 * MiB,
  maxFileBytes: 1024 * MiB,
  maxEntries: 50_000,
};

const UNIX_HOSTS = new Set([3, 19]); // "made by" Unix and OS X: the only ones with a file mode
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/** Extracts `zipPath` into the existing empty folder `target`, refusing anything unsafe. */
export async function unzipTo(zipPath: string, target: string, limits: UnzipLimits): Promise<void> {
  const zip = await openZip(zipPath);
  const root = resolve(target);
  const budget = { total: 0 };
  try {
    if (zip.entryCount > limits.maxEntries) throw tooMany(zipPath, zip.entryCount, limits);
    for (let entry = await nextEntry(zip, zipPath); entry; entry = await nextEntry(zip, zipPath)) {
      await extractEntry(zip, entry, { zipPath, root, limits, budget });
    }
  } finally {
    zip.close();
  }
}

interface ExtractContext {
  zipPath: string;
  root: string;
  limits: UnzipLimits;
  budget: { total: number };
}

async function extractEntry(zip: ZipFile, entry: Entry, context: ExtractContext): Promise<void> {
  const { zipPath, limits } = context;
  const { name, destination, isFolder } = entryTarget(entry, context);
  // The declared size is checked first only to fail fast; the byte counter below is what holds.
  if (!isFolder && entry.uncompressedSize > limits.maxFileBytes) {
    throw tooLarge(zipPath, name, `declares ${entry.uncompressedSize} bytes`, limits);
  }
  const counter = new ByteCounter((bytes) => {
    context.budget.total += bytes;
    if (counter.seen > limits.maxFileBytes) {
      return tooLarge(zipPath, name, `inflates past ${limits.maxFileBytes} bytes`, limits);
    }
    if (context.budget.total > limits.maxTotalBytes) {
      return tooLarge(
        zipPath,
        name,
        `takes the package past ${limits.maxTotalBytes} bytes`,
        limits,
      );
    }
    return undefined;
  });
  try {
    if (isFolder) {
      await mkdir(destination, { recursive: true });
      return;
    }
    await mkdir(dirname(destination), { recursive: true });
    // "wx": never follow or overwrite whatever might already sit at that path.
    await pipeline(
      await openEntry(zip, entry),
      counter,
      createWriteStream(destination, { flags: 'wx' }),
    );
  } catch (cause) {
    if (cause instanceof HarnessError) throw cause;
    throw unreadable(zipPath, name, cause);
  }
}

/** Where an entry goes, after refusing names and file types that could escape the folder. */
function entryTarget(
  entry: Entry,
  { zipPath, root }: ExtractContext,
): { name: string; destination: string; isFolder: boolean } {
  // decodeStrings is off so yauzl cannot silently rewrite "\" to "/"; decode here, strictly.
  const name = yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    true,
  );
  const verdict = checkEntryName(name);
  if (!verdict.ok) throw unsafe(zipPath, name, verdict.reason);
  const fileType = UNIX_HOSTS.has(entry.versionMadeBy >> 8)
    ? (entry.externalFileAttributes >>> 16) & S_IFMT
    : 0;
  if (fileType === S_IFLNK) throw unsafe(zipPath, name, 'is a symbolic link');
  if (fileType !== 0 && fileType !== S_IFREG && fileType !== S_IFDIR) {
    throw unsafe(zipPath, name, 'is a special file (device, FIFO or socket)');
  }
  if (entry.isEncrypted()) throw unsafe(zipPath, name, 'is encrypted');
  const destination = join(root, ...verdict.segments);
  if (destination !== root && !destination.startsWith(root + sep)) {
    throw unsafe(zipPath, name, 'resolves outside the extraction folder');
  }
  return { name, destination, isFolder: name.endsWith('/') || verdict.segments.length === 0 };
}

/** Counts bytes as they stream and stops the stream as soon as `check` objects. */
class ByteCounter extends Transform {
  seen = 0;
  constructor(private readonly check: (bytes: number) => HarnessError | undefined) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    const error = this.check(chunk.length);
    if (error) callback(error);
    else callback(null, chunk);
  }
}

function openZip(zipPath: string): Promise<ZipFile> {
  return new Promise((done, fail) => {
    yauzl.open(
      zipPath,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false },
      (error, zip) => {
        if (error || !zip) {
          fail(
            new HarnessError(
              {
                code: 'PACKAGE_NOT_FOUND',
                file: zipPath,
                message: `is not a readable zip archive (${error?.message ?? 'unknown error'})`,
                hint: 'Give the harness the course folder or the .zip exported by the authoring tool; re-export it if the zip is damaged.',
              },
              { cause: error },
            ),
          );
        } else done(zip);
      },
    );
  });
}

function nextEntry(zip: ZipFile, zipPath: string): Promise<Entry | undefined> {
  return new Promise((done, fail) => {
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry): void => {
      cleanup();
      done(entry);
    };
    const onEnd = (): void => {
      cleanup();
      done(undefined);
    };
    const onError = (error: Error): void => {
      cleanup();
      fail(unreadable(zipPath, undefined, error));
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((done, fail) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) fail(error ?? new Error('no stream'));
      else done(stream);
    });
  });
}

function unsafe(zipPath: string, entry: string, reason: string): HarnessError {
  return new HarnessError({
    code: 'PACKAGE_UNSAFE',
    file: zipPath,
    message: `zip entry "${entry}" ${reason}; refused`,
    hint: 'A SCORM package holds only regular files below its root. Re-export the course from the authoring tool; do not extract this zip by hand.',
  });
}

function tooLarge(zipPath: string, entry: string, what: string, limits: UnzipLimits): HarnessError {
  return new HarnessError({
    code: 'PACKAGE_TOO_LARGE',
    file: zipPath,
    message: `zip entry "${entry}" ${what} (limits: ${limits.maxFileBytes} bytes per file, ${limits.maxTotalBytes} bytes in total)`,
    hint: 'If the course really is this large, raise the limits (options.limits.maxFileBytes / maxTotalBytes); otherwise the zip is a decompression bomb.',
  });
}

function tooMany(zipPath: string, count: number, limits: UnzipLimits): HarnessError {
  return new HarnessError({
    code: 'PACKAGE_TOO_LARGE',
    file: zipPath,
    message: `holds ${count} entries, more than the limit of ${limits.maxEntries}`,
    hint: 'If the course really has that many files, raise options.limits.maxEntries.',
  });
}

function unreadable(zipPath: string, entry: string | undefined, cause: unknown): HarnessError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const lying = /too many bytes|not enough bytes|size mismatch/.test(message);
  return new HarnessError(
    {
      code: 'PACKAGE_UNSAFE',
      file: zipPath,
      message: `${entry ? `zip entry "${entry}"` : 'the zip'} ${lying ? 'does not match the size its header declares' : 'could not be extracted'} (${message})`,
      hint: lying
        ? 'The zip lies about its sizes, which is how decompression bombs work; re-export the course.'
        : 'The zip is damaged or uses a feature the harness cannot extract; re-export the course.',
    },
    { cause },
  );
}
